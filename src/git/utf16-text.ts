import { GitOptions, runGit } from './exec';
import type { StagedFileDiff } from './staged';

/**
 * UTF-16 text files (Windows PowerShell 5's `>` writes them, with a byte-order mark) are binary to
 * git: every ASCII character carries a NUL byte. A secret in one would pass unseen, so a binary
 * file whose staged content starts with a UTF-16 BOM is decoded, and its lines that the previous
 * version did not have become a text patch of their own, which the usual pipeline then scans.
 */

/** Larger binaries are not read: UTF-16 files that hold credentials (configs, .env, scripts) are small. */
const MAX_BYTES = 256 * 1024;
const INDEX_LINE = /^index ([0-9a-f]+)\.\.([0-9a-f]+)/m;
const NO_BLOB = /^0+$/;

/** For each binary diff whose new content is UTF-16 text, a `-U0`-style patch of its added lines. */
export async function utf16AsText(git: GitOptions, diffs: readonly StagedFileDiff[]): Promise<Map<StagedFileDiff, Buffer>> {
  const ids = new Map<StagedFileDiff, { old?: string; new: string }>();
  for (const diff of diffs) {
    const match = INDEX_LINE.exec(diff.patch.toString('latin1'));
    if (match !== null && !NO_BLOB.test(match[2])) ids.set(diff, { old: NO_BLOB.test(match[1]) ? undefined : match[1], new: match[2] });
  }
  const result = new Map<StagedFileDiff, Buffer>();
  if (ids.size === 0) return result;
  const sizes = await blobSizes(git, [...ids.values()].map((id) => id.new));
  const small = [...ids].filter(([, id]) => (sizes.get(id.new) ?? Infinity) <= MAX_BYTES);
  const wanted = small.flatMap(([, id]) => (id.old === undefined ? [id.new] : [id.new, id.old]));
  const blobs = await readBlobs(git, wanted);
  for (const [diff, id] of small) {
    const text = decodeUtf16(blobs.get(id.new));
    if (text === undefined) continue;
    const before = id.old === undefined ? '' : (decodeUtf16(blobs.get(id.old)) ?? blobs.get(id.old)?.toString('utf8') ?? '');
    result.set(diff, addedLinesPatch(linesOf(before), linesOf(text)));
  }
  return result;
}

function decodeUtf16(blob: Buffer | undefined): string | undefined {
  if (blob === undefined || blob.length < 2) return undefined;
  if (blob[0] === 0xff && blob[1] === 0xfe) return blob.subarray(2).toString('utf16le');
  if (blob[0] === 0xfe && blob[1] === 0xff) return Buffer.from(blob.subarray(2)).swap16().toString('utf16le');
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

/** Object sizes from one `git cat-file --batch-check` (ids may be abbreviated). */
async function blobSizes(git: GitOptions, ids: readonly string[]): Promise<Map<string, number>> {
  const output = await runGit(['cat-file', '--batch-check'], { ...git, input: `${ids.join('\n')}\n` });
  const sizes = new Map<string, number>();
  output.toString('latin1').split('\n').forEach((line, index) => {
    const [, type, size] = line.split(' ');
    if (index < ids.length && type === 'blob') sizes.set(ids[index], Number(size));
  });
  return sizes;
}

/** Blob contents from one `git cat-file --batch`, keyed by the ids asked for. */
async function readBlobs(git: GitOptions, ids: readonly string[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  if (ids.length === 0) return blobs;
  const output = await runGit(['cat-file', '--batch'], { ...git, input: `${ids.join('\n')}\n` });
  let at = 0;
  for (const id of ids) {
    const headerEnd = output.indexOf(0x0a, at);
    if (headerEnd === -1) break;
    const [, type, size] = output.subarray(at, headerEnd).toString('latin1').split(' ');
    if (type !== 'blob') {
      at = headerEnd + 1; // "<id> missing"
      continue;
    }
    blobs.set(id, output.subarray(headerEnd + 1, headerEnd + 1 + Number(size)));
    at = headerEnd + 1 + Number(size) + 1;
  }
  return blobs;
}
