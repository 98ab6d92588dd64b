import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stateOf, unchangedBy, workTreeState } from './helpers/repo-state';
import { expectNoSecretLeaked, installHook, newRepo, plant, repoWithHistory, scanJson, useSuite, where } from './helpers/suite';
import { capturedOutputs, TempRepo } from './helpers/temp-repo';

/**
 * Issue 7, "git states": every way a commit can come about, on real repositories. Each scan must
 * report exactly the secrets the commit adds, at their line in the staged version, and change
 * nothing (index, status, work tree and .git compared byte for byte).
 */
useSuite();

/** Commits whatever is staged without running hooks: history that already holds a secret. */
function commitUnchecked(repo: TempRepo, message: string): void {
  repo.git('commit', '-q', '--no-verify', '-m', message);
}

describe('merges', () => {
  it('scans what a clean merge brings in from the other branch', () => {
    const repo = repoWithHistory();
    const fake = plant('stripe-secret-key');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('billing/pay.env', `# billing\n${fake.line}\n`).git('add', '.');
    commitUnchecked(repo, 'feature');
    repo.git('checkout', '-q', 'main');
    repo.write('other.txt', 'unrelated\n').git('add', '.');
    commitUnchecked(repo, 'main work');
    repo.git('merge', '-q', '--no-commit', '--no-ff', 'feature');
    const scan = unchangedBy(repo, () => scanJson(repo));
    expect(where(scan)).toEqual([['stripe-secret-key', 'billing/pay.env', 2]]);
  });

  it('scans the cleanly merged files while conflicts are unresolved, then the resolution', () => {
    const repo = repoWithHistory();
    const merged = plant('slack-bot-token');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('README.md', '# feature title\n').write('A-first.env', `${merged.line}\n`).write('z-last.txt', 'z\n').git('add', '.');
    commitUnchecked(repo, 'feature');
    repo.git('checkout', '-q', 'main');
    repo.write('README.md', '# main title\n').git('add', '.');
    commitUnchecked(repo, 'main');
    expect(repo.gitResult('merge', '-q', 'feature').code).not.toBe(0);
    // The files merged cleanly are staged around the conflicted one ("* Unmerged path README.md").
    const during = unchangedBy(repo, () => scanJson(repo));
    expect(where(during)).toEqual([['slack-bot-token', 'A-first.env', 1]]);

    const fake = plant('github-pat');
    repo.write('README.md', `# merged title\n\n${fake.line}\n`).git('add', 'README.md');
    const after = unchangedBy(repo, () => scanJson(repo));
    expect(where(after).sort()).toEqual([
      ['github-pat', 'README.md', 3],
      ['slack-bot-token', 'A-first.env', 1],
    ]);
  });
});

describe('commit variants through the installed hook', () => {
  it('`git commit <path>` scans that path, though it was never staged', () => {
    const repo = repoWithHistory();
    installHook(repo, { commitGitignore: true });
    const fake = plant('slack-bot-token');
    repo.write('README.md', `# demo\n${fake.line}\n`);
    const before = workTreeState(repo);
    const blocked = repo.gitResult('commit', '-m', 'readme', 'README.md');
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain('README.md:2:');
    expect(workTreeState(repo)).toEqual(before);
  });

  it('`git commit <path>` ignores a secret staged in another path (it is not in that commit)', () => {
    const repo = repoWithHistory();
    installHook(repo, { commitGitignore: true });
    const fake = plant('openai-api-key');
    repo.write('staged.env', `${fake.line}\n`).git('add', 'staged.env');
    repo.write('README.md', '# demo\nmore text\n');
    const committed = repo.gitResult('commit', '-q', '-m', 'readme only', 'README.md');
    expect(committed.code).toBe(0);
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').trim()).toBe('README.md');
    expect(repo.git('diff', '--cached', '--name-only').trim()).toBe('staged.env'); // still staged, for the next commit
  });

  it('`git commit --amend` scans what the amended commit adds', () => {
    const repo = repoWithHistory();
    installHook(repo, { commitGitignore: true });
    const fake = plant('anthropic-api-key');
    repo.write('client.ts', 'export const client = null;\n').git('add', 'client.ts');
    expect(repo.gitResult('commit', '-q', '-m', 'client').code).toBe(0);
    repo.write('client.ts', `export const client = null;\nconst key = "${fake.secret}";\n`).git('add', 'client.ts');
    const before = workTreeState(repo);
    const blocked = repo.gitResult('commit', '--amend', '--no-edit');
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain('client.ts:2:');
    expect(workTreeState(repo)).toEqual(before);
    expect(repo.git('show', 'HEAD:client.ts')).toBe('export const client = null;\n');
  });

  it('an empty commit passes', () => {
    const repo = repoWithHistory();
    installHook(repo, { commitGitignore: true });
    const result = repo.gitResult('commit', '-q', '--allow-empty', '-m', 'empty');
    expect(result.code).toBe(0);
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('3');
  });
});

describe('partial staging (what `git add -p` leaves behind)', () => {
  const original = Array.from({ length: 10 }, (_, index) => `line ${index + 1}`);

  it('scans only the staged half, at its line in the staged version', () => {
    const repo = repoWithHistory();
    repo.write('app.cfg', `${original.join('\n')}\n`).git('add', '.');
    commitUnchecked(repo, 'cfg');
    const fake = plant('aws-access-key-id');
    const staged = [...original.slice(0, 8), fake.line, ...original.slice(8)];
    repo.write('app.cfg', `${staged.join('\n')}\n`).git('add', 'app.cfg');
    repo.write('app.cfg', `${['new 1', 'new 2', 'new 3', ...staged].join('\n')}\n`); // unstaged lines above
    const scan = unchangedBy(repo, () => scanJson(repo));
    expect(where(scan)).toEqual([['aws-access-key-id', 'app.cfg', 9]]);
  });

  it('ignores the unstaged half', () => {
    const repo = repoWithHistory();
    repo.write('app.cfg', `${original.join('\n')}\n`).git('add', '.');
    commitUnchecked(repo, 'cfg');
    const fake = plant('aws-access-key-id');
    repo.write('app.cfg', `${['header', ...original].join('\n')}\n`).git('add', 'app.cfg');
    repo.write('app.cfg', `${['header', ...original, fake.line].join('\n')}\n`);
    const scan = unchangedBy(repo, () => scanJson(repo));
    expect(scan.code).toBe(0);
    expect(scan.stderr).toBe('');
  });
});

describe('renames, copies, modes and deletions', () => {
  it('a renamed file reports only the secret added to it, at its new path and line', () => {
    const repo = repoWithHistory();
    const old = Array.from({ length: 10 }, (_, index) => `setting_${index} = ${index}`);
    repo.write('old/settings.ini', `${old.join('\n')}\n`).git('add', '.');
    commitUnchecked(repo, 'settings');
    mkdirSync(repo.path('new'));
    repo.git('mv', 'old/settings.ini', 'new/settings.ini');
    const fake = plant('huggingface-access-token');
    repo.write('new/settings.ini', `${[...old, fake.line].join('\n')}\n`).git('add', '.');
    expect(repo.git('diff', '--cached', '-M', '--name-status')).toMatch(/^R\d+\s+old\/settings.ini\s+new\/settings.ini/);
    const scan = unchangedBy(repo, () => scanJson(repo));
    expect(where(scan)).toEqual([['huggingface-access-token', 'new/settings.ini', 11]]);
  });

  it('a copy with a secret added reports it at the copy', () => {
    const repo = repoWithHistory();
    const body = Array.from({ length: 10 }, (_, index) => `key_${index}: value ${index}`);
    repo.write('a.yml', `${body.join('\n')}\n`).git('add', '.');
    commitUnchecked(repo, 'a');
    const fake = plant('npm-access-token');
    repo.write('b.yml', `${[...body.slice(0, 5), fake.line, ...body.slice(5)].join('\n')}\n`).git('add', '.');
    const scan = unchangedBy(repo, () => scanJson(repo));
    expect(where(scan)).toEqual([['npm-access-token', 'b.yml', 6]]);
  });

  it('a mode-only change of a file that already holds a secret adds nothing', () => {
    const repo = repoWithHistory();
    const fake = plant('github-pat');
    repo.write('deploy.sh', `#!/bin/sh\n${fake.line}\n`).git('add', '.');
    commitUnchecked(repo, 'deploy (secret already in history)');
    chmodSync(repo.path('deploy.sh'), 0o755);
    repo.git('add', 'deploy.sh');
    expect(repo.git('diff', '--cached', '--summary')).toContain('mode change 100644 => 100755');
    const scan = unchangedBy(repo, () => scanJson(repo));
    expect(scan.code).toBe(0);
    expect(scan.findings).toEqual([]);
  });

  it('deleting a file that holds a secret passes', () => {
    const repo = repoWithHistory();
    const fake = plant('google-api-key');
    repo.write('maps.env', `${fake.line}\n`).git('add', '.');
    commitUnchecked(repo, 'maps');
    repo.git('rm', '-q', 'maps.env');
    const scan = unchangedBy(repo, () => scanJson(repo));
    expect(scan.code).toBe(0);
    expect(scan.findings).toEqual([]);
  });
});

describe('submodules and symlinks', () => {
  /** Records a gitlink (a submodule pointer) in the index without cloning anything. */
  function stageGitlink(repo: TempRepo, commit: string): void {
    repo.git('update-index', '--add', '--cacheinfo', `160000,${commit},vendor/lib`);
  }

  it('a submodule pointer change passes, and a token in its URL is reported', () => {
    const repo = repoWithHistory();
    const first = repo.git('rev-parse', 'HEAD').trim();
    repo.write('.gitmodules', '[submodule "vendor/lib"]\n\tpath = vendor/lib\n\turl = https://github.com/acme/lib.git\n');
    repo.git('add', '.gitmodules');
    stageGitlink(repo, first);
    commitUnchecked(repo, 'submodule');
    stageGitlink(repo, 'c'.repeat(40));
    const moved = unchangedBy(repo, () => scanJson(repo));
    expect(moved.code).toBe(0);
    expect(moved.stderr).toBe('');

    const fake = plant('github-pat');
    repo.write('.gitmodules', `[submodule "vendor/lib"]\n\tpath = vendor/lib\n\turl = https://x-access-token:${fake.secret}@github.com/acme/lib.git\n`);
    repo.git('add', '.gitmodules');
    const withToken = unchangedBy(repo, () => scanJson(repo));
    // The URL-credentials detector may report the same token too; what matters is where.
    expect(where(withToken)).toContainEqual(['github-pat', '.gitmodules', 3]);
    expect(withToken.findings.every((finding) => finding.file === '.gitmodules' && finding.line === 3)).toBe(true);
  });

  it('a symlink is scanned as what git stores (its target), never followed', () => {
    const repo = repoWithHistory();
    const outside = plant('github-pat');
    writeFileSync(path.join(repo.home, 'outside.env'), `${outside.line}\n`);
    symlinkSync(path.join(repo.home, 'outside.env'), repo.path('outside-link'));
    const inTarget = plant('replicate-api-token');
    symlinkSync(inTarget.secret, repo.path('token-link'));
    repo.git('add', 'outside-link', 'token-link');
    const scan = unchangedBy(repo, () => scanJson(repo), [repo.home]);
    expect(where(scan)).toEqual([['replicate-api-token', 'token-link', 1]]);
  });
});

describe('where the repository lives', () => {
  it('in a linked worktree, scans that worktree’s index only', () => {
    const repo = repoWithHistory();
    const worktree = path.join(repo.home, 'linked tree');
    repo.git('worktree', 'add', '-q', '--detach', worktree);
    const fake = plant('slack-user-token');
    writeFileSync(path.join(worktree, 'chat.env'), `# chat\n${fake.line}\n`);
    spawnSync('git', ['add', 'chat.env'], { cwd: worktree, env: repo.env });
    const inWorktree = unchangedBy(repo, () => scanJson(repo, { cwd: worktree }), [worktree]);
    expect(where(inWorktree)).toEqual([['slack-user-token', 'chat.env', 2]]);
    expect(scanJson(repo).findings).toEqual([]);
  });

  it('honours GIT_DIR and GIT_WORK_TREE when run from outside the work tree', () => {
    const repo = repoWithHistory();
    const fake = plant('openai-api-key');
    repo.write('svc/ai.env', `${fake.line}\n`).git('add', '.');
    const env = { GIT_DIR: path.join(repo.dir, '.git'), GIT_WORK_TREE: repo.dir };
    const scan = unchangedBy(repo, () => scanJson(repo, { cwd: repo.home, env }));
    expect(where(scan)).toEqual([['openai-api-key', 'svc/ai.env', 1]]);
  });

  it('works with a separate git directory (`git init --separate-git-dir`)', () => {
    const repo = newRepo();
    const work = path.join(repo.home, 'work');
    mkdirSync(work);
    const git = (...args: string[]) => spawnSync('git', args, { cwd: work, env: repo.env, encoding: 'utf8' });
    expect(git('init', '-q', '-b', 'main', `--separate-git-dir=${path.join(repo.home, 'gitdir')}`).status).toBe(0);
    const fake = plant('github-fine-grained-pat');
    writeFileSync(path.join(work, 'ci.env'), `${fake.line}\n`);
    git('add', 'ci.env');
    const before = stateOf(work, repo.env, [path.join(repo.home, 'gitdir')]);
    const scan = scanJson(repo, { cwd: work });
    expect(stateOf(work, repo.env, [path.join(repo.home, 'gitdir')])).toEqual(before);
    expect(where(scan)).toEqual([['github-fine-grained-pat', 'ci.env', 1]]);
  });

  it('works when reached through a symlink (like /tmp -> /private/tmp on macOS), from a subdirectory', () => {
    const repo = repoWithHistory();
    const link = path.join(repo.home, 'linked-repo');
    symlinkSync(repo.dir, link);
    const fake = plant('slack-webhook-url');
    repo.write('ops/notify.env', `${fake.line}\n`).git('add', '.');
    const scan = unchangedBy(repo, () => scanJson(repo, { cwd: path.join(link, 'ops') }));
    expect(where(scan)).toEqual([['slack-webhook-url', 'ops/notify.env', 1]]);
  });

  it('works in a repository whose path has spaces, quotes and unicode', () => {
    const repo = newRepo();
    const dir = path.join(repo.home, `my "odd" répo's dir`);
    mkdirSync(dir);
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, env: repo.env, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    const fake = plant('stripe-restricted-key');
    writeFileSync(path.join(dir, 'pay.env'), `A=1\n${fake.line}\n`);
    git('add', 'pay.env');
    const before = stateOf(dir, repo.env);
    const scan = scanJson(repo, { cwd: dir });
    expect(stateOf(dir, repo.env)).toEqual(before);
    expect(where(scan)).toEqual([['stripe-restricted-key', 'pay.env', 2]]);
  });
});

describe('secrecy', () => {
  it('never printed a planted secret', () => {
    expect(capturedOutputs.length).toBeGreaterThan(20);
    expectNoSecretLeaked(15);
  });
});
