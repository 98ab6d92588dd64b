import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Io } from '../src/cli/io';
import { uninstallCommand } from '../src/commands/install';
import { fakeSecret, SEED_DETECTOR_IDS } from './helpers/fake-secrets';
import { newRepo, removeRepos } from './helpers/suite';
import { capturedOutputs, KEYGUARD_ROOT, RunResult, TempRepo } from './helpers/temp-repo';

/** Where the hook finds keyguard in a user's repository (npm puts the package there). */
const USER_ENTRY = './node_modules/keyguard/bin/keyguard.js';
const HUSKY_BIN = path.join(KEYGUARD_ROOT, 'node_modules', 'husky', 'bin.js');
const SKIPPED = 'keyguard: skipped (KEYGUARD=0)';
const NOT_INSTALLED = 'keyguard is not installed in node_modules: run npm install, or commit with --no-verify';

// Each test's repositories are removed as soon as it ends, not after the file.
afterEach(removeRepos);

/** keyguard in the repo's node_modules as `npm link`/pnpm leave it: a symlink to this checkout (the real CLI). */
function linkRealKeyguard(repo: TempRepo, dir = '.'): void {
  mkdirSync(repo.path(path.join(dir, 'node_modules')), { recursive: true });
  symlinkSync(KEYGUARD_ROOT, repo.path(path.join(dir, 'node_modules', 'keyguard')), 'dir');
}

/**
 * A stand-in keyguard package whose bin appends its arguments to $HOME/hook-log and exits with
 * `code`: shows exactly what the hook ran, in what order, and that its exit code blocks the commit.
 */
function fakeKeyguard(repo: TempRepo, code: number, dir = '.'): void {
  const packageDir = path.join(dir, 'node_modules', 'keyguard');
  repo.write(path.join(packageDir, 'package.json'), JSON.stringify({ name: 'keyguard', bin: { keyguard: 'bin/keyguard.js' } }));
  repo.write(
    path.join(packageDir, 'bin', 'keyguard.js'),
    `require('fs').appendFileSync(require('path').join(process.env.HOME, 'hook-log'), 'keyguard ' + process.argv.slice(2).join(' ') + '\\n');\n` +
      `process.exit(${code});\n`,
  );
}

function hookLog(repo: TempRepo): string {
  const log = path.join(repo.home, 'hook-log');
  return existsSync(log) ? readFileSync(log, 'utf8') : '';
}

let commits = 0;
/** Stages a harmless change and runs a real `git commit` (hooks included) with extra environment. */
function commit(repo: TempRepo, env: NodeJS.ProcessEnv = {}, cwd = repo.dir): RunResult {
  commits += 1;
  writeFileSync(path.join(cwd, 'notes.txt'), `note ${commits}\n`);
  const run = (args: string[]) => spawnSync('git', args, { cwd, env: { ...repo.env, ...env }, encoding: 'utf8' });
  const add = run(['add', 'notes.txt']);
  if (add.status !== 0) throw new Error(`git add failed: ${add.stderr}`);
  const result = run(['commit', '-q', '-m', `commit ${commits}`]);
  capturedOutputs.push(result.stdout, result.stderr);
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function hasCommits(repo: TempRepo): boolean {
  return repo.gitResult('rev-parse', '--verify', '-q', 'HEAD').code === 0;
}

function isExecutable(file: string): boolean {
  return (statSync(file).mode & 0o111) === 0o111;
}

/** Every file of a directory with its bytes and mode, to show a second install changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) files[name] = `${statSync(file).mode.toString(8)}:${readFileSync(file, 'base64')}`;
  }
  return files;
}

/** Runs uninstall in-process (the CLI dispatch does not route `uninstall` yet), on the real repo. */
async function uninstall(repo: TempRepo): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const io: Io = { stdout: (text) => void (stdout += text), stderr: (text) => void (stdout += text), cwd: repo.dir, env: repo.env };
  const code = await uninstallCommand([], io);
  return { code, stdout };
}

describe('keyguard install in a plain repository', () => {
  test('writes an executable sh hook that runs the real keyguard from node_modules on commit', () => {
    const repo = newRepo();
    linkRealKeyguard(repo);
    const result = repo.keyguard(['install']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wrote .git/hooks/pre-commit');
    expect(result.stdout).toContain('Test it');
    const hook = repo.path('.git/hooks/pre-commit');
    const script = readFileSync(hook, 'utf8');
    expect(script.startsWith('#!/bin/sh\n')).toBe(true);
    expect(script).toContain(`node ${USER_ENTRY} scan --staged`);
    expect(isExecutable(hook)).toBe(true);

    const committed = commit(repo);
    expect(committed.stderr).not.toContain(SKIPPED);
    expect(committed).toMatchObject({ code: 0 }); // on failure, shows what the real scan printed
    expect(hasCommits(repo)).toBe(true);
  });

  test('the installed hook blocks a commit that adds a secret (real CLI)', () => {
    const repo = newRepo();
    linkRealKeyguard(repo);
    repo.keyguard(['install']);
    const { line, secret } = fakeSecret(SEED_DETECTOR_IDS[0]);
    repo.write('config.env', `${line}\n`);
    repo.git('add', 'config.env');
    const result = repo.gitResult('commit', '-q', '-m', 'leak');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('config.env');
    expect(result.stderr).not.toContain(secret);
    expect(hasCommits(repo)).toBe(false);
  });

  test('the hook runs `scan --staged` on the entry point, and a failing scan blocks the commit', () => {
    const repo = newRepo();
    fakeKeyguard(repo, 1);
    expect(repo.keyguard(['install']).code).toBe(0);
    expect(commit(repo).code).not.toBe(0);
    expect(hookLog(repo)).toBe('keyguard scan --staged\n');
    expect(hasCommits(repo)).toBe(false);
  });

  test('KEYGUARD=0 skips the scan once and says so in one line', () => {
    const repo = newRepo();
    fakeKeyguard(repo, 1);
    repo.keyguard(['install']);
    const result = commit(repo, { KEYGUARD: '0' });
    expect(result.code).toBe(0);
    expect(result.stderr.trim()).toBe(SKIPPED);
    expect(hookLog(repo)).toBe('');
  });

  test('the hook fails closed with a clear message when keyguard is gone from node_modules', () => {
    const repo = newRepo();
    linkRealKeyguard(repo);
    repo.keyguard(['install']);
    unlinkSync(repo.path('node_modules/keyguard'));
    const result = commit(repo);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(NOT_INSTALLED);
    expect(hasCommits(repo)).toBe(false);
  });

  test('refuses, writing nothing, when keyguard is not in the repository node_modules', () => {
    const repo = newRepo();
    const result = repo.keyguard(['install']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('npm install --save-dev keyguard');
    expect(existsSync(repo.path('.git/hooks/pre-commit'))).toBe(false);
  });

  test("in keyguard's own checkout the hook runs ./bin/keyguard.js", () => {
    const repo = newRepo();
    repo.write('package.json', JSON.stringify({ name: 'keyguard', bin: { keyguard: 'bin/keyguard.js' } }));
    expect(repo.keyguard(['install']).code).toBe(0);
    expect(readFileSync(repo.path('.git/hooks/pre-commit'), 'utf8')).toContain('node ./bin/keyguard.js scan --staged');
  });

  test('rejects arguments it does not know', () => {
    const repo = newRepo();
    fakeKeyguard(repo, 0);
    expect(repo.keyguard(['install', '--force']).code).toBe(2);
    expect(existsSync(repo.path('.git/hooks/pre-commit'))).toBe(false);
  });
});

describe('an existing pre-commit hook', () => {
  const PREVIOUS_HOOK = '#!/bin/sh\necho previous >> "$HOME/hook-log"\nexit "${PREVIOUS_EXIT:-0}"\n';

  function repoWithPreviousHook(): TempRepo {
    const repo = newRepo();
    fakeKeyguard(repo, 0);
    mkdirSync(repo.path('.git/hooks'), { recursive: true });
    writeFileSync(repo.path('.git/hooks/pre-commit'), PREVIOUS_HOOK, { mode: 0o755 });
    return repo;
  }

  test('is kept, runs before the scan, and its failure still blocks the commit', () => {
    const repo = repoWithPreviousHook();
    const result = repo.keyguard(['install']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('.git/hooks/pre-commit.keyguard-chained');
    expect(readFileSync(repo.path('.git/hooks/pre-commit.keyguard-chained'), 'utf8')).toBe(PREVIOUS_HOOK);

    expect(commit(repo).code).toBe(0);
    expect(hookLog(repo)).toBe('previous\nkeyguard scan --staged\n');
    expect(commit(repo, { PREVIOUS_EXIT: '3' }).code).not.toBe(0);
    expect(hookLog(repo)).toBe('previous\nkeyguard scan --staged\nprevious\n');
  });

  test('installing twice is the same as once (byte-identical hooks)', () => {
    const repo = repoWithPreviousHook();
    repo.keyguard(['install']);
    const before = snapshot(repo.path('.git/hooks'));
    const again = repo.keyguard(['install']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already installed');
    expect(snapshot(repo.path('.git/hooks'))).toEqual(before);
  });

  test('uninstall puts the previous hook back exactly', async () => {
    const repo = repoWithPreviousHook();
    const before = snapshot(repo.path('.git/hooks'));
    repo.keyguard(['install']);
    const result = await uninstall(repo);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('put back the hook');
    expect(snapshot(repo.path('.git/hooks'))).toEqual(before);
    expect((await uninstall(repo)).stdout).toContain('no keyguard hook found');
  });
});

describe('husky repositories', () => {
  const EXISTING = 'echo husky-ran >> "$HOME/hook-log"\n';

  /** A repository set up by the real husky v9 (core.hooksPath=.husky/_) with a pre-commit line of its own. */
  function huskyRepo(): TempRepo {
    const repo = newRepo();
    fakeKeyguard(repo, 0);
    repo.write('.husky/pre-commit', EXISTING);
    const husky = spawnSync(process.execPath, [HUSKY_BIN], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    if (husky.status !== 0) throw new Error(`husky failed: ${husky.stderr}`);
    expect(repo.git('config', 'core.hooksPath').trim()).toBe('.husky/_');
    return repo;
  }

  test('adds one keyguard line to .husky/pre-commit, keeps the rest, and husky runs both', () => {
    const repo = huskyRepo();
    const result = repo.keyguard(['install']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('.husky/pre-commit');
    const content = readFileSync(repo.path('.husky/pre-commit'), 'utf8');
    expect(content.startsWith(EXISTING)).toBe(true);
    const added = content.slice(EXISTING.length).split('\n');
    expect(added).toHaveLength(2); // one line and its newline
    expect(added[0]).toContain(`node ${USER_ENTRY} scan --staged`);
    expect(existsSync(repo.path('.git/hooks/pre-commit'))).toBe(false);

    expect(commit(repo).code).toBe(0);
    expect(hookLog(repo)).toBe('husky-ran\nkeyguard scan --staged\n');
  });

  test('installing twice adds the line once', () => {
    const repo = huskyRepo();
    repo.keyguard(['install']);
    const once = readFileSync(repo.path('.husky/pre-commit'));
    const again = repo.keyguard(['install']);
    expect(again.stdout).toContain('already installed');
    expect(readFileSync(repo.path('.husky/pre-commit'))).toEqual(once);
  });

  test('a .husky/ directory without a pre-commit gets one, with a note when husky is not set up', () => {
    const repo = newRepo();
    fakeKeyguard(repo, 0);
    mkdirSync(repo.path('.husky'));
    const result = repo.keyguard(['install']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('husky is not set up in this clone');
    const lines = readFileSync(repo.path('.husky/pre-commit'), 'utf8').split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`node ${USER_ENTRY} scan --staged`);
  });

  test('in a monorepo package the line points into its node_modules, and a re-install updates it in place', () => {
    const repo = huskyRepo();
    repo.keyguard(['install']);
    fakeKeyguard(repo, 0, 'app');
    const result = repo.keyguard(['install'], { cwd: repo.path('app') });
    expect(result.stdout).toContain('updated the keyguard line');
    const content = readFileSync(repo.path('.husky/pre-commit'), 'utf8');
    expect(content.startsWith(EXISTING)).toBe(true);
    expect(content.slice(EXISTING.length).split('\n')).toHaveLength(2);
    expect(content).toContain('node ./app/node_modules/keyguard/bin/keyguard.js scan --staged');
  });

  test('uninstall removes only the keyguard line', async () => {
    const repo = huskyRepo();
    repo.keyguard(['install']);
    expect((await uninstall(repo)).stdout).toContain('removed the keyguard line');
    expect(readFileSync(repo.path('.husky/pre-commit'), 'utf8')).toBe(EXISTING);
  });
});

describe('where the hook goes', () => {
  test('a custom core.hooksPath is honoured, also when installing from a subdirectory', () => {
    const repo = newRepo();
    fakeKeyguard(repo, 0);
    repo.git('config', 'core.hooksPath', '.githooks');
    mkdirSync(repo.path('src/deep'), { recursive: true });
    const result = repo.keyguard(['install'], { cwd: repo.path('src/deep') });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wrote .githooks/pre-commit');
    expect(isExecutable(repo.path('.githooks/pre-commit'))).toBe(true);
    expect(existsSync(repo.path('.git/hooks/pre-commit'))).toBe(false);
    expect(existsSync(repo.path('src/deep/.githooks'))).toBe(false);
    expect(commit(repo).code).toBe(0);
    expect(hookLog(repo)).toBe('keyguard scan --staged\n');
  });

  test('a core.hooksPath from the global config is refused (its hooks serve every repository)', () => {
    const repo = newRepo();
    fakeKeyguard(repo, 0);
    const shared = path.join(repo.home, 'shared-hooks');
    writeFileSync(path.join(repo.home, '.gitconfig'), `[core]\n\thooksPath = ${shared}\n`);
    const result = repo.keyguard(['install']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('global git config');
    expect(existsSync(shared)).toBe(false);
  });

  test('from a linked worktree the hook goes to the shared hooks directory', () => {
    const repo = newRepo();
    expect(commit(repo).code).toBe(0); // a worktree needs a commit to check out
    const worktree = path.join(path.dirname(repo.dir), 'worktree');
    repo.git('worktree', 'add', '-q', worktree);
    fakeKeyguard(repo, 0, '../worktree');
    expect(repo.keyguard(['install'], { cwd: worktree }).code).toBe(0);
    expect(existsSync(repo.path('.git/hooks/pre-commit'))).toBe(true);
    expect(commit(repo, {}, worktree).code).toBe(0);
    expect(hookLog(repo)).toBe('keyguard scan --staged\n');
  });
});

describe('where install refuses', () => {
  test('outside a git work tree: exit 2, nothing written', () => {
    const repo = newRepo();
    const outside = path.join(path.dirname(repo.dir), 'not-a-repo');
    mkdirSync(outside);
    const result = repo.keyguard(['install'], { cwd: outside });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not inside a git work tree');
    expect(readdirSync(outside)).toEqual([]);
  });

  test('in a bare repository: exit 2, no hook written', () => {
    const repo = newRepo();
    const bare = path.join(path.dirname(repo.dir), 'bare.git');
    repo.git('init', '-q', '--bare', bare);
    const hooks = path.join(bare, 'hooks');
    const listHooks = () => (existsSync(hooks) ? readdirSync(hooks) : []);
    const hooksBefore = listHooks();
    const result = repo.keyguard(['install'], { cwd: bare });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bare repository');
    expect(listHooks()).toEqual(hooksBefore);
  });
});
