import { isBinaryPatch } from '../diff/added-text';
import { EarlyGit, GitOptions, runGit, streamGit } from './exec';
import { splitFileDiffs } from './split-file-diffs';
import { textMarkedBinary } from './text-marked-binary';
import { utf16AsText } from './utf16-text';

/**
 * Reading what `git commit` is about to record: the index against HEAD (or against nothing, on the
 * initial commit). Each flag below neutralises a piece of user configuration that would otherwise
 * change the output we parse.
 */
export const DIFF_CONFIG = [
  '-c', 'core.quotepath=off', // names as-is, never C-quoted octal (git-config(1), core.quotePath)
  '-c', 'diff.relative=false', // paths from the repo root even when run in a subdirectory
  '-c', 'diff.interHunkContext=0', // with -U0, no context lines glued between nearby hunks
  '-c', 'core.bigFileThreshold=512m', // git's default: a lowered value shows every larger text file as binary
] as const;

/** The patch-shaping options every keyguard diff uses (staged, and each commit of a range). */
export const PATCH_OPTIONS = [
  '--no-color', // color.ui=always would put escape codes in the patch
  '--no-ext-diff', // diff.external / GIT_EXTERNAL_DIFF would replace the patch format
  '--no-textconv', // textconv drivers would show a converted text, not what is committed
  '--src-prefix=a/', // diff.noprefix / diff.mnemonicPrefix would change the headers
  '--dst-prefix=b/',
  '-U0', // added lines only; context is never reported
  '-M', // renames as renames (only changed lines count), overriding diff.renames=copies
  '--full-index', // full blob ids on `index` lines, also for binary files: a whole-file finding's fingerprint
  '--submodule=short', // a submodule is one "Subproject commit" line, not its inner diff
] as const;

const DIFF_OPTIONS = [
  '--cached', // the index: exactly what the commit will contain (GIT_INDEX_FILE is honoured)
  ...PATCH_OPTIONS,
] as const;

export function stagedDiffArgs(): string[] {
  return [...DIFF_CONFIG, 'diff', ...DIFF_OPTIONS];
}

export function stagedNameStatusArgs(): string[] {
  return [...DIFF_CONFIG, 'diff', ...DIFF_OPTIONS, '--name-status', '-z'];
}

/** One entry of `git diff --name-status`: what happened to which path. */
export interface StagedFile {
  /** A (added), M (modified), D (deleted), R (renamed), C (copied), T (type change), U (unmerged). */
  status: string;
  /** Path in the new tree, relative to the repository root, exactly as stored (never quoted). */
  path: string;
  /** For renames and copies, the path it came from. */
  oldPath?: string;
}

/** Parses `--name-status -z` output: `M\0path\0` or `R100\0old\0new\0`. */
export function parseNameStatus(output: Buffer): StagedFile[] {
  const fields = output.toString('utf8').split('\0');
  const files: StagedFile[] = [];
  for (let i = 0; i + 1 < fields.length; ) {
    const status = fields[i++];
    if (status === '') break;
    const letter = status[0];
    if (letter === 'R' || letter === 'C') {
      files.push({ status: letter, oldPath: fields[i], path: fields[i + 1] });
      i += 2;
    } else {
      files.push({ status: letter, path: fields[i] });
      i += 1;
    }
  }
  return files;
}

export async function listStagedFiles(git: GitOptions): Promise<StagedFile[]> {
  return parseNameStatus(await runGit(stagedNameStatusArgs(), git));
}

/**
 * Starts the two commands forEachStagedFileDiff runs, to be taken by it later. `git` may be any
 * directory of the work tree: with diff.relative=false the output names paths from the top.
 */
export function startStagedDiff(early: EarlyGit, git: GitOptions): void {
  early.start(stagedNameStatusArgs(), git);
  early.start(stagedDiffArgs(), git);
}

/** One file's part of the staged patch, with the name git gave it in `--name-status -z`. */
export interface StagedFileDiff {
  file: StagedFile;
  /** The raw patch bytes of this file, from its `diff --git` header up to the next one. */
  patch: Buffer;
}

/**
 * Streams the staged patch file by file, so memory is bounded by the largest single file's diff.
 * Names come from `--name-status -z` (never quoted or ambiguous), paired in order with the patch's
 * `diff --git` sections, which git emits in the same order for the same options. Text files that
 * only an attribute made git show as binary are read again as text (see text-marked-binary.ts),
 * and UTF-16 text files are decoded (utf16-text.ts).
 */
export async function forEachStagedFileDiff(
  git: GitOptions,
  onFile: (diff: StagedFileDiff) => void,
): Promise<StagedFile[]> {
  // The names and the patch are read at the same time: two git processes, one wait.
  const listing = listStagedFiles(git);
  const binary: StagedFileDiff[] = [];
  const files = await pairFileDiffs(git, listing, stagedDiffArgs(), (diff) => {
    if (diff.file.status !== 'D' && isBinaryPatch(diff.patch)) binary.push({ ...diff, patch: Buffer.from(diff.patch) }); // kept: a copy
    else onFile(diff);
  });
  const text = await textMarkedBinary(git, binary);
  const stillBinary = binary.filter((diff) => !text.has(diff));
  const utf16 = await utf16AsText(git, stillBinary);
  for (const diff of stillBinary) onFile({ file: diff.file, patch: utf16.get(diff) ?? diff.patch });
  const textFiles = [...text].map((diff) => diff.file);
  for (let at = 0; at < textFiles.length; at += PATHS_PER_CALL) {
    const batch = textFiles.slice(at, at + PATHS_PER_CALL);
    const pathspecs = ['--', ...batch.flatMap((file) => [file.path, file.oldPath ?? []].flat()).map((name) => `:(literal)${name}`)];
    const names = runGit([...stagedNameStatusArgs(), ...pathspecs], git).then(parseNameStatus);
    await pairFileDiffs(git, names, [...stagedDiffArgs(), '--text', ...pathspecs], onFile);
  }
  return files;
}

/** Keeps each git command line well under the OS argument limits (also Windows' 32 KiB). */
const PATHS_PER_CALL = 100;

/**
 * Runs `diffArgs` and hands each file's section to `onFile` with its name from `names`, in order.
 * Both git commands run at once; sections that arrive before the names wait for them (the
 * name listing finishes long before a big patch does, so few ever wait). Resolves to the names.
 */
async function pairFileDiffs(
  git: GitOptions,
  names: Promise<StagedFile[]>,
  diffArgs: readonly string[],
  onFile: (diff: StagedFileDiff) => void,
): Promise<StagedFile[]> {
  let withPatch: StagedFile[] | undefined;
  const early: Buffer[] = [];
  let index = 0;
  const pair = (patch: Buffer): void => {
    const file = withPatch?.[index++];
    if (file === undefined) throw new Error('git printed more file diffs than staged files; refusing to guess names');
    onFile({ file, patch });
  };
  // A section that comes before the names is kept, so copied (the splitter reuses its buffer).
  const splitter = splitFileDiffs((patch) => (withPatch === undefined ? early.push(Buffer.from(patch)) : pair(patch)));
  const named = names.then((files) => {
    withPatch = files.filter((file) => file.status !== 'U'); // unmerged paths have no patch section
    for (const patch of early.splice(0)) pair(patch);
    return files;
  });
  const [files] = await Promise.all([named, streamGit(diffArgs, git, splitter.push)]);
  splitter.end();
  const expected = files.filter((file) => file.status !== 'U').length;
  if (index !== expected) throw new Error(`git listed ${expected} staged files but printed ${index} file diffs; refusing to guess`);
  return files;
}
