/**
 * The oldest git keyguard supports. It relies on GIT_OPTIONAL_LOCKS (git 2.15, so the scan never
 * takes index.lock while `git commit` holds it), core.hooksPath (2.9) and linked worktrees (2.5);
 * 2.20 (Debian 10, 2018) leaves a margin. Checked only after git has failed, so a working setup
 * pays nothing for it.
 */
export const MIN_GIT_VERSION = '2.20.0';

/** `[2, 39, 5]` from `git version 2.39.5`, `git version 2.37.1 (Apple Git-137.1)`, `2.41.0.windows.1`. */
export function parseGitVersion(output: string): number[] | undefined {
  const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(output);
  return match === null ? undefined : [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

/** True when `version` (as git prints it) is older than MIN_GIT_VERSION; false when unreadable. */
export function isUnsupportedGitVersion(version: string): boolean {
  const parsed = parseGitVersion(version);
  const minimum = parseGitVersion(MIN_GIT_VERSION)!;
  if (parsed === undefined) return false;
  for (let part = 0; part < minimum.length; part++) {
    if (parsed[part] !== minimum[part]) return parsed[part] < minimum[part];
  }
  return false;
}
