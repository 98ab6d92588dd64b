/**
 * git for the bench's scenario builders: a fixed identity and no user hooks or signing, so building a
 * scenario never depends on (or triggers) the developer's own git configuration.
 */
import { execFileSync } from 'node:child_process';

const ISOLATION = [
  '-c', 'user.name=keyguard bench',
  '-c', 'user.email=bench@example.invalid',
  '-c', 'commit.gpgsign=false', // a global signing setup would prompt or fail
  '-c', 'core.hooksPath=/dev/null', // a global hooks path (husky, keyguard itself) must not run here
  '-c', 'init.defaultBranch=main',
];

/** Runs git in `cwd` and returns its stdout. Throws (with git's stderr) on a non-zero exit. */
export function git(cwd: string, args: readonly string[], input?: string | Buffer): string {
  return execFileSync('git', [...ISOLATION, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
}

/** Paths staged for commit (added, copied, modified, renamed), as a scanner of whole files would get them. */
export function stagedPaths(cwd: string): string[] {
  return git(cwd, ['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z']).split('\0').filter(Boolean);
}
