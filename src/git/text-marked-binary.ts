import { blobIdsOf, blobSizes, readBlobHead, readBlobs } from './blobs';
import { GitOptions, runGit } from './exec';
import type { StagedFileDiff } from './staged';

/**
 * Git prints "Binary files … differ" for a file when its content looks binary (a NUL byte in its
 * first 8000 bytes, as git's own buffer_is_binary() checks) or when an attribute says so: `-diff`,
 * `binary`, or a diff driver (whose `binary = true` we cannot see from here). The attribute case
 * is common for lock files and minified bundles (`*.min.js -diff`), and those are text that can
 * hold a secret. This finds them, so they can be read again with `--text`.
 */

/** Attribute value git reports when no .gitattributes line names the path. */
const UNSPECIFIED = 'unspecified';
/** The bytes git looks at to call content binary (xdiff-interface.c, FIRST_FEW_BYTES). */
const FIRST_FEW_BYTES = 8000;
/** Blobs up to this size are read whole in one batch; larger ones one by one, stopping early. */
const BATCH_LIMIT = 1024 * 1024;

/** Of the diffs git showed as binary, those whose staged content is text. */
export async function textMarkedBinary(git: GitOptions, diffs: readonly StagedFileDiff[]): Promise<Set<StagedFileDiff>> {
  const text = new Set<StagedFileDiff>();
  if (diffs.length === 0) return text;
  const marked = await markedByAttribute(git, diffs.map((diff) => diff.file.path));
  const candidates = new Map<StagedFileDiff, string>();
  for (const diff of diffs) {
    const id = blobIdsOf(diff.patch)?.new;
    if (id !== undefined && marked.has(diff.file.path)) candidates.set(diff, id);
  }
  const sizes = await blobSizes(git, [...candidates.values()]);
  const small = await readBlobs(git, [...candidates.values()].filter((id) => (sizes.get(id) ?? Infinity) <= BATCH_LIMIT));
  for (const [diff, id] of candidates) {
    const head = small.get(id) ?? (sizes.has(id) ? await readBlobHead(git, id, FIRST_FEW_BYTES) : undefined);
    if (head !== undefined && !head.subarray(0, FIRST_FEW_BYTES).includes(0)) text.add(diff);
  }
  return text;
}

/** Paths whose `diff` attribute is set to anything (unset by `-diff`/`binary`, or a driver name). */
async function markedByAttribute(git: GitOptions, paths: readonly string[]): Promise<Set<string>> {
  // One call for all paths: `-z --stdin` takes and prints NUL-separated names, never quoted.
  const output = await runGit(['check-attr', '-z', '--stdin', 'diff'], { ...git, input: `${paths.join('\0')}\0` });
  const fields = output.toString('utf8').split('\0');
  const marked = new Set<string>();
  for (let i = 0; i + 2 < fields.length; i += 3) {
    if (fields[i + 2] !== UNSPECIFIED) marked.add(fields[i]);
  }
  return marked;
}
