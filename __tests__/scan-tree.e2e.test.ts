import { symlinkSync, unlinkSync } from 'node:fs';
import { expectNoSecretLeaked, newRepo, plant, scanJson, useSuite } from './helpers/suite';
import { keyguardOnTerminal } from './helpers/terminal';

/** `keyguard scan <path>...`: tracked files of the work tree, whole, on real repositories. */
useSuite();

describe('keyguard scan <path>...', () => {
  it('scans tracked files whole and never reads untracked or ignored ones', () => {
    const repo = newRepo();
    const [tracked, untracked, ignored] = [plant('github-pat'), plant('stripe-secret-key'), plant('openai-api-key')];
    repo.write('.gitignore', 'secrets.env\n');
    repo.write('config/app.env', `A=1\nB=2\n${tracked.line}\n`);
    repo.git('add', '.');
    repo.git('commit', '-q', '-m', 'initial');
    repo.write('scratch.env', `${untracked.line}\n`).write('secrets.env', `${ignored.line}\n`);

    const result = scanJson(repo, { args: ['.'] });
    expect(result.code).toBe(1);
    const found = result.findings;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'github-pat', file: 'config/app.env', line: 3 });
    expect(found[0].commit).toBeUndefined();

    const human = repo.keyguard(['scan', '.']);
    expect(human.stderr).toContain('found in the tracked files (.).');
    expect(human.stderr).toMatch(/scanned 2 files, 4 lines, 1 finding/);
  });

  it('takes files and directories relative to the current directory, and reports root-relative paths', () => {
    const repo = newRepo();
    const fake = plant('slack-bot-token');
    repo.write('pkg/a/deploy.sh', `export ${fake.line}\n`).write('pkg/b/clean.txt', 'ok\n').write('top.txt', 'top\n');
    repo.git('add', '.');
    const inA = scanJson(repo, { args: ['a'], cwd: repo.path('pkg') });
    expect(inA.findings.map((finding) => finding.file)).toEqual(['pkg/a/deploy.sh']);
    const inB = repo.keyguard(['scan', 'b', '../top.txt'], { cwd: repo.path('pkg') });
    expect(inB.code).toBe(0);
    expect(inB.stderr).toContain('scanned 2 files');
  });

  it('reads the work tree: an unstaged edit to a tracked file is scanned', () => {
    const repo = newRepo();
    repo.write('settings.py', 'DEBUG = True\n').git('add', '.');
    repo.git('commit', '-q', '-m', 'initial');
    const fake = plant('anthropic-api-key');
    repo.write('settings.py', `DEBUG = True\nANTHROPIC = "${fake.secret}"\n`);
    expect(scanJson(repo, { args: ['settings.py'] }).findings[0]).toMatchObject({ file: 'settings.py', line: 2 });
  });

  it('skips binary, excluded, symlinked and deleted files', () => {
    const repo = newRepo();
    const fake = plant('npm-access-token');
    repo.write('package.json', JSON.stringify({ name: 'demo', keyguard: { exclude: ['fixtures/**'] } }));
    repo.write('blob.bin', Buffer.concat([Buffer.from([0, 1, 0]), Buffer.from(fake.line)]));
    repo.write('fixtures/token.txt', `${fake.line}\n`);
    repo.write('gone.txt', `${fake.line}\n`);
    symlinkSync('fixtures/token.txt', repo.path('link.txt'));
    repo.git('add', '.');
    unlinkSync(repo.path('gone.txt'));
    const result = repo.keyguard(['scan', '.', '--verbose']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('skipped blob.bin (binary)');
    expect(result.stderr).toContain('skipped fixtures/token.txt (excluded by config)');
    expect(result.stderr).toMatch(/scanned 1 file, 1 line, 0 findings/); // package.json only
  });

  it('exits 2 naming a path that matches no tracked file', () => {
    const repo = newRepo();
    repo.write('a.txt', 'a\n').git('add', '.');
    const result = repo.keyguard(['scan', 'a.txt', 'nosuch']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no tracked file matches "nosuch"');
    expect(repo.keyguard(['scan', 'a.txt', '--range', 'HEAD']).code).toBe(2); // one mode at a time
  });

  it('draws a progress bar only when stderr is a terminal', () => {
    const repo = newRepo();
    for (let i = 0; i < 5; i++) repo.write(`f${i}.txt`, `${i}\n`);
    repo.git('add', '.');
    expect(repo.keyguard(['scan', '.']).stderr).not.toContain('\r');
    const terminal = keyguardOnTerminal(repo, ['scan', '.']);
    if (terminal === undefined) return; // no script(1) on this machine
    expect(terminal).toContain('5/5 files');
  });
});

describe('secrecy', () => {
  it('never printed a planted secret in full', () => expectNoSecretLeaked(6));
});
