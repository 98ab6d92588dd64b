import { GitOptions, runGit, streamGit } from './exec';
import { patchFileOf, PatchFile } from './patch-path';
import { DIFF_CONFIG, PATCH_OPTIONS } from './staged';
import { splitFileDiffs } from './split-file-diffs';

/**
 * Reading the commits of a range: one streamed `git log -p` for the whole range. Each commit starts
 * with a line from our own --format that looks like a file header, `diff --git keyguard-commit
 * <sha>`, so the file splitter cuts commits and files alike; a real header can never look like that,
 * because --src-prefix forces every real one to start with `a/` (or `"a/` when quoted).
 *
 * Merges print no patch: git log shows a merge's diff only when asked with -m/-c/--cc/--diff-merges
 * (git-log(1); log.diffMerges only picks the format for those), so a merge's changes are scanned in
 * the parent commits that made them, which are either in the range or already upstream.
 * Root commits are shown as wholly added (--root, whatever log.showRoot says).
 */
const COMMIT_HEADER = 'diff --git keyguard-commit ';

const LOG_CONFIG = [
  '-c', 'log.showSignature=false', // would print gpg output between our commit lines
] as const;

const LOG_OPTIONS = [
  `--format=${COMMIT_HEADER}%h`, // only our marker: no message text, no decorations, no notes
  '--root', // a root commit's files as added (log.showRoot=false would hide them)
  '--no-notes',
] as const;

/** Which commits: git revision arguments (`A..B`, `sha`, `sha --not --remotes`). */
export interface RangeSpec {
  readonly revisions: readonly string[];
  /** Only the named commits, not their ancestors (`--no-walk`): for a single commit. */
  readonly noWalk?: boolean;
}

export function rangeLogArgs(range: RangeSpec): string[] {
  return [...DIFF_CONFIG, ...LOG_CONFIG, 'log', ...LOG_OPTIONS, ...PATCH_OPTIONS, ...walkArgs(range), '--'];
}

/** `git rev-list --count` over the same commits, for the progress bar. */
export function rangeCountArgs(range: RangeSpec): string[] {
  return ['rev-list', '--count', ...walkArgs(range), '--'];
}

function walkArgs(range: RangeSpec): string[] {
  return [...(range.noWalk === true ? ['--no-walk'] : []), ...range.revisions];
}

export async function countCommits(range: RangeSpec, git: GitOptions): Promise<number> {
  return Number((await runGit(rangeCountArgs(range), git)).toString('utf8').trim());
}

/** One file's patch in one commit of the range. */
export interface CommitFileDiff {
  readonly commit: string;
  readonly file: PatchFile;
  readonly patch: Buffer;
}

export interface RangeHandlers {
  readonly onCommit: (commit: string) => void;
  readonly onFile: (diff: CommitFileDiff) => void;
}

/** Streams every commit of the range, file by file; memory is bounded by the largest file diff. */
export async function forEachRangeFileDiff(range: RangeSpec, git: GitOptions, handlers: RangeHandlers): Promise<void> {
  let commit: string | undefined;
  const splitter = splitFileDiffs((piece) => {
    if (piece.subarray(0, COMMIT_HEADER.length).toString('latin1') === COMMIT_HEADER) {
      commit = piece.subarray(COMMIT_HEADER.length).toString('latin1').trim();
      handlers.onCommit(commit);
      return;
    }
    if (commit === undefined) throw new Error('git log printed a file diff before any commit; refusing to guess');
    handlers.onFile({ commit, file: patchFileOf(piece), patch: piece });
  });
  await streamGit(rangeLogArgs(range), git, splitter.push);
  splitter.end();
}
