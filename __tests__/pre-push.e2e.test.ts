import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { commitFile, expectNoSecretLeaked, linkKeyguard, newRepo, plant, useSuite } from './helpers/suite';
import { capturedOutputs, KEYGUARD_BIN, TempRepo } from './helpers/temp-repo';

/** `keyguard install --pre-push` on real repositories pushing to a real bare remote with `git push`. */
useSuite();

/** A repository with keyguard in node_modules, one pushed commit on main, and a bare remote `origin`. */
function pushedRepo(): TempRepo {
  const repo = newRepo();
  linkKeyguard(repo);
  repo.write('README.md', '# demo\n').git('add', '.');
  repo.git('commit', '-q', '-m', 'initial');
  const remote = path.join(repo.home, 'remote.git');
  repo.git('init', '-q', '--bare', remote);
  repo.git('remote', 'add', 'origin', remote);
  repo.git('push', '-q', 'origin', 'main');
  return repo;
}

function remoteHead(repo: TempRepo, branch: string): string {
  return repo.git('ls-remote', 'origin', `refs/heads/${branch}`).split('\t')[0];
}

describe('keyguard install --pre-push', () => {
  it('blocks a push whose commits add a secret, naming the commit, and lets clean pushes through', () => {
    const repo = pushedRepo();
    const install = repo.keyguard(['install', '--pre-push']);
    expect(install.code).toBe(0);
    expect(install.stdout).toContain('installed the pre-push hook');
    expect(existsSync(repo.path('.git/hooks/pre-commit'))).toBe(false); // only the hook asked for

    commitFile(repo, 'src/a.js', 'export const a = 1;\n');
    expect(repo.gitResult('push', '-q', 'origin', 'main').code).toBe(0);

    const fake = plant('github-pat');
    const culprit = commitFile(repo, 'deploy.env', `${fake.line}\n`);
    commitFile(repo, 'src/b.js', 'export const b = 2;\n');
    const before = remoteHead(repo, 'main');
    const blocked = repo.gitResult('push', 'origin', 'main');
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain(`${culprit}:deploy.env:1:`);
    expect(blocked.stderr).toContain('found in the commits being pushed to main. Push blocked.');
    expect(blocked.stderr).toContain('To push once without the scan: KEYGUARD=0 git push');
    expect(blocked.stderr).toContain('scanned 2 commits');
    expect(remoteHead(repo, 'main')).toBe(before);
  });

  it('scans only the commits a new branch adds, and skips deletions', () => {
    const repo = pushedRepo();
    expect(repo.keyguard(['install', '--pre-push']).code).toBe(0);
    repo.git('checkout', '-q', '-b', 'clean');
    commitFile(repo, 'clean.txt', 'fine\n');
    const clean = repo.gitResult('push', 'origin', 'clean');
    expect(clean.code).toBe(0);
    expect(clean.stderr).toContain('scanned 1 commit,'); // not main's history, which origin has

    repo.git('checkout', '-q', '-b', 'leaky');
    const fake = plant('stripe-secret-key');
    const culprit = commitFile(repo, 'pay.env', `${fake.line}\n`);
    const blocked = repo.gitResult('push', 'origin', 'leaky');
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain(`${culprit}:pay.env:1:`);
    expect(remoteHead(repo, 'leaky')).toBe('');

    const deletion = repo.gitResult('push', 'origin', '--delete', 'clean');
    expect(deletion.code).toBe(0);
    expect(remoteHead(repo, 'clean')).toBe('');
  });

  it("falls back to what the remotes have when the remote's old tip is not in this clone (a force push)", () => {
    const repo = pushedRepo();
    expect(repo.keyguard(['install', '--pre-push']).code).toBe(0);
    // Someone else pushes to main from another clone; this clone never fetches it.
    const other = path.join(repo.home, 'other');
    repo.git('clone', '-q', '-b', 'main', path.join(repo.home, 'remote.git'), other);
    spawnSync('git', ['commit', '-q', '--allow-empty', '-m', 'theirs'], { cwd: other, env: repo.env });
    expect(spawnSync('git', ['push', '-q', 'origin', 'main'], { cwd: other, env: repo.env }).status).toBe(0);

    const fake = plant('huggingface-access-token');
    const culprit = commitFile(repo, 'ml.env', `${fake.line}\n`);
    commitFile(repo, 'ok.txt', 'ok\n');
    const forced = repo.gitResult('push', '--force', 'origin', 'main');
    expect(forced.code).not.toBe(0);
    expect(forced.stderr).toContain(`${culprit}:ml.env:1:`);
    expect(forced.stderr).toContain('scanned 2 commits'); // not the initial commit, which origin/main has
  });

  it('keeps an existing pre-push hook, gives it the same stdin, and uninstall puts it back', () => {
    const repo = pushedRepo();
    const hook = repo.path('.git/hooks/pre-push');
    const log = path.join(repo.home, 'previous-hook.log');
    const previous = `#!/bin/sh\necho "args: $1" >> '${log}'\ncat >> '${log}'\n`;
    repo.write('.git/hooks/pre-push', previous);
    chmodSync(hook, 0o755);
    const install = repo.keyguard(['install', '--pre-push']);
    expect(install.code).toBe(0);
    expect(install.stdout).toContain('pre-push.keyguard-chained');
    expect(repo.keyguard(['install', '--pre-push']).stdout).toContain('nothing changed');

    const fake = plant('anthropic-api-key');
    commitFile(repo, 'ai.env', `${fake.line}\n`);
    const blocked = repo.gitResult('push', 'origin', 'main');
    expect(blocked.code).not.toBe(0);
    const sha = repo.git('rev-parse', 'HEAD').trim();
    const seen = readFileSync(log, 'utf8');
    expect(seen).toContain('args: origin');
    expect(seen).toContain(`refs/heads/main ${sha} refs/heads/main `); // the previous hook read git's line
    expect(blocked.stderr).toContain('ai.env:1:'); // and keyguard read it too

    const uninstall = repo.keyguard(['uninstall']);
    expect(uninstall.code).toBe(0);
    expect(uninstall.stdout).toContain('put back the hook that was there before keyguard');
    expect(readFileSync(hook, 'utf8')).toBe(previous);
    expect(existsSync(repo.path('.git/hooks/pre-push.keyguard-chained'))).toBe(false);
  });

  it('is skipped once with KEYGUARD=0, and removed by uninstall', () => {
    const repo = pushedRepo();
    expect(repo.keyguard(['install', '--pre-push']).code).toBe(0);
    const fake = plant('slack-bot-token');
    commitFile(repo, 'notify.sh', `export ${fake.line}\n`);
    const skipped = spawnSync('git', ['push', 'origin', 'main'], { cwd: repo.dir, env: { ...repo.env, KEYGUARD: '0' }, encoding: 'utf8' });
    capturedOutputs.push(skipped.stdout, skipped.stderr);
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toContain('keyguard: skipped (KEYGUARD=0)');
    expect(repo.keyguard(['uninstall']).stdout).toContain('removed .git/hooks/pre-push');
    expect(existsSync(repo.path('.git/hooks/pre-push'))).toBe(false);
  });

  it('adds its line to .husky/pre-push in a husky repository', () => {
    const repo = pushedRepo();
    repo.write('.husky/pre-commit', 'npm test\n');
    const install = repo.keyguard(['install', '--pre-push']);
    expect(install.code).toBe(0);
    const line = readFileSync(repo.path('.husky/pre-push'), 'utf8');
    expect(line).toContain('node ./node_modules/keyguard/bin/keyguard.js scan --pre-push');
    expect(readFileSync(repo.path('.husky/pre-commit'), 'utf8')).toBe('npm test\n');
    expect(repo.keyguard(['uninstall']).stdout).toContain('deleted .husky/pre-push');
    expect(existsSync(repo.path('.husky/pre-push'))).toBe(false);
  });
});

describe('keyguard scan --pre-push', () => {
  it('fails closed on input that is not git pre-push lines', () => {
    const repo = pushedRepo();
    const result = spawnSync(process.execPath, [KEYGUARD_BIN, 'scan', '--pre-push'], { cwd: repo.dir, env: repo.env, input: 'garbage\n', encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unexpected pre-push input line');
  });
});

describe('secrecy', () => {
  it('never printed a planted secret in full', () => expectNoSecretLeaked(5));
});
