import { GitError, GitOptions, runGit } from './exec';
import { RangeSpec } from './range';

/**
 * What a push sends, from the lines git writes on the pre-push hook's stdin (githooks(5)):
 * `<local ref> SP <local sha> SP <remote ref> SP <remote sha> LF`, one per ref being pushed.
 */
export interface PushedRef {
  readonly localRef: string;
  readonly localSha: string;
  readonly remoteRef: string;
  readonly remoteSha: string;
}

const ZERO_SHA = /^0+$/; // git's "no object": a deletion (local) or a new ref (remote)
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/; // SHA-1 or SHA-256

/** Parses the hook's stdin; an unexpected line is an error, not something to skip (fail closed). */
export function parsePushLines(text: string): PushedRef[] {
  const refs: PushedRef[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const [localRef, localSha, remoteRef, remoteSha, extra] = line.trim().split(' ');
    if (extra !== undefined || !SHA.test(localSha ?? '') || !SHA.test(remoteSha ?? '')) {
      throw new Error(`unexpected pre-push input line (expected "<local ref> <sha> <remote ref> <sha>"): ${JSON.stringify(line.slice(0, 100))}`);
    }
    refs.push({ localRef, localSha, remoteRef, remoteSha });
  }
  return refs;
}

/**
 * The commits a push would add to the remote, as one walk: every pushed tip, minus everything the
 * remote already has. For an updated ref that is its old remote tip; for a new branch (or an old
 * tip this clone does not have, after someone else pushed) it is every remote-tracking ref
 * (`--not --remotes`). Deletions push no commits. Returns undefined when nothing is pushed.
 */
export async function pushedRange(refs: readonly PushedRef[], git: GitOptions): Promise<RangeSpec | undefined> {
  const updates = refs.filter((ref) => !ZERO_SHA.test(ref.localSha));
  if (updates.length === 0) return undefined;
  const known: string[] = [];
  let unknownBase = false;
  for (const ref of updates) {
    if (!ZERO_SHA.test(ref.remoteSha) && (await isLocalCommit(ref.remoteSha, git))) known.push(ref.remoteSha);
    else unknownBase = true;
  }
  const excluded = [...known, ...(unknownBase ? ['--remotes'] : [])];
  return { revisions: [...updates.map((ref) => ref.localSha), ...(excluded.length > 0 ? ['--not', ...excluded] : [])] };
}

async function isLocalCommit(sha: string, git: GitOptions): Promise<boolean> {
  try {
    await runGit(['cat-file', '-e', `${sha}^{commit}`], git);
    return true;
  } catch (error) {
    if (error instanceof GitError) return false;
    throw error;
  }
}

/** The refs in words for the report, e.g. `the commits pushed to refs/heads/main`. */
export function describePush(refs: readonly PushedRef[]): string {
  const names = refs.filter((ref) => !ZERO_SHA.test(ref.localSha)).map((ref) => ref.remoteRef.replace(/^refs\/heads\//, ''));
  return `the commits being pushed to ${names.join(', ') || 'the remote'}`;
}
