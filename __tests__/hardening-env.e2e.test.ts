import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stateOf, unchangedBy, workTreeState } from './helpers/repo-state';
import { expectNoSecretLeaked, installHook, plant, repoWithHistory, scanJson, useSuite, where } from './helpers/suite';
import { capturedOutputs, KEYGUARD_BIN, KEYGUARD_ROOT, RunResult, TempRepo } from './helpers/temp-repo';

/**
 * Issue 7, "environment": where and how the hook is started. Whatever is missing or odd, a secret
 * still blocks, and anything keyguard cannot handle blocks with exit 2 and a message naming the fix.
 */
useSuite();

/** Runs the real CLI with exactly `env` (nothing merged in) and optional uid/gid. */
function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv, ids: { uid?: number; gid?: number } = {}): RunResult {
  const result = spawnSync(process.execPath, [KEYGUARD_BIN, ...args], { cwd, env, encoding: 'utf8', ...ids });
  if (result.error) throw result.error;
  capturedOutputs.push(result.stdout, result.stderr);
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function stagedSecret(repo: TempRepo, file = 'conf/app.env'): string {
  const fake = plant('github-pat');
  repo.write(file, `# conf\n${fake.line}\n`).git('add', '.');
  return file;
}

describe('environment', () => {
  it('HOME unset: still scans and blocks', () => {
    const repo = repoWithHistory();
    const file = stagedSecret(repo);
    const env = { ...repo.env };
    delete env.HOME;
    const result = unchangedBy(repo, () => runCli(['scan', '--format', 'json'], repo.dir, env));
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((finding: { file: string; line: number }) => [finding.file, finding.line])).toEqual([[file, 2]]);
  });

  it('from a deep subdirectory: paths are reported from the repository root', () => {
    const repo = repoWithHistory();
    const file = stagedSecret(repo, 'pkg/a/b/secret.env');
    mkdirSync(repo.path('other/deep'), { recursive: true });
    const scan = unchangedBy(repo, () => scanJson(repo, { cwd: repo.path('other/deep') }));
    expect(where(scan)).toEqual([['github-pat', file, 2]]);
  });

  it('a read-only repository: the secret still blocks, and nothing is written', () => {
    const repo = repoWithHistory();
    const file = stagedSecret(repo);
    // As root, permissions do not stop writes: run as `nobody` then (git needs safe.directory for
    // a repository it does not own).
    const asRoot = process.getuid?.() === 0;
    const ids = asRoot ? { uid: 65534, gid: 65534 } : {};
    if (asRoot) {
      writeFileSync(path.join(repo.home, '.gitconfig'), '[safe]\n\tdirectory = *\n');
      chmodSync(path.dirname(repo.dir), 0o755);
      chmodSync(repo.home, 0o755);
    }
    spawnSync('chmod', ['-R', 'a-w', repo.dir]);
    try {
      const before = stateOf(repo.dir, repo.env);
      const result = runCli(['scan', '--staged', '--format', 'json'], repo.dir, repo.env, ids);
      expect(stateOf(repo.dir, repo.env)).toEqual(before);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      expect(JSON.parse(result.stdout).findings.map((finding: { file: string }) => finding.file)).toEqual([file]);
    } finally {
      spawnSync('chmod', ['-R', 'u+w', repo.dir]);
    }
  });

  it('git missing from PATH: exit 2, says so, blocks', () => {
    const repo = repoWithHistory();
    stagedSecret(repo);
    const result = runCli(['scan'], repo.dir, { ...repo.env, PATH: path.join(repo.home, 'no-git-here') });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('git was not found on the PATH');
    expect(result.stderr).toContain('blocked');
    expect(result.stderr).toContain('git commit --no-verify');
  });

  it('a git older than supported: exit 2, names the version and the fix', () => {
    const repo = repoWithHistory();
    stagedSecret(repo);
    // A stand-in for an old git: finds the repository, then rejects an option it does not know.
    const bin = path.join(repo.home, 'old-git');
    mkdirSync(bin);
    const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh\ncase "$*" in\n  --version) echo 'git version 2.11.0' ;;\n  rev-parse*) exec '${realGit}' "$@" ;;\n` +
        `  *) echo "error: unknown option \\\`no-textconv'" >&2; exit 129 ;;\nesac\n`,
    );
    chmodSync(path.join(bin, 'git'), 0o755);
    const result = runCli(['scan'], repo.dir, { ...repo.env, PATH: `${bin}:${repo.env.PATH}` });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('git version 2.11.0 is older than git 2.20.0');
    expect(result.stderr).toContain('upgrade git');
    expect(result.stderr).toContain('git commit --no-verify');
  });

  it("re2's native module failing to load blocks the commit and names `npm rebuild re2`", () => {
    const repo = repoWithHistory();
    installHook(repo, { commitGitignore: true });
    stagedSecret(repo);
    // What a re2 built for another Node.js, or never built, looks like to require().
    const preload = path.join(repo.home, 'break-re2.js');
    writeFileSync(
      preload,
      `const Module = require('module');\nconst load = Module._load;\nModule._load = function (request, ...rest) {\n` +
        `  if (request === 're2') throw new Error("Cannot find module '../build/Release/re2.node'\\nRequire stack:\\n- node_modules/re2/re2.js");\n` +
        `  return load.call(this, request, ...rest);\n};\n`,
    );
    const before = workTreeState(repo);
    const blocked = spawnSync('git', ['commit', '-m', 'x'], { cwd: repo.dir, env: { ...repo.env, NODE_OPTIONS: `--require ${preload}` }, encoding: 'utf8' });
    capturedOutputs.push(blocked.stdout, blocked.stderr);
    expect(blocked.status).not.toBe(0);
    expect(blocked.stderr).toContain('npm rebuild re2');
    expect(blocked.stderr).toContain('git commit --no-verify');
    expect(workTreeState(repo)).toEqual(before);
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('2');
  });
});

describe('concurrency', () => {
  function commitAsync(repo: TempRepo, cwd: string): Promise<RunResult> {
    return new Promise((resolve) => {
      const child = spawn('git', ['commit', '-m', `from ${path.basename(cwd)}`], { cwd, env: repo.env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => {
        capturedOutputs.push(stdout, stderr);
        resolve({ code: code ?? -1, stdout, stderr });
      });
    });
  }

  it('two commits in two worktrees at once: each hook scans its own index', async () => {
    const repo = repoWithHistory();
    installHook(repo, { commitGitignore: true });
    const worktree = path.join(repo.home, 'second');
    repo.git('worktree', 'add', '-q', '--detach', worktree);
    mkdirSync(path.join(worktree, 'node_modules'));
    symlinkSync(KEYGUARD_ROOT, path.join(worktree, 'node_modules', 'keyguard'));
    const fake = plant('stripe-secret-key');
    repo.write('leak.env', `${fake.line}\n`).git('add', 'leak.env');
    writeFileSync(path.join(worktree, 'clean.txt'), 'nothing secret\n');
    spawnSync('git', ['add', 'clean.txt'], { cwd: worktree, env: repo.env });

    for (let round = 0; round < 3; round++) {
      const [blocked, clean] = await Promise.all([commitAsync(repo, repo.dir), commitAsync(repo, worktree)]);
      expect(blocked.code).not.toBe(0);
      expect(blocked.stderr).toContain('leak.env:1:');
      expect(blocked.stderr).not.toContain('clean.txt');
      if (round === 0) {
        expect(clean.code).toBe(0);
      } else {
        expect(clean.stderr + clean.stdout).toMatch(/nothing to commit|nothing added to commit/);
      }
    }
    expect(spawnSync('git', ['show', '--name-only', '--format=', 'HEAD'], { cwd: worktree, encoding: 'utf8' }).stdout.trim()).toBe('clean.txt');
  });
});

describe('secrecy', () => {
  it('never printed a planted secret', () => expectNoSecretLeaked(7));
});
