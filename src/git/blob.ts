import { GitOptions, runGit } from './exec';

/**
 * `git cat-file blob <object>:<path>`: a file's content exactly as git stores it (cat-file applies
 * no textconv or filters). `revision` undefined means the index, stage 0 (`:0:<path>`), which is
 * what the commit will record, whatever the work tree holds; range scans pass a commit. A path
 * from `git diff --name-status` is never absolute and the prefix leaves no room for another reading.
 */
export function blobArgs(path: string, revision?: string): string[] {
  return ['cat-file', 'blob', revision === undefined ? `:0:${path}` : `${revision}:${path}`];
}

/** The stored content of `path` (in the index, or at `revision`), decoded as UTF-8. */
export async function readBlob(git: GitOptions, path: string, revision?: string): Promise<string> {
  return (await runGit(blobArgs(path, revision), git)).toString('utf8');
}
