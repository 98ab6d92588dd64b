import { commitFile, expectNoSecretLeaked, JsonScan, newRepo, plant, scanJson, useSuite } from './helpers/suite';
import { TempRepo } from './helpers/temp-repo';
import { keyguardOnTerminal } from './helpers/terminal';

/** `keyguard scan --range`: the lines each commit of a range added, on real repositories. */
useSuite();

function scanRange(repo: TempRepo, range: string): JsonScan {
  return scanJson(repo, { args: ['--range', range] });
}

describe('keyguard scan --range', () => {
  it('finds a secret added two commits back and names its commit', () => {
    const repo = newRepo();
    commitFile(repo, 'README.md', '# demo\n', 'initial');
    const fake = plant('github-pat');
    const culprit = commitFile(repo, 'config/app.env', `MODE=prod\n${fake.line}\n`, 'add config');
    commitFile(repo, 'src/a.js', 'export const a = 1;\n', 'feature');
    commitFile(repo, 'src/b.js', 'export const b = 2;\n', 'more');

    const human = repo.keyguard(['scan', '--range', 'HEAD~3..HEAD']);
    expect(human.code).toBe(1);
    expect(human.stderr).toContain(`${culprit}:config/app.env:2:`);
    expect(human.stderr).toContain('found in commits HEAD~3..HEAD');
    expect(human.stderr).toMatch(/scanned 3 commits, 3 files, 4 added lines, 1 finding/);

    const report = scanRange(repo, 'HEAD~3..HEAD');
    expect(report.code).toBe(1);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ ruleId: 'github-pat', file: 'config/app.env', line: 2, commit: culprit });
    expect(report.stats.commits).toBe(3);

    // The range stops where asked: the commit before the secret scans clean.
    expect(repo.keyguard(['scan', '--range', 'HEAD~1..HEAD']).code).toBe(0);
  });

  it('keeps an allowed fingerprint allowed', () => {
    const repo = newRepo();
    commitFile(repo, 'README.md', '# demo\n', 'initial');
    const fake = plant('stripe-secret-key');
    commitFile(repo, 'billing.env', `${fake.line}\n`, 'billing');
    const report = scanRange(repo, 'HEAD~1..HEAD');
    const fingerprint = String(report.findings[0].fingerprint);
    expect(repo.keyguard(['allow', fingerprint, '--reason', 'test fixture']).code).toBe(0);
    commitFile(repo, 'notes.txt', 'allowed\n', 'allow it');
    const again = repo.keyguard(['scan', '--range', 'HEAD~2..HEAD']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/scanned 2 commits, .*0 findings, 1 allowed/);
  });

  it('scans a single commit, including a root commit', () => {
    const repo = newRepo();
    const fake = plant('anthropic-api-key');
    const root = commitFile(repo, '.env', `${fake.line}\n`, 'root');
    commitFile(repo, 'README.md', '# demo\n', 'second');
    const report = scanRange(repo, root);
    expect(report.code).toBe(1);
    expect(report.stats.commits).toBe(1);
    expect(report.findings[0]).toMatchObject({ file: '.env', line: 1, commit: root });
    expect(scanRange(repo, 'HEAD').code).toBe(0); // a lone revision is that commit, not its history
  });

  it('finds a secret that a later commit removed', () => {
    const repo = newRepo();
    commitFile(repo, 'README.md', '# demo\n', 'initial');
    const fake = plant('slack-bot-token');
    const added = commitFile(repo, 'notify.sh', `export ${fake.line}\n`, 'add');
    commitFile(repo, 'notify.sh', 'export SLACK_BOT_TOKEN="$FROM_VAULT"\n', 'remove');
    const report = scanRange(repo, 'HEAD~2..HEAD');
    expect(report.findings.map((finding) => finding.commit)).toEqual([added]);
  });

  it('scans merged branch commits once, in the commit that added the secret, not in the merge', () => {
    const repo = newRepo();
    commitFile(repo, 'README.md', '# demo\n', 'initial');
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '-q', '-b', 'feature');
    const fake = plant('openai-api-key');
    const featureCommit = commitFile(repo, 'ai/client.env', `${fake.line}\n`, 'feature');
    repo.git('checkout', '-q', 'main');
    commitFile(repo, 'main.txt', 'main work\n', 'main');
    repo.git('merge', '-q', '--no-edit', 'feature');
    const report = scanRange(repo, `${base}..HEAD`);
    expect(report.stats.commits).toBe(3); // feature, main and the merge
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0].commit).toBe(featureCommit);
  });

  it('reports paths with spaces and non-ASCII characters exactly', () => {
    const repo = newRepo();
    commitFile(repo, 'README.md', '# demo\n', 'initial');
    const fake = plant('npm-access-token');
    commitFile(repo, 'cønfig dir/my "npm" rc', `${fake.line}\n`, 'odd name');
    const report = scanRange(repo, 'HEAD~1..HEAD');
    expect(report.findings[0].file).toBe('cønfig dir/my "npm" rc');
  });

  it('handles deletions, renames and binary files in the range', () => {
    const repo = newRepo();
    commitFile(repo, 'old.txt', 'hello\n', 'initial');
    repo.git('mv', 'old.txt', 'new.txt');
    repo.git('commit', '-q', '-m', 'rename');
    commitFile(repo, 'blob.bin', Buffer.from([0, 1, 2, 3]).toString('latin1'), 'binary');
    repo.git('rm', '-q', 'new.txt');
    repo.git('commit', '-q', '-m', 'delete');
    const result = repo.keyguard(['scan', '--range', 'HEAD~3..HEAD', '--verbose']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('skipped blob.bin (binary)');
    expect(result.stderr).toContain('scanned 3 commits');
  });

  it('exits 2 on a revision git does not know, and refuses an option as a range', () => {
    const repo = newRepo();
    commitFile(repo, 'README.md', '# demo\n', 'initial');
    const unknown = repo.keyguard(['scan', '--range', 'nosuchbranch..HEAD']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('nosuchbranch');
    const option = repo.keyguard(['scan', '--range=--output=/tmp/x']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--range needs a revision range');
  });

  it('draws a progress bar only when stderr is a terminal', () => {
    const repo = newRepo();
    for (let i = 0; i < 3; i++) commitFile(repo, `f${i}.txt`, `${i}\n`, `c${i}`);
    const plain = repo.keyguard(['scan', '--range', 'HEAD~2..HEAD']);
    expect(plain.stderr).not.toContain('\r');
    const terminal = keyguardOnTerminal(repo, ['scan', '--range', 'HEAD~2..HEAD']);
    if (terminal === undefined) return; // no script(1) on this machine
    expect(terminal).toContain('2/2 commits');
    expect(terminal).toContain('scanned 2 commits');
  });
});

describe('secrecy', () => {
  it('never printed a planted secret in full', () => expectNoSecretLeaked(6));
});
