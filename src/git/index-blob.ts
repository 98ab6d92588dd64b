import { GitOptions, runGit } from './exec';

/**
 * `git cat-file blob :0:<path>`: the staged (stage 0) content of a file, exactly as the commit will
 * record it: no textconv or filters (cat-file applies neither), whatever the work tree holds. A
 * path from `git diff --name-status` is never absolute and `:0:` leaves no room for another reading.
 */
export function indexBlobArgs(path: string): string[] {
  return ['cat-file', 'blob', `:0:${path}`];
}

/** The staged content of `path`, decoded as UTF-8. */
export async function readIndexBlob(git: GitOptions, path: string): Promise<string> {
  return (await runGit(indexBlobArgs(path), git)).toString('utf8');
}
