import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { capturedOutputs, TempRepo } from './temp-repo';

/**
 * Snapshots proving a scan changed nothing (the hardening tests, issue 7): the index, status and
 * the bytes and mode of every file, before and after.
 */

/**
 * Everything a scan must leave alone: the index (`ls-files -s`), `git status`, and the bytes and
 * mode of every file under the work tree and the git directory. Read without optional locks, so
 * taking the snapshot writes nothing either.
 */
export interface RepoState {
  index: string;
  status: string;
  files: Record<string, string>;
}

export function stateOf(dir: string, env: NodeJS.ProcessEnv, extraDirs: readonly string[] = [], withGitDir = true): RepoState {
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['--no-optional-locks', ...args], { cwd: dir, env, maxBuffer: 1 << 30 });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout.toString('latin1');
  };
  const files: Record<string, string> = {};
  for (const root of [dir, ...extraDirs]) hashTree(root, root, files, withGitDir);
  return { index: git('ls-files', '-s', '-z'), status: git('status', '--porcelain=v1', '-z'), files };
}

export function repoState(repo: TempRepo): RepoState {
  return stateOf(repo.dir, repo.env);
}

function hashTree(root: string, dir: string, into: Record<string, string>, withGitDir: boolean): void {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    const stat = lstatSync(file);
    const key = `${root}:${path.relative(root, file)}`;
    if (name === 'keyguard' && path.basename(dir) === '.git' && stat.isDirectory()) {
      readKeyguardState(file);
      continue;
    }
    if (name === 'node_modules' || (name === '.git' && !withGitDir)) continue;
    // keyguard's own state in the git dir (`keyguard/last-scan.json`: fingerprints and redacted
    // values of the last blocked scan, for `keyguard allow --last`) is the one file a scan writes.
    if (name === 'last-scan.json' && path.basename(dir) === 'keyguard') continue;
    if (stat.isDirectory()) hashTree(root, file, into, withGitDir);
    else if (stat.isSymbolicLink()) into[key] = `link:${readlinkSync(file)}`;
    else if (stat.isFile()) into[key] = `${stat.mode.toString(8)}:${createHash('sha256').update(readFileSync(file)).digest('hex')}`;
  }
}

/**
 * The index, status and work tree around a blocked `git commit` (git itself may write in .git, e.g.
 * COMMIT_EDITMSG, so the git directory is left out).
 */
export function workTreeState(repo: TempRepo, dir = repo.dir): RepoState {
  return stateOf(dir, repo.env, [], false);
}

/**
 * keyguard's own state files (`.git/keyguard/`, e.g. the last scan's fingerprints for
 * `allow --last`), seen while taking snapshots: they may change with each scan, so snapshots leave
 * them out, but they must never hold a secret either, so they join the outputs the leak check reads.
 */
function readKeyguardState(dir: string): void {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (lstatSync(file).isDirectory()) readKeyguardState(file);
    else capturedOutputs.push(readFileSync(file, 'utf8'));
  }
}

/** Runs `scan` between two snapshots and fails the test if anything changed. */
export function unchangedBy<T>(repo: TempRepo, scan: () => T, extraDirs: readonly string[] = []): T {
  const before = stateOf(repo.dir, repo.env, extraDirs);
  const result = scan();
  expect(stateOf(repo.dir, repo.env, extraDirs)).toEqual(before);
  return result;
}
