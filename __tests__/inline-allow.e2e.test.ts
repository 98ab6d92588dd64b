import { FakeSecret } from './helpers/fake-secrets';
import { plant, registerLeakCheck, repoWithHistory, scanJson, useSuite } from './helpers/suite';
import { TempRepo } from './helpers/temp-repo';

/** Inline allow comments on real temp repositories, through the real CLI. */
useSuite();
registerLeakCheck();

function ruleIdsOf(repo: TempRepo): { code: number; ruleIds: string[] } {
  const { code, findings } = scanJson(repo);
  return { code, ruleIds: findings.map((finding) => finding.ruleId) };
}

const yamlWith = (github: FakeSecret, marker: string): string =>
  ['service:', '  name: billing', `  ${marker}`, `  github_token: ${github.secret}`, '  replicas: 2', ''].join('\n');

describe('keyguard:allow-next-line', () => {
  it('allows the next line in YAML when both lines are added', () => {
    const repo = repoWithHistory();
    const github = plant('github-pat');
    repo.write('deploy.yaml', yamlWith(github, '# keyguard:allow-next-line')).git('add', '.');
    expect(ruleIdsOf(repo)).toEqual({ code: 0, ruleIds: [] });
    expect(repo.keyguard(['scan']).stderr).toContain('1 allowed');
  });

  it('reads the line above from the staged file when only the secret line changed', () => {
    const repo = repoWithHistory();
    const first = plant('github-pat');
    repo.write('deploy.yaml', yamlWith(first, '# keyguard:allow-next-line github-pat')).git('add', '.');
    repo.git('commit', '-q', '-m', 'allowed fixture');
    // Only line 4 is in the -U0 diff; the marker on line 3 is an unchanged line.
    const second = plant('github-pat');
    repo.write('deploy.yaml', yamlWith(second, '# keyguard:allow-next-line github-pat')).git('add', '.');
    expect(repo.git('diff', '--cached', '--numstat')).toBe('1\t1\tdeploy.yaml\n'); // one line changed
    expect(ruleIdsOf(repo)).toEqual({ code: 0, ruleIds: [] });
  });

  it('reads the staged line above, not the work tree one', () => {
    const repo = repoWithHistory();
    const github = plant('github-pat');
    repo.write('deploy.yaml', yamlWith(github, '# nothing here')).git('add', '.');
    repo.git('commit', '-q', '-m', 'no marker');
    const second = plant('github-pat');
    repo.write('deploy.yaml', yamlWith(second, '# nothing here')).git('add', '.');
    repo.write('deploy.yaml', yamlWith(second, '# keyguard:allow-next-line')); // not staged
    expect(ruleIdsOf(repo)).toEqual({ code: 1, ruleIds: ['github-pat'] });
  });

  it('lets through only the detector it names', () => {
    const repo = repoWithHistory();
    const github = plant('github-pat');
    const stripe = plant('stripe-secret-key');
    repo.write('keys.env', `# keyguard:allow-next-line stripe-secret-key\nTOKENS="${github.secret} ${stripe.secret}"\n`).git('add', '.');
    expect(ruleIdsOf(repo)).toEqual({ code: 1, ruleIds: ['github-pat'] });
  });
});

describe('scoped keyguard:allow', () => {
  it('allows only the named detector on its line; free text after the marker allows all', () => {
    const repo = repoWithHistory();
    const github = plant('github-pat');
    const npm = plant('npm-access-token');
    repo.write('a.txt', `${github.secret} ${npm.secret} # keyguard:allow npm-access-token\n`).git('add', '.');
    expect(ruleIdsOf(repo)).toEqual({ code: 1, ruleIds: ['github-pat'] });
    repo.write('a.txt', `${github.secret} ${npm.secret} # keyguard:allow both are test fixtures\n`).git('add', '.');
    expect(ruleIdsOf(repo)).toEqual({ code: 0, ruleIds: [] });
  });

  it('can name a custom detector from the config', () => {
    const repo = repoWithHistory();
    repo.write('.keyguardrc.json', JSON.stringify({ detectors: [{ id: 'acme-key', pattern: '(acme_[0-9a-f]{24})', keywords: ['acme_'] }] }));
    const github = plant('github-pat');
    const acme = `acme_${github.secret.slice(4, 28).replace(/[^0-9a-f]/gi, '7').toLowerCase()}`;
    repo.write('a.txt', `${acme} ${github.secret} # keyguard:allow acme-key\n`).git('add', '.');
    expect(ruleIdsOf(repo)).toEqual({ code: 1, ruleIds: ['github-pat'] });
  });
});
