import { GitOptions, runGit } from './exec';

/**
 * The tracked files of the work tree, as the index lists them (`git ls-files`), so .gitignore'd
 * and untracked files are never read. `-z` keeps names exact; `--full-name` makes them relative to
 * the repository root whatever the directory the pathspecs are relative to; `--stage` gives each
 * entry's mode, so symlinks and submodules (not files of this repository) can be left out.
 */
export function trackedFilesArgs(pathspecs: readonly string[]): string[] {
  // --error-unmatch: a path that matches no tracked file is an error, not a silently empty scan.
  const match = pathspecs.length > 0 ? ['--error-unmatch', '--', ...pathspecs] : ['--'];
  return ['ls-files', '-z', '--stage', '--full-name', ...match];
}

const SYMLINK = '120000';
const SUBMODULE = '160000';

/** Parses `--stage -z` output (`<mode> <object> <stage>\t<path>\0`): regular files, each once. */
export function parseTrackedFiles(output: Buffer): string[] {
  const files = new Set<string>();
  for (const entry of output.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    const mode = entry.slice(0, entry.indexOf(' '));
    if (mode === SYMLINK || mode === SUBMODULE) continue;
    files.add(entry.slice(tab + 1)); // an unmerged path has one entry per stage
  }
  return [...files];
}

/** Tracked regular files matching the pathspecs (all of them when none), relative to the root. */
export async function listTrackedFiles(pathspecs: readonly string[], git: GitOptions): Promise<string[]> {
  return parseTrackedFiles(await runGit(trackedFilesArgs(pathspecs), git));
}
