import { blobIdsOf, blobSizes, readBlobs } from './blobs';
import { GitOptions } from './exec';
import type { StagedFileDiff } from './staged';

/**
 * UTF-16 text files (Windows PowerShell 5's `>` writes them, with a byte-order mark) are binary to
 * git: every ASCII character carries a NUL byte. A secret in one would pass unseen, so a binary
 * file whose staged content starts with a UTF-16 BOM is decoded, and its lines that the previous
 * version did not have become a text patch of their own, which the usual pipeline then scans.
 */

/** Larger binaries are not read: UTF-16 files that hold credentials (configs, .env, scripts) are small. */
const MAX_BYTES = 256 * 1024;

/** For each binary diff whose new content is UTF-16 text, a `-U0`-style patch of its added lines. */
export async function utf16AsText(git: GitOptions, diffs: readonly StagedFileDiff[]): Promise<Map<StagedFileDiff, Buffer>> {
  const ids = new Map<StagedFileDiff, { old?: string; new: string }>();
  for (const diff of diffs) {
    const id = blobIdsOf(diff.patch);
    if (id !== undefined) ids.set(diff, id);
  }
  const result = new Map<StagedFileDiff, Buffer>();
  if (ids.size === 0) return result;
  const sizes = await blobSizes(git, [...ids.values()].map((id) => id.new));
  const small = [...ids].filter(([, id]) => (sizes.get(id.new) ?? Infinity) <= MAX_BYTES);
  const blobs = await readBlobs(git, small.map(([, id]) => id.new));
  const utf16 = small.filter(([, id]) => decodeUtf16(blobs.get(id.new)) !== undefined);
  // The previous versions are read only for the (rare) UTF-16 files, to tell new lines from old.
  const olds = await readBlobs(git, utf16.flatMap(([, id]) => id.old ?? []));
  for (const [diff, id] of utf16) {
    const old = id.old === undefined ? undefined : olds.get(id.old);
    const before = decodeUtf16(old) ?? old?.toString('utf8') ?? '';
    result.set(diff, addedLinesPatch(linesOf(before), linesOf(decodeUtf16(blobs.get(id.new))!)));
  }
  return result;
}

function decodeUtf16(blob: Buffer | undefined): string | undefined {
  if (blob === undefined || blob.length < 2) return undefined;
  if (blob[0] === 0xff && blob[1] === 0xfe) return blob.subarray(2).toString('utf16le');
  const even = blob.subarray(2, blob.length - (blob.length % 2)); // swap16 needs an even length
  if (blob[0] === 0xfe && blob[1] === 0xff) return Buffer.from(even).swap16().toString('utf16le');
  return undefined;
}

function linesOf(text: string): string[] {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The new lines the old version did not have (each old line cancels one equal new line), as one
 * single-line hunk each, numbered in the new version. A line that only moved is not new.
 */
function addedLinesPatch(before: readonly string[], after: readonly string[]): Buffer {
  const remaining = new Map<string, number>();
  for (const line of before) remaining.set(line, (remaining.get(line) ?? 0) + 1);
  let patch = 'diff --git a/utf-16 b/utf-16\n--- a/utf-16\n+++ b/utf-16\n';
  after.forEach((line, index) => {
    const left = remaining.get(line) ?? 0;
    if (left > 0) remaining.set(line, left - 1);
    else patch += `@@ -0,0 +${index + 1} @@\n+${line.replace(/\r/g, '')}\n`;
  });
  return Buffer.from(patch, 'utf8');
}
