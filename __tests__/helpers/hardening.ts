import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { FakeSecret, fakeSecret } from './fake-secrets';
import { capturedOutputs, KEYGUARD_ROOT, RunResult, TempRepo } from './temp-repo';

/**
 * Shared pieces of the hardening tests (issue 7): planting secrets so a final check can prove none
 * leaked, snapshots proving a scan changed nothing, and JSON scans with their findings.
 */

/** Every secret planted by this test file: the file's last test checks none was printed. */
export const planted: string[] = [];

export function plant(detectorId: string): FakeSecret {
  const fake = fakeSecret(detectorId);
  planted.push(fake.secret);
  return fake;
}

/**
 * No captured output holds a planted secret in full, nor its middle (a redaction that showed all
 * but the first and last few characters would still be a leak).
 */
export function expectNoSecretLeaked(minimumPlanted: number): void {
  expect(planted.length).toBeGreaterThanOrEqual(minimumPlanted);
  const output = [...capturedOutputs, ...keyguardStateFiles].join('\n');
  for (const secret of planted) {
    const middle = secret.slice(6, -4);
    expect({ leaked: output.includes(secret) || (middle.length >= 12 && output.includes(middle)) }).toEqual({ leaked: false });
  }
}

const repos: TempRepo[] = [];

/** A fresh repository, removed after the file's tests. */
export function newRepo(): TempRepo {
  const repo = TempRepo.create();
  repos.push(repo);
  return repo;
}

export function removeRepos(): void {
  for (const repo of repos.splice(0)) repo.remove();
}

/** A repository with one commit (README.md), so later commits have a HEAD to diff against. */
export function repoWithHistory(): TempRepo {
  const repo = newRepo();
  repo.write('README.md', '# demo\n').git('add', 'README.md');
  repo.git('commit', '-q', '-m', 'initial');
  return repo;
}

/** Installs the hook as a user would: keyguard in node_modules (ignored), then `keyguard install`. */
export function installHook(repo: TempRepo, env: NodeJS.ProcessEnv = {}): void {
  repo.write('node_modules/.keep', '');
  symlinkSync(KEYGUARD_ROOT, repo.path('node_modules/keyguard'));
  repo.write('.gitignore', 'node_modules/\n').git('add', '.gitignore');
  repo.git('commit', '-q', '--no-verify', '-m', 'ignore node_modules');
  expect(repo.keyguard(['install'], { env }).code).toBe(0);
}

export interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  fingerprint: string;
  redacted: string;
}

export interface JsonScan extends RunResult {
  findings: JsonFinding[];
}

/** `keyguard scan --staged --format json`; fails the test unless it exits 0 or 1 with valid JSON. */
export function scanJson(repo: TempRepo, options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): JsonScan {
  const result = repo.keyguard(['scan', '--staged', '--format', 'json'], options);
  if (result.code !== 0 && result.code !== 1) throw new Error(`scan exited ${result.code}: ${result.stderr}`);
  return { ...result, findings: JSON.parse(result.stdout).findings };
}

/** Findings reduced to what the tests assert: detector, file and line. */
export function where(scan: JsonScan): Array<[string, string, number]> {
  return scan.findings.map((finding) => [finding.ruleId, finding.file, finding.line]);
}

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

/**
 * Contents of keyguard's own state files (`.git/keyguard/`, e.g. the last scan's fingerprints for
 * `allow --last`), seen while taking snapshots: they may change with each scan, so snapshots leave
 * them out, but they must never hold a secret either (expectNoSecretLeaked reads them).
 */
export const keyguardStateFiles: string[] = [];

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

function readKeyguardState(dir: string): void {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (lstatSync(file).isDirectory()) readKeyguardState(file);
    else keyguardStateFiles.push(readFileSync(file, 'utf8'));
  }
}

/** Runs `scan` between two snapshots and fails the test if anything changed. */
export function unchangedBy<T>(repo: TempRepo, scan: () => T, extraDirs: readonly string[] = []): T {
  const before = stateOf(repo.dir, repo.env, extraDirs);
  const result = scan();
  expect(stateOf(repo.dir, repo.env, extraDirs)).toEqual(before);
  return result;
}
