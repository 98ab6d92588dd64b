import { GitOptions, runGit, streamGit } from './exec';
import { StagedFile } from './staged';

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

/** Of the files git showed as binary, those whose staged content is text. */
export async function textMarkedBinary(git: GitOptions, files: readonly StagedFile[]): Promise<StagedFile[]> {
  if (files.length === 0) return [];
  const marked = await markedByAttribute(git, files.map((file) => file.path));
  const candidates = files.filter((file) => marked.has(file.path));
  const text: StagedFile[] = [];
  for (const file of candidates) {
    if (!(await stagedContentIsBinary(git, file.path))) text.push(file);
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

/** True when the staged blob of `path` has a NUL byte in its first 8000 bytes, as git checks. */
async function stagedContentIsBinary(git: GitOptions, path: string): Promise<boolean> {
  const head: Buffer[] = [];
  let length = 0;
  const enough = new Error('read enough');
  // `:0:<path>` is the path's entry in the index git is using (GIT_INDEX_FILE honoured); reading
  // stops after the first 8000 bytes, so a large blob is never read whole.
  await streamGit(['cat-file', 'blob', `:0:${path}`], git, (chunk) => {
    head.push(chunk);
    length += chunk.length;
    if (length >= FIRST_FEW_BYTES) throw enough;
  }).catch((error) => {
    if (error !== enough) throw error;
  });
  return Buffer.concat(head).subarray(0, FIRST_FEW_BYTES).includes(0);
}
