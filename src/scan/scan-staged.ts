import picomatch from 'picomatch';
import { DeferredAllow, settleNextLineAllows } from '../allow/next-line-from-blob';
import { loadConfig } from '../config/load-config';
import { Detector } from '../detector';
import { FileDetector } from '../file-detector';
import { addedTextOf, isBinaryPatch } from '../diff/added-text';
import { Finding } from '../finding';
import { GitOptions } from '../git/exec';
import { repositoryRoot } from '../git/repository';
import { forEachStagedFileDiff } from '../git/staged';
import { splitBySeverity } from './fail-on';
import { FileDetectorCatalog } from './file-catalog';
import { AllowedCounts, scanAddedText } from './scan-added-text';
import { scanContextOf } from './scan-context';
import { scanFileDetectors } from './scan-file-detectors';

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
}

/** A file the scan did not read, and why (shown in verbose output). */
export interface SkippedFile {
  readonly path: string;
  readonly reason: 'binary' | 'excluded by config';
}

export interface ScanResult {
  /** Findings that block the commit (at least as severe as the config's `failOn`). */
  readonly findings: Finding[];
  /** Findings below `failOn`: reported, but the scan still exits 0. */
  readonly warnings: Finding[];
  readonly stats: {
    /** Files whose added lines were scanned. */
    readonly files: number;
    /** Added lines scanned. */
    readonly lines: number;
    readonly durationMs: number;
  };
  readonly skipped: SkippedFile[];
  readonly allowed: AllowedCounts;
}

/** Scans what `git commit` would record now: the added lines of the staged diff. */
export async function scanStaged(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const git: GitOptions = { cwd: options.cwd, env: options.env ?? process.env };
  const root = await repositoryRoot(git);
  const builtins = options.detectors ?? (await import('../../detectors')).detectors;
  const fileDetectors = options.fileDetectors ?? (await import('../../detectors')).fileDetectors;
  const config = await loadConfig(root, new Set([...builtins, ...fileDetectors].map((detector) => detector.id)));
  const isExcluded = config.exclude.length > 0 ? picomatch([...config.exclude], { dot: true }) : () => false;
  const context = {
    ...scanContextOf(root, config, builtins, { useIgnoreFile: options.ignoreAllowedFingerprints !== true }),
    files: new FileDetectorCatalog(fileDetectors.filter((detector) => !config.disable.includes(detector.id))),
  };
  const findings: Finding[] = [];
  const skipped: SkippedFile[] = [];
  const allowed: AllowedCounts = { inline: 0, fingerprint: 0 };
  const deferred: DeferredAllow[] = [];
  let files = 0;
  let lines = 0;
  await forEachStagedFileDiff({ ...git, cwd: root }, ({ file, patch }) => {
    if (file.status === 'D') return;
    if (isExcluded(file.path)) return void skipped.push({ path: file.path, reason: 'excluded by config' });
    if (isBinaryPatch(patch)) {
      findings.push(...scanFileDetectors({ path: file.path, patch }, [], context, allowed)); // key stores
      return void skipped.push({ path: file.path, reason: 'binary' });
    }
    const added = addedTextOf(patch);
    files++;
    lines += added.lineNumbers.length;
    findings.push(...scanFileDetectors({ path: file.path, patch, added }, scanAddedText(file.path, added, context, allowed, deferred), context, allowed));
  });
  const settled = await settleNextLineAllows({ ...git, cwd: root }, findings, deferred, (id) => context.catalog.hasDetector(id));
  allowed.inline += settled.allowed;
  const { blocking, warnings } = splitBySeverity(settled.kept, config.failOn);
  return { findings: blocking, warnings, stats: { files, lines, durationMs: Math.round(performance.now() - started) }, skipped, allowed };
}
