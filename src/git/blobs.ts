import { GitOptions, runGit, streamGit } from './exec';

/**
 * Reading staged blobs in bulk, for the few checks that need content git did not print (binary
 * sections): one `cat-file` process for any number of blobs, never one per file.
 */

const INDEX_LINE = /^index ([0-9a-f]+)\.\.([0-9a-f]+)/m;
const NO_BLOB = /^0+$/;

/** The old and new blob ids on a patch section's `index` line (old undefined for a new file). */
export function blobIdsOf(patch: Buffer): { old?: string; new: string } | undefined {
  const match = INDEX_LINE.exec(patch.subarray(0, 4096).toString('latin1'));
  if (match === null || NO_BLOB.test(match[2])) return undefined;
  return { old: NO_BLOB.test(match[1]) ? undefined : match[1], new: match[2] };
}

/** Object sizes from one `git cat-file --batch-check` (ids may be abbreviated). */
export async function blobSizes(git: GitOptions, ids: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  if (ids.length === 0) return sizes;
  const output = await runGit(['cat-file', '--batch-check'], { ...git, input: `${ids.join('\n')}\n` });
  output.toString('latin1').split('\n').forEach((line, index) => {
    const [, type, size] = line.split(' ');
    if (index < ids.length && type === 'blob') sizes.set(ids[index], Number(size));
  });
  return sizes;
}

/** Whole blob contents from one `git cat-file --batch`, keyed by the ids asked for. Small blobs only. */
export async function readBlobs(git: GitOptions, ids: readonly string[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  if (ids.length === 0) return blobs;
  const output = await runGit(['cat-file', '--batch'], { ...git, input: `${ids.join('\n')}\n` });
  let at = 0;
  for (const id of ids) {
    const headerEnd = output.indexOf(0x0a, at);
    if (headerEnd === -1) break;
    const [, type, size] = output.subarray(at, headerEnd).toString('latin1').split(' ');
    if (type !== 'blob') {
      at = headerEnd + 1; // "<id> missing" or "<id> ambiguous": no content follows
      continue;
    }
    blobs.set(id, output.subarray(headerEnd + 1, headerEnd + 1 + Number(size)));
    at = headerEnd + 1 + Number(size) + 1;
  }
  return blobs;
}

/** The first `bytes` bytes of one blob; git is stopped there, so a large blob is never read whole. */
export async function readBlobHead(git: GitOptions, id: string, bytes: number): Promise<Buffer> {
  const head: Buffer[] = [];
  let length = 0;
  const enough = new Error('read enough');
  await streamGit(['cat-file', 'blob', id], git, (chunk) => {
    head.push(chunk);
    length += chunk.length;
    if (length >= bytes) throw enough;
  }).catch((error) => {
    if (error !== enough) throw error;
  });
  return Buffer.concat(head).subarray(0, bytes);
}
