import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unchangedBy } from './helpers/repo-state';
import { expectNoSecretLeaked, installHook, plant, repoWithHistory, scanJson, useSuite } from './helpers/suite';
import { capturedOutputs, TempRepo } from './helpers/temp-repo';

/**
 * Issue 7, "guarantees": a scan that could not read what is staged is an error, never a pass; and
 * keyguard never reaches the network, whatever it is asked to do.
 */
useSuite();

/**
 * A git on PATH that passes every call through except the staged patch, whose output `filter`
 * (a shell pipeline stage) rewrites: a stand-in for a broken or interfering git.
 */
function gitWithPatchFilter(repo: TempRepo, name: string, filter: string): NodeJS.ProcessEnv {
  const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
  const bin = path.join(repo.home, name);
  mkdirSync(bin);
  writeFileSync(
    path.join(bin, 'git'),
    `#!/bin/sh\ncase " $* " in\n  *" --name-status "*) exec '${realGit}' "$@" ;;\n` +
      `  *" diff --cached "*) '${realGit}' "$@" | ${filter}; exit 0 ;;\n  *) exec '${realGit}' "$@" ;;\nesac\n`,
  );
  chmodSync(path.join(bin, 'git'), 0o755);
  return { PATH: `${bin}:${repo.env.PATH}` };
}

describe('a scan that read nothing (or not everything) is an error, not a pass', () => {
  it('git listed staged files but printed no patch: exit 2, blocked', () => {
    const repo = repoWithHistory();
    const fake = plant('github-pat');
    repo.write('conf.env', `${fake.line}\n`).git('add', '.');
    const env = gitWithPatchFilter(repo, 'silent-git', 'cat >/dev/null');
    const result = unchangedBy(repo, () => repo.keyguard(['scan'], { env }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('git listed 1 staged files but printed 0 file diffs');
    expect(result.stderr).toContain('blocked');
  });

  it('a patch cut short inside a hunk: exit 2, blocked, though the lines read so far were clean', () => {
    const repo = repoWithHistory();
    const fake = plant('stripe-secret-key');
    repo.write('pay.env', `CURRENCY=eur\n${fake.line}\n`).git('add', '.');
    const env = gitWithPatchFilter(repo, 'truncating-git', "sed '$d'"); // drops the last line: the secret
    const result = unchangedBy(repo, () => repo.keyguard(['scan'], { env }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('could not read every added line');
    expect(result.stderr).toContain('git commit --no-verify');
  });

  it('a patch whose file sections cannot be told apart: exit 2', () => {
    const repo = repoWithHistory();
    repo.write('a.txt', 'a\n').write('b.txt', 'b\n').git('add', '.');
    const env = gitWithPatchFilter(repo, 'merging-git', "sed '2,$ s/^diff --git /  diff --git /'");
    const result = unchangedBy(repo, () => repo.keyguard(['scan'], { env }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('blocked');
  });
});

describe('never reaches the network', () => {
  const preload = path.join(__dirname, 'helpers', 'no-network.js');

  function guarded(repo: TempRepo): { env: NodeJS.ProcessEnv; attempts: () => string } {
    const log = path.join(repo.home, 'network-attempts.log');
    return {
      env: { NODE_OPTIONS: `--require ${preload}`, KEYGUARD_TEST_NETWORK_LOG: log },
      attempts: () => (existsSync(log) ? readFileSync(log, 'utf8') : ''),
    };
  }

  it('the guard itself catches a connection attempt (so its silence below means something)', () => {
    const repo = repoWithHistory();
    const { env, attempts } = guarded(repo);
    const probe = spawnSync(process.execPath, ['-e', "require('net').connect(80, 'example.invalid')"], {
      env: { ...repo.env, ...env },
      encoding: 'utf8',
    });
    expect(probe.status).not.toBe(0);
    expect(attempts()).toBe('net.connect\n');
  });

  it('scan, allow, install, a hook-run commit and uninstall make no network call', () => {
    const repo = repoWithHistory();
    const { env, attempts } = guarded(repo);
    const fake = plant('openai-api-key');
    repo.write('ai.env', `${fake.line}\n`).git('add', '.');
    const found = scanJson(repo, { env });
    expect(found.code).toBe(1);
    expect(repo.keyguard(['allow', found.findings[0].fingerprint, '--reason', 'test'], { env }).code).toBe(0);
    expect(repo.keyguard(['scan', '--verbose'], { env }).code).toBe(0);
    installHook(repo, { env, commitGitignore: true });
    repo.git('add', '.keyguardignore');
    const commit = spawnSync('git', ['commit', '-q', '-m', 'allowed key'], { cwd: repo.dir, env: { ...repo.env, ...env }, encoding: 'utf8' });
    capturedOutputs.push(commit.stdout, commit.stderr);
    expect(commit.status).toBe(0);
    expect(repo.keyguard(['uninstall'], { env }).code).toBe(0);
    expect(repo.keyguard(['--version'], { env }).code).toBe(0);
    expect(attempts()).toBe('');
  });
});

describe('secrecy', () => {
  it('never printed a planted secret', () => expectNoSecretLeaked(3));
});
