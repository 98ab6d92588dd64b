import picomatch from 'picomatch';
import { readBaseline } from '../allow/baseline';
import { readAllowedFingerprints } from '../allow/ignore-file';
import { loadConfig } from '../config/load-config';
import { Detector } from '../detector';
import { Finding } from '../finding';
import { GitOptions } from '../git/exec';
import { repositoryRoot } from '../git/repository';
import { forEachStagedFileDiff } from '../git/staged';
import { DetectorCatalog } from './catalog';
import { scanFileDiffs } from './scan-file-diffs';
import { ScanAllowedCounts, ScanSession, ScanTally } from './scan-tally';

export interface ScanOptions {
  /** Where to run: any directory inside the repository. */
  readonly cwd: string;
  /** Environment for git (GIT_DIR, GIT_INDEX_FILE… as set by git for hooks). Default process.env. */
  readonly env?: NodeJS.ProcessEnv;
  /** Detectors to run. Default: the built-in registry. */
  readonly detectors?: readonly Detector[];
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
  readonly findings: Finding[];
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
  const session = await openScan(options);
  const tally = await scanFileDiffs(session, (onFile) =>
    forEachStagedFileDiff(session.git, ({ file, patch }) => onFile({ path: file.path, status: file.status, patch })),
  );
  return scanResult(tally, started);
}

/** A finished tally as the result reports take. */
export function scanResult(tally: ScanTally, started: number, extra: Partial<ScanResult> = {}): ScanResult {
  const { findings, skipped, allowed, files, lines } = tally;
  return { findings, stats: { files, lines, durationMs: Math.round(performance.now() - started) }, skipped, allowed, ...extra };
}

/** What every scan mode needs before reading anything: the repository, its config and allow-lists. */
export async function openScan(options: ScanOptions): Promise<ScanSession> {
  const git: GitOptions = { cwd: options.cwd, env: options.env ?? process.env };
  const root = await repositoryRoot(git);
  const config = await loadConfig(root);
  const isExcluded = config.exclude.length > 0 ? picomatch([...config.exclude], { dot: true }) : () => false;
  const detectors = options.detectors ?? (await import('../../detectors')).detectors;
  const context = { catalog: new DetectorCatalog(detectors), allowedFingerprints: readAllowedFingerprints(root) };
  return { git: { ...git, cwd: root }, root, isExcluded, context, baseline: readBaseline(root) };
}
