import { addedTextOf, isBinaryPatch } from '../diff/added-text';
import { reusedRoom, TextRoom } from '../diff/text-room';
import { emptyTally, ScanSession, ScanTally, scanFileText } from './scan-tally';

/** One file's patch section, from any diff: the staged changes or one commit of a range. */
export interface FileDiff {
  /** Path in the new tree, relative to the repository root. */
  readonly path: string;
  /** `D` for a deleted file (nothing added); any other git status letter otherwise. */
  readonly status: string;
  /** The raw patch bytes, from its `diff --git` header up to the next one. */
  readonly patch: Buffer;
  /** Short sha of the commit the patch belongs to (range scans only). */
  readonly commit?: string;
}

/** Produces file diffs one at a time (streaming), resolving when git has finished. */
export type FileDiffSource = (onFile: (diff: FileDiff) => void) => Promise<unknown>;

/**
 * The pipeline every diff-based scan runs: per file, skip deletions, excluded paths and binary
 * patches, then scan the added lines. Staged and range scans differ only in their source.
 */
export async function scanFileDiffs(session: ScanSession, source: FileDiffSource): Promise<ScanTally> {
  const tally = emptyTally();
  const room = reusedRoom(); // each file's added text is scanned, then dropped, before the next
  await source((diff) => scanFileDiff(diff, session, tally, room));
  return tally;
}

function scanFileDiff(diff: FileDiff, session: ScanSession, tally: ScanTally, room: TextRoom): void {
  if (diff.status === 'D') return;
  if (session.isExcluded(diff.path)) return void tally.skipped.push({ path: diff.path, reason: 'excluded by config' });
  if (isBinaryPatch(diff.patch)) {
    scanFileText({ path: diff.path, patch: diff.patch, commit: diff.commit }, session, tally); // key stores
    return void tally.skipped.push({ path: diff.path, reason: 'binary' });
  }
  scanFileText({ path: diff.path, added: addedTextOf(diff.patch, room), patch: diff.patch, commit: diff.commit }, session, tally);
}
