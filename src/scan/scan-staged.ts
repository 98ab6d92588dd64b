import { readBaseline } from '../allow/baseline';
import { settleNextLineAllows } from '../allow/next-line-from-blob';
import { loadConfig } from '../config/load-config';
import { Detector } from '../detector';
import { FileDetector } from '../file-detector';
import { Finding } from '../finding';
import { EarlyGit, GitOptions } from '../git/exec';
import { repositoryRoot } from '../git/repository';
import { forEachStagedFileDiff, startStagedDiff } from '../git/staged';
import { ContextRescan } from './context-rescan';
import { splitBySeverity } from './fail-on';
import { FileDetectorCatalog } from './file-catalog';
import { scanContextOf } from './scan-context';
import { scanFileDiffs } from './scan-file-diffs';
import { ScanAllowedCounts, ScanSession, ScanTally } from './scan-tally';

export interface ScanOptions {
  /** Where to run: any directory inside the repository. */
  readonly cwd: string;
  /** Environment for git (GIT_DIR, GIT_INDEX_FILE… as set by git for hooks). Default process.env. */
  readonly env?: NodeJS.ProcessEnv;
  /** Detectors to run. Default: the built-in registry. */
  readonly detectors?: readonly Detector[];
  /** File detectors to run (credential files by path). Default: the built-in registry's. */
  readonly fileDetectors?: readonly FileDetector[];
  /** Report findings .keyguardignore allows (for `keyguard allow --list`). Default false. */
  readonly ignoreAllowedFingerprints?: boolean;
  /** Called as a long scan (range, tree) advances: units done (commits, files) out of `total`. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A file the scan did not read, and why (shown in verbose output). */
export interface SkippedFile {
  readonly path: string;
  readonly reason: 'binary' | 'excluded by config';
}

/** What was scanned: the staged diff (default), a range of commits (`push`: by the pre-push hook), tracked files, or a text. */
export type ScanMode = 'staged' | 'range' | 'push' | 'tree' | 'text';

export interface ScanResult {
  /** Findings that block (at or above the config's `failOn`). */
  readonly findings: Finding[];
  /** Findings below the config's `failOn`: reported, not blocking. */
  readonly warnings: Finding[];
  readonly stats: {
    /** Files whose added lines were scanned. */
    readonly files: number;
    /** Added lines scanned. */
    readonly lines: number;
    readonly durationMs: number;
    /** Commits read (range scans only). */
    readonly commits?: number;
  };
  readonly skipped: SkippedFile[];
  readonly allowed: ScanAllowedCounts;
  /** Default `staged`. */
  readonly mode?: ScanMode;
  /** What was scanned, in words for the report (e.g. `commits origin/main..HEAD`). */
  readonly scope?: string;
}

/** Scans what `git commit` would record now: the added lines of the staged diff. */
export async function scanStaged(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  // git reads the index while the detectors and the config load (neither changes what it prints).
  const early = new EarlyGit();
  startStagedDiff(early, { cwd: options.cwd, env: options.env ?? process.env });
  try {
    const session = await openScan(options, early);
    const rescan = new ContextRescan(session);
    const tally = await scanFileDiffs(session, (onFile) =>
      forEachStagedFileDiff(session.git, ({ file, patch }) => {
        const diff = { path: file.path, status: file.status, patch };
        onFile(diff);
        rescan.consider(diff);
      }),
    );
    await rescan.run(tally); // multi-line secrets only partly added: read from the index
    return await scanResult(session, tally, started);
  } finally {
    void early.discard(); // nothing to wait for: a killed git is gone
  }
}

/**
 * A finished tally as the result reports take: `keyguard:allow-next-line` comments on unchanged
 * lines settled (read from the index, or from each finding's commit in range scans), then the
 * findings split by the config's `failOn`.
 */
export async function scanResult(session: ScanSession, tally: ScanTally, started: number, extra: Partial<ScanResult> = {}): Promise<ScanResult> {
  const { skipped, allowed, files, lines } = tally;
  let findings = tally.findings;
  const isDetectorId = (id: string): boolean => session.context.catalog.hasDetector(id);
  for (const [commit, deferred] of groupByCommit(tally.deferred)) {
    const settled = await settleNextLineAllows(session.git, findings, deferred, isDetectorId, commit);
    findings = settled.kept;
    allowed.inline += settled.allowed;
  }
  const { blocking, warnings } = splitBySeverity(findings, session.failOn);
  return { findings: blocking, warnings, stats: { files, lines, durationMs: Math.round(performance.now() - started) }, skipped, allowed, ...extra };
}

function groupByCommit<T extends { finding: Finding }>(deferred: readonly T[]): Map<string | undefined, T[]> {
  const groups = new Map<string | undefined, T[]>();
  for (const entry of deferred) {
    const group = groups.get(entry.finding.commit);
    if (group === undefined) groups.set(entry.finding.commit, [entry]);
    else group.push(entry);
  }
  return groups;
}

/** What every scan mode needs before reading anything: the repository, its config and allow-lists. */
export async function openScan(options: ScanOptions, early?: EarlyGit): Promise<ScanSession> {
  const git: GitOptions = { cwd: options.cwd, env: options.env ?? process.env, early };
  // git rev-parse runs while the detector registry loads (~half of a small commit's start-up).
  const needsRegistry = options.detectors === undefined || options.fileDetectors === undefined;
  const [root, registry] = await Promise.all([repositoryRoot(git), needsRegistry ? import('../../detectors') : undefined]);
  const builtins = options.detectors ?? registry!.detectors;
  const fileDetectors = options.fileDetectors ?? registry!.fileDetectors;
  const config = await loadConfig(root, new Set([...builtins, ...fileDetectors].map((detector) => detector.id)));
  const isExcluded = config.exclude.length > 0 ? (await import('picomatch')).default([...config.exclude], { dot: true }) : () => false;
  const context = {
    ...scanContextOf(root, config, builtins, { useIgnoreFile: options.ignoreAllowedFingerprints !== true }),
    files: new FileDetectorCatalog(fileDetectors.filter((detector) => !config.disable.includes(detector.id))),
  };
  return { git: { ...git, cwd: root }, root, isExcluded, context, baseline: readBaseline(root), failOn: config.failOn };
}
