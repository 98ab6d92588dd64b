import { readFileSync, statSync } from 'node:fs';
import { FakeSecret } from './helpers/fake-secrets';
import { expectNoSecretLeaked, newRepo, plant, scanJson, useSuite } from './helpers/suite';
import { TempRepo } from './helpers/temp-repo';

/** `keyguard baseline` on a legacy repository: old secrets recorded by fingerprint, new ones still block. */
useSuite();

/** A repository whose history already holds two secrets, in two files. */
function legacyRepo(): { repo: TempRepo; old: FakeSecret[] } {
  const repo = newRepo();
  const old = [plant('github-pat'), plant('stripe-secret-key')];
  repo.write('config/dev.env', `MODE=dev\n${old[0].line}\n`).write('billing/keys.py', `KEY = "${old[1].secret}"\n`);
  repo.write('README.md', '# legacy\n').git('add', '.');
  repo.git('commit', '-q', '-m', 'legacy');
  return { repo, old };
}

const baselineFile = (repo: TempRepo) => readFileSync(repo.path('.keyguard-baseline'), 'utf8');

describe('keyguard baseline', () => {
  it('records existing findings as sorted fingerprints only, and a re-run leaves the file byte-identical', () => {
    const { repo, old } = legacyRepo();
    const first = repo.keyguard(['baseline']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('wrote .keyguard-baseline: 2 findings in 3 tracked files (2 added, 0 removed)');
    const content = baselineFile(repo);
    const entries = content.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(entries).toHaveLength(2);
    expect(entries).toEqual([...entries].sort());
    expect(entries.map((entry) => entry.split(':')[0]).sort()).toEqual(['github-pat', 'stripe-secret-key']);
    for (const entry of entries) expect(entry).toMatch(/^[a-z0-9-]+:[0-9a-f]{16}$/);
    expect(content.startsWith('# keyguard baseline')).toBe(true);
    for (const fake of old) expect(content).not.toContain(fake.secret.slice(4, 14));
    expect(content).not.toContain('config/dev.env');

    const mtime = statSync(repo.path('.keyguard-baseline')).mtimeMs;
    const again = repo.keyguard(['baseline']);
    expect(again.stdout).toContain('is up to date (2 findings in 3 tracked files); nothing changed');
    expect(baselineFile(repo)).toBe(content);
    expect(statSync(repo.path('.keyguard-baseline')).mtimeMs).toBe(mtime);

    // Renaming a file and inserting lines above a secret changes nothing (no paths or lines are stored).
    repo.git('mv', 'config/dev.env', 'config/development.env');
    repo.write('config/development.env', `# moved\nREGION=eu\nMODE=dev\n${old[0].line}\n`);
    repo.git('add', '.');
    expect(repo.keyguard(['baseline']).stdout).toContain('nothing changed');
    expect(baselineFile(repo)).toBe(content);
  });

  it('lets baselined secrets through every scan, counted apart, while a new secret still blocks', () => {
    const { repo, old } = legacyRepo();
    expect(repo.keyguard(['baseline']).code).toBe(0);
    repo.git('add', '.keyguard-baseline');
    const commitBaseline = repo.keyguard(['scan', '--staged']); // the baseline file itself is clean
    expect(commitBaseline.code).toBe(0);
    repo.git('commit', '-q', '-m', 'baseline');

    const tree = repo.keyguard(['scan', '.']);
    expect(tree.code).toBe(0);
    expect(tree.stderr).toMatch(/0 findings, 2 baselined/);
    const history = repo.keyguard(['scan', '--range', repo.git('rev-list', '--max-parents=0', 'HEAD').trim()]);
    expect(history.code).toBe(0);
    expect(history.stderr).toMatch(/0 findings, 2 baselined/);

    const fresh = plant('anthropic-api-key');
    repo.write('app/copy.env', `${old[0].line}\n${fresh.line}\n`).git('add', '.');
    const staged = scanJson(repo);
    expect(staged.code).toBe(1);
    expect(staged.findings.map((finding) => [finding.ruleId, finding.line])).toEqual([['anthropic-api-key', 2]]);
    expect(repo.keyguard(['scan', '--staged']).stderr).toMatch(/1 finding, 1 baselined/);
  });

  it('drops a secret that is gone from the tree, and keeps .keyguardignore entries out', () => {
    const { repo } = legacyRepo();
    expect(repo.keyguard(['baseline']).code).toBe(0);
    repo.write('billing/keys.py', 'KEY = os.environ["STRIPE_KEY"]\n');
    const rerun = repo.keyguard(['baseline']);
    expect(rerun.stdout).toContain('1 finding in 3 tracked files (0 added, 1 removed)');
    const [remaining] = baselineFile(repo).split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(remaining.startsWith('github-pat:')).toBe(true);
    expect(repo.keyguard(['allow', remaining]).code).toBe(0);
    expect(repo.keyguard(['baseline']).stdout).toContain('0 findings in 3 tracked files (0 added, 1 removed)');
  });
});

describe('secrecy', () => {
  it('never printed a planted secret in full', () => expectNoSecretLeaked(7));
});
