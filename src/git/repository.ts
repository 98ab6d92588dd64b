import { GitError, GitOptions, runGit } from './exec';

/** Thrown when keyguard is run outside a git work tree (or in a bare repository). */
export class NotARepositoryError extends Error {
  constructor(readonly cwd: string, readonly detail: string) {
    super(`not inside a git work tree (${cwd}): ${detail}`);
    this.name = 'NotARepositoryError';
  }
}

/** Absolute path of the work tree's top directory, as git resolves it (GIT_DIR/GIT_WORK_TREE honoured). */
export async function repositoryRoot(git: GitOptions): Promise<string> {
  try {
    const output = await runGit(['rev-parse', '--show-toplevel'], git);
    const root = output.toString('utf8').replace(/\n$/, '');
    if (root === '') throw new NotARepositoryError(git.cwd, 'no work tree (bare repository?)');
    return root;
  } catch (error) {
    if (error instanceof GitError) throw new NotARepositoryError(git.cwd, error.stderr.trim().split('\n')[0] ?? '');
    throw error;
  }
}
