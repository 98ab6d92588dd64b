import picomatch from 'picomatch';
import { readAllowedFingerprints } from '../allow/ignore-file';
import { loadConfig } from '../config/load-config';
import { Detector } from '../detector';
import { addedTextOf, isBinaryPatch } from '../diff/added-text';
import { FileDetector } from '../file-detector';
import { Finding } from '../finding';
import { GitOptions } from '../git/exec';
import { repositoryRoot } from '../git/repository';
import { forEachStagedFileDiff } from '../git/staged';
import { DetectorCatalog } from './catalog';
import { FileDetectorCatalog } from './file-catalog';
import { AllowedCounts, scanAddedText } from './scan-added-text';
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
}

/** A file the scan did not read, and why (shown in verbose output). */
export interface SkippedFile {
  readonly path: string;
  readonly reason: 'binary' | 'excluded by config';
}

export interface ScanResult {
  readonly findings: Finding[];
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
  const config = await loadConfig(root);
  const isExcluded = config.exclude.length > 0 ? picomatch([...config.exclude], { dot: true }) : () => false;
  const detectors = options.detectors ?? (await import('../../detectors')).detectors;
  const fileDetectors = options.fileDetectors ?? (await import('../../detectors')).fileDetectors;
  const context = {
    catalog: new DetectorCatalog(detectors),
    files: new FileDetectorCatalog(fileDetectors),
    allowedFingerprints: readAllowedFingerprints(root),
  };
  const findings: Finding[] = [];
  const skipped: SkippedFile[] = [];
  const allowed: AllowedCounts = { inline: 0, fingerprint: 0 };
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
    findings.push(...scanFileDetectors({ path: file.path, patch, added }, scanAddedText(file.path, added, context, allowed), context, allowed));
  });
  return { findings, stats: { files, lines, durationMs: Math.round(performance.now() - started) }, skipped, allowed };
}
