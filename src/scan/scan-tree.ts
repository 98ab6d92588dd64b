import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addedTextOfWholeText } from '../diff/added-text';
import { listTrackedFiles } from '../git/tracked-files';
import { openScan, ScanOptions, ScanResult, scanResult } from './scan-staged';
import { emptyTally, ScanSession, ScanTally, scanFileText } from './scan-tally';

export interface TreeScanOptions extends ScanOptions {
  /** Files and directories to scan, relative to `cwd` (git pathspecs). Default: the whole tree. */
  readonly paths?: readonly string[];
}

/**
 * Scans tracked files of the work tree whole, each file's content as if every line were added:
 * for a first audit, and for `keyguard baseline`. Untracked and ignored files are never read.
 */
export async function scanTree(options: TreeScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const session = await openScan(options);
  const paths = options.paths ?? [];
  // Pathspecs are relative to where the user is, so git lists from there (names come back root-relative).
  const files = await listTrackedFiles(paths, paths.length > 0 ? { ...session.git, cwd: options.cwd } : session.git);
  const tally = scanTrackedFiles(files, session, options.onProgress);
  const scope = paths.length > 0 ? `the tracked files (${paths.join(', ')})` : 'the tracked files';
  return scanResult(session, tally, started, { mode: 'tree', scope });
}

/** Reads and scans the given root-relative files of the session's work tree. */
export function scanTrackedFiles(files: readonly string[], session: ScanSession, onProgress?: (done: number, total: number) => void): ScanTally {
  const tally = emptyTally();
  files.forEach((file, index) => {
    scanTrackedFile(file, session, tally);
    onProgress?.(index + 1, files.length);
  });
  return tally;
}

/** Git's own test for binary content: a NUL byte in the first 8000 bytes (xdiff's buffer_is_binary). */
const BINARY_PROBE = 8000;

function scanTrackedFile(file: string, session: ScanSession, tally: ScanTally): void {
  if (session.isExcluded(file)) return void tally.skipped.push({ path: file, reason: 'excluded by config' });
  const content = readWorkTreeFile(path.join(session.root, file));
  if (content === undefined) return; // deleted in the work tree since it was staged: nothing there to leak
  if (content.subarray(0, BINARY_PROBE).includes(0)) return void tally.skipped.push({ path: file, reason: 'binary' });
  scanFileText({ path: file, added: addedTextOfWholeText(content.toString('utf8')), content }, session, tally);
}

function readWorkTreeFile(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw error;
  }
}
