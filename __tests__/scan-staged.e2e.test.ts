import { SEED_DETECTOR_IDS } from './helpers/fake-secrets';
import { expectNoSecretLeaked, installHook, newRepo, plant, repoWithHistory, scanJson, useSuite } from './helpers/suite';

/**
 * The hook's contract end to end: real temp repositories, real git, the real CLI. Every secret
 * planted here is collected so the last test can check none was ever printed in full.
 */
useSuite();

describe('keyguard scan --staged', () => {
  it.each(SEED_DETECTOR_IDS)('blocks a staged %s', (detectorId) => {
    const repo = repoWithHistory();
    const fake = plant(detectorId);
    repo.write('config/settings.txt', `# settings\n${fake.line}\n`).git('add', '.');
    const result = repo.keyguard(['scan', '--staged']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('config/settings.txt:2:');
    expect(result.stderr).toContain(`${detectorId}:`);
    expect(result.stderr).toContain('Commit blocked');
  });

  it('reports each finding as JSON with location, fingerprint and a redacted value', () => {
    const repo = repoWithHistory();
    const fake = plant('github-pat');
    repo.write('app.env', `A=1\nB=2\n${fake.line}\n`).git('add', '.');
    const { code, findings } = scanJson(repo);
    expect(code).toBe(1);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ ruleId: 'github-pat', provider: 'GitHub', file: 'app.env', line: 3 });
    expect(finding.column).toBe(fake.line.indexOf(fake.secret) + 1);
    expect(finding.fingerprint).toMatch(/^github-pat:[0-9a-f]{16}$/);
    expect(String(finding.redacted).startsWith(fake.secret.slice(0, 4))).toBe(true);
    expect(Object.keys(finding).sort()).toEqual(
      ['column', 'description', 'file', 'fingerprint', 'line', 'provider', 'redacted', 'remediation', 'ruleId', 'severity'].sort(),
    );
  });

  it('exits 0 with a summary when nothing is found', () => {
    const repo = repoWithHistory();
    repo.write('src/index.js', 'export const answer = 42;\n').git('add', '.');
    const result = repo.keyguard(['scan']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/scanned 1 file, 1 added line, 0 findings in \d+ ms/);
  });

  it('lets a line marked keyguard:allow through', () => {
    const repo = repoWithHistory();
    const fake = plant('stripe-secret-key');
    repo.write('billing.py', `KEY = "${fake.secret}"  # keyguard:allow test fixture\n`).git('add', '.');
    const result = repo.keyguard(['scan']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('1 allowed');
  });

  it('lets an allowed fingerprint through, still after lines are inserted above and the file is renamed', () => {
    const repo = repoWithHistory();
    const fake = plant('aws-access-key-id');
    repo.write('deploy/aws.env', `${fake.line}\n`).git('add', '.');
    const { findings } = scanJson(repo);
    expect(findings).toHaveLength(1);
    const fingerprint = String(findings[0].fingerprint);

    const allow = repo.keyguard(['allow', fingerprint, '--reason', 'documented test key']);
    expect(allow.code).toBe(0);
    expect(repo.keyguard(['scan']).code).toBe(0);
    repo.git('add', '.keyguardignore');
    repo.git('commit', '-q', '-m', 'add key');

    repo.git('mv', 'deploy/aws.env', 'deploy/moved.env');
    repo.write('deploy/moved.env', `# new header\nREGION=eu-west-1\n${fake.line}\n`).git('add', '.');
    expect(repo.keyguard(['scan']).code).toBe(0);
    // Allowing twice keeps one entry.
    expect(repo.keyguard(['allow', fingerprint]).stderr).toContain('already allowed');
    const ignore = repo.git('show', 'HEAD:.keyguardignore');
    expect(ignore.split(fingerprint)).toHaveLength(2);
    expect(ignore).not.toContain(fake.secret);
  });

  it('does not report a secret that is only in the working tree', () => {
    const repo = repoWithHistory();
    const fake = plant('openai-api-key');
    repo.write('notes.txt', 'clean\n').git('add', '.');
    repo.write('notes.txt', `clean\n${fake.line}\n`);
    expect(repo.keyguard(['scan']).code).toBe(0);
  });

  it('reports a secret that is staged but since removed from the working tree', () => {
    const repo = repoWithHistory();
    const fake = plant('slack-webhook-url');
    repo.write('notify.sh', `curl -X POST ${fake.secret}\n`).git('add', '.');
    repo.write('notify.sh', 'echo nothing here\n');
    expect(repo.keyguard(['scan']).code).toBe(1);
  });

  it('does not report a deleted line that held a secret', () => {
    const repo = repoWithHistory();
    const fake = plant('google-api-key');
    repo.write('maps.js', `const key = "${fake.secret}"; // keyguard:allow\nconst zoom = 3;\n`).git('add', '.');
    repo.git('commit', '-q', '-m', 'allowed key');
    repo.write('maps.js', 'const zoom = 3;\n').git('add', '.');
    const { code, findings } = scanJson(repo);
    expect(code).toBe(0);
    expect(findings).toEqual([]);
  });

  it('works on the initial commit (no HEAD)', () => {
    const repo = newRepo();
    const fake = plant('npm-access-token');
    repo.write('.npmrc', `//registry.npmjs.org/:_authToken=${fake.secret}\n`).git('add', '.');
    const { code, findings } = scanJson(repo);
    expect(code).toBe(1);
    expect(findings.map((finding) => finding.file)).toEqual(['.npmrc']);
  });

  it('finds a private key spanning several added lines', () => {
    const repo = repoWithHistory();
    const fake = plant('pem-private-key');
    repo.write('deploy/id_rsa', `${fake.line}\n`).git('add', '.');
    const { code, findings } = scanJson(repo);
    expect(code).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'deploy/id_rsa', line: 1, column: 1 });
  });

  it('skips binary files and says so in verbose output', () => {
    const repo = repoWithHistory();
    const fake = plant('github-pat');
    repo.write('blob.bin', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(fake.line)])).git('add', '.');
    const result = repo.keyguard(['scan', '--verbose']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('skipped blob.bin (binary)');
  });

  it('skips paths excluded in package.json#keyguard', () => {
    const repo = repoWithHistory();
    const fake = plant('github-pat');
    repo.write('package.json', JSON.stringify({ name: 'demo', keyguard: { exclude: ['fixtures/**'] } }));
    repo.write('fixtures/token.txt', `${fake.line}\n`).git('add', '.');
    const result = repo.keyguard(['scan', '--verbose']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('skipped fixtures/token.txt (excluded by config)');
  });

  it('blocks with exit 2 and names the key when the config is invalid', () => {
    const repo = repoWithHistory();
    repo.write('.keyguardrc.json', JSON.stringify({ exclude: 'fixtures/**', colour: true }));
    repo.write('a.txt', 'hello\n').git('add', '.');
    const result = repo.keyguard(['scan']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.keyguardrc.json: exclude: must be an array of strings');
    expect(result.stderr).toContain('.keyguardrc.json: colour: unknown option');
    expect(result.stderr).toContain('git commit --no-verify');
  });

  it('exits 2 with a clear message outside a git repository', () => {
    const repo = newRepo();
    const outside = repo.home;
    const result = repo.keyguard(['scan'], { cwd: outside });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not inside a git work tree');
  });

  it('fails closed with exit 2 when git cannot read the index', () => {
    const repo = repoWithHistory();
    repo.write('broken-index', 'this is not a git index\n');
    const result = repo.keyguard(['scan'], { env: { GIT_INDEX_FILE: repo.path('broken-index') } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('commit is blocked');
    expect(result.stderr).toContain('git commit --no-verify');
  });

  it('exits 2 on an unknown option', () => {
    const repo = repoWithHistory();
    const result = repo.keyguard(['scan', '--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('keyguard help');
  });
});

describe('through a real git commit with the installed hook', () => {
  it('blocks the commit, and lets it through once allowed', () => {
    const repo = repoWithHistory();
    installHook(repo);
    const fake = plant('anthropic-api-key');
    repo.write('src/client.ts', `export const client = new Anthropic({ apiKey: "${fake.secret}" });\n`).git('add', 'src');
    const blocked = repo.gitResult('commit', '-m', 'add client');
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain('src/client.ts:1:');
    const fingerprint = /fingerprint\s+(\S+)/.exec(blocked.stderr)?.[1];
    expect(fingerprint).toMatch(/^anthropic-/);
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('1');

    repo.keyguard(['allow', String(fingerprint)]);
    repo.git('add', '.keyguardignore');
    expect(repo.gitResult('commit', '-q', '-m', 'add client').code).toBe(0);
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('2');
  });

  it('scans `git commit -a` (the index git builds for the commit)', () => {
    const repo = repoWithHistory();
    installHook(repo);
    repo.git('add', '.gitignore');
    repo.git('commit', '-q', '-m', 'ignore node_modules');
    const fake = plant('huggingface-access-token');
    repo.write('README.md', `# demo\nHF_TOKEN=${fake.secret}\n`); // tracked, modified, not staged
    const blocked = repo.gitResult('commit', '-a', '-m', 'readme');
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain('README.md:2:');
  });

  it('works on the initial commit', () => {
    const repo = newRepo();
    installHook(repo);
    const fake = plant('replicate-api-token');
    repo.write('.env', `REPLICATE_API_TOKEN=${fake.secret}\n`).git('add', '.env', '.gitignore');
    const blocked = repo.gitResult('commit', '-m', 'first');
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain('.env:1:');
    expect(repo.gitResult('rev-parse', '--verify', 'HEAD').code).not.toBe(0);
  });
});

describe('secrecy', () => {
  it('never printed a planted secret in full, nor its middle', () => expectNoSecretLeaked(11));
});
