import { randomInt } from 'node:crypto';
import { FakeSecret } from './helpers/fake-secrets';
import { installHook, plant, registerLeakCheck, repoWithHistory, scanJson, useSuite } from './helpers/suite';

/**
 * The configuration options end to end: real temp repositories, real git, the real CLI (and a real
 * `git commit` through the installed hook where the issue asks for a blocked commit).
 */
useSuite();
registerLeakCheck();

/** A company token format no built-in detector knows: `acme_` and 32 random lowercase letters and digits. */
function acmeToken(): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return `acme_${Array.from({ length: 32 }, () => chars[randomInt(chars.length)]).join('')}`;
}

function acmeDetector(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'acme-api-token',
    title: 'API token',
    provider: 'Acme',
    severity: 'critical',
    pattern: '\\b(acme_[a-z0-9]{32})\\b',
    keywords: ['ACME_'],
    ...extra,
  };
}

describe('configuration', () => {
  it('blocks a real commit with a custom detector, reported under its own id', () => {
    const repo = repoWithHistory();
    installHook(repo);
    const example = acmeToken();
    repo.write('.keyguardrc.json', JSON.stringify({ detectors: [acmeDetector({ examples: { positive: [`token = ${example}`], negative: ['acme_short'] } })] }));
    // The config holds a positive example: it is allowed, so the config commits cleanly.
    repo.git('add', '.');
    expect(repo.gitResult('commit', '-q', '-m', 'config').code).toBe(0);

    const token = acmeToken();
    repo.write('src/client.ts', `export const client = new Acme("${token}");\n`).git('add', '.');
    const commit = repo.gitResult('commit', '-m', 'client');
    expect(commit.code).not.toBe(0);
    expect(commit.stderr).toContain('src/client.ts:1:');
    expect(commit.stderr).toMatch(/fingerprint {2}acme-api-token:[0-9a-f]{16}/);
    expect(commit.stderr).toContain('Acme API token [critical]');
    expect(commit.stderr).not.toContain(token);
  });

  it('blocks a real commit with exit 2 and every problem of an invalid config, each naming its key', () => {
    const repo = repoWithHistory();
    installHook(repo);
    repo.write(
      '.keyguardrc.yaml',
      [
        'exlcude: ["fixtures/**"]',
        'disable: [github-pta]',
        'failOn: severe',
        'entropy: { hex: 9 }',
        'allow: { regexes: ["(?<=x)y"] }',
        'detectors:',
        '  - id: github-pat',
        '    pattern: "(a"',
        '    keywords: [a]',
      ].join('\n'),
    );
    repo.write('a.txt', 'hello\n').git('add', '.');
    const commit = repo.gitResult('commit', '-m', 'x');
    expect(commit.code).not.toBe(0);
    const scan = repo.keyguard(['scan']);
    expect(scan.code).toBe(2);
    for (const output of [commit.stderr, scan.stderr]) {
      expect(output).toContain('.keyguardrc.yaml: exlcude: unknown option (did you mean "exclude"?)');
      expect(output).toContain('.keyguardrc.yaml: disable[0]: no built-in detector has the id "github-pta" (did you mean "github-pat"?)');
      expect(output).toContain('.keyguardrc.yaml: failOn: must be one of critical, high, medium, low, not "severe"');
      expect(output).toContain('.keyguardrc.yaml: entropy.hex: must be a number from 0 to 4, not 9');
      expect(output).toContain('.keyguardrc.yaml: allow.regexes[0]: RE2 rejects this pattern: invalid perl operator: (?<=');
      expect(output).toContain('.keyguardrc.yaml: detectors[0].id: "github-pat" is the id of a built-in detector');
      expect(output).toContain('.keyguardrc.yaml: detectors[0].pattern: RE2 rejects this pattern: missing ): (a');
      expect(output).toContain('git commit --no-verify');
    }
    expect(repo.git('log', '--oneline').trim().split('\n')).toHaveLength(1);
  });

  it('runs a pathological custom pattern on a 1 MB line to completion (RE2: linear time)', () => {
    const repo = repoWithHistory();
    repo.write('.keyguardrc.json', JSON.stringify({ detectors: [acmeDetector({ id: 'acme-slow', pattern: '((a+)+)$', keywords: ['a'] })] }));
    repo.write('big.txt', `${'a'.repeat(1_000_000)}!\n`).git('add', 'big.txt');
    const result = repo.keyguard(['scan']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/scanned 1 file, 1 added line, 0 findings/);
  });

  it('disables a built-in detector by id', () => {
    const repo = repoWithHistory();
    const fake = plant('github-pat');
    repo.write('token.txt', `${fake.line}\n`).git('add', '.');
    expect(scanJson(repo).code).toBe(1);
    // With github-pat off, the catch-all generic detector still sees a random token assigned to a name.
    repo.write('.keyguardrc.json', JSON.stringify({ disable: ['github-pat'] }));
    expect(scanJson(repo).findings.map((finding) => finding.ruleId)).toEqual(['generic-secret']);
    repo.write('.keyguardrc.json', JSON.stringify({ disable: ['github-pat', 'generic-secret'] }));
    expect(scanJson(repo)).toMatchObject({ code: 0, findings: [] });
  });

  it('drops findings whose secret matches an allowed regex or contains a stopword', () => {
    const repo = repoWithHistory();
    const stripe = plant('stripe-secret-key');
    const github = plant('github-pat');
    repo.write('keys.txt', `${stripe.line}\n${github.line}\n`).git('add', '.');
    expect(scanJson(repo).findings).toHaveLength(2);
    const stopword = github.secret.slice(10, 16).toUpperCase(); // matched ignoring case
    repo.write('.keyguardrc.json', JSON.stringify({ allow: { regexes: [`^${stripe.secret.slice(0, 12)}`], stopwords: [stopword] } }));
    expect(scanJson(repo)).toMatchObject({ code: 0, findings: [] });
  });

  it('reports findings below failOn as warnings and exits 0', () => {
    const repo = repoWithHistory();
    const generic = plant('generic-secret'); // severity medium
    const github = plant('github-pat'); // severity critical
    repo.write('.keyguardrc.json', JSON.stringify({ failOn: 'high' }));
    repo.write('app.conf', `${generic.line}\n`).git('add', '.');
    const warned = scanJson(repo);
    expect(warned.code).toBe(0);
    expect(warned.findings).toEqual([]);
    expect(warned.warnings.map((finding) => finding.ruleId)).toEqual(['generic-secret']);
    expect(repo.keyguard(['scan']).stderr).toContain('warning: 1 possible secret below the configured failOn severity (not blocking)');
    repo.write('app.conf', `${generic.line}\n${github.line}\n`).git('add', '.');
    expect(scanJson(repo)).toMatchObject({ code: 1, findings: [{ ruleId: 'github-pat' }], warnings: [{ ruleId: 'generic-secret' }] });
  });

  it('passes the entropy thresholds of the generic detector from the config to the scan', () => {
    const repo = repoWithHistory();
    // 16 hex digits with 8 distinct ones: entropy 3.0 bits, the default minimum for hex.
    repo.write('app.conf', 'BILLING_API_KEY=0a1b2c3d0a1b2c3d\n').git('add', '.'); // keyguard:allow (low-entropy test value)
    expect(scanJson(repo).findings.map((finding) => finding.ruleId)).toEqual(['generic-secret']);
    repo.write('.keyguardrc.json', JSON.stringify({ entropy: { hex: 3.5 } }));
    expect(scanJson(repo)).toMatchObject({ code: 0, findings: [] });
  });

  it('loads keyguard.config.ts without writing to the work tree', () => {
    const repo = repoWithHistory();
    const fake: FakeSecret = plant('github-pat');
    repo.write('keyguard.config.ts', "const config: { exclude: string[] } = { exclude: ['fixtures/**'] };\nexport default config;\n");
    repo.write('fixtures/token.txt', `${fake.line}\n`).git('add', '.');
    const result = repo.keyguard(['scan', '--verbose']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('skipped fixtures/token.txt (excluded by config)');
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).not.toContain('.mjs');
  });

  it('refuses two configuration sources instead of picking one silently', () => {
    const repo = repoWithHistory();
    repo.write('package.json', JSON.stringify({ name: 'demo', keyguard: { exclude: ['a/**'] } }));
    repo.write('.keyguardrc.json', JSON.stringify({ exclude: ['b/**'] }));
    repo.write('a.txt', 'hello\n').git('add', '.');
    const result = repo.keyguard(['scan']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('package.json#keyguard, .keyguardrc.json: (file): more than one keyguard configuration');
  });

  it('keyguard config check validates and summarises without reading the staged changes', () => {
    const repo = repoWithHistory();
    expect(repo.keyguard(['config', 'check']).stdout).toContain('no configuration found');
    repo.write('.keyguardrc.yaml', ['failOn: high', 'disable: [generic-password]', 'detectors:', `  - ${JSON.stringify(acmeDetector({ examples: { positive: [`k: ${acmeToken()}`] } }))}`].join('\n'));
    const ok = repo.keyguard(['config', 'check']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('.keyguardrc.yaml is valid');
    expect(ok.stdout).toContain('detectors: acme-api-token (1 examples checked)');
    expect(ok.stdout).toContain('failOn:    high');
    repo.write('.keyguardrc.yaml', `detectors:\n  - ${JSON.stringify(acmeDetector({ examples: { negative: [`k: ${acmeToken()}`] } }))}\n`);
    const bad = repo.keyguard(['config', 'check']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('.keyguardrc.yaml: detectors[0].examples.negative[0]: should give no finding of acme-api-token but gave 1');
  });

  it.each([
    ['keyguard.config.js', "module.exports = { exclude: ['fixtures/**'] };\n"],
    ['.keyguardrc.mjs', "export default { exclude: ['fixtures/**'] };\n"],
    ['.keyguardrc', 'exclude:\n  - "fixtures/**"\n'],
  ])('loads %s', (name, content) => {
    const repo = repoWithHistory();
    repo.write(name, content);
    repo.write('fixtures/token.txt', `${plant('github-pat').line}\n`).git('add', '.');
    const result = repo.keyguard(['scan', '--verbose']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('skipped fixtures/token.txt (excluded by config)');
  });

  it('names the file when it cannot be parsed', () => {
    const repo = repoWithHistory();
    repo.write('.keyguardrc.yaml', 'exclude: [unclosed\n');
    repo.write('a.txt', 'hello\n').git('add', '.');
    const result = repo.keyguard(['scan']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.keyguardrc\.yaml: \(file\): cannot be read: .+/);
  });
});
