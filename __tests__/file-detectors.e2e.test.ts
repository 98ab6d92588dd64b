import { randomBytes } from 'node:crypto';
import { repoWithHistory, scanJson, useSuite } from './helpers/suite';

/**
 * Credential files staged for commit, end to end: real temp repositories, real git, the real CLI.
 * Key store bytes are random (with a NUL so git treats them as binary), made at run time.
 */
useSuite();

function keyStoreBytes(): Buffer {
  return Buffer.concat([Buffer.from([0x30, 0x82, 0x0a, 0x1b, 0x02, 0x01, 0x03, 0x00]), randomBytes(600)]);
}

describe('binary key stores', () => {
  it('blocks a staged .p12 and reports the whole file, without a column', () => {
    const repo = repoWithHistory();
    repo.write('certs/client.p12', keyStoreBytes()).git('add', '.');
    const { code, findings } = scanJson(repo);
    expect(code).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'pkcs12-keystore-file', file: 'certs/client.p12', line: 1 });
    expect(findings[0].column).toBeUndefined();
    expect(findings[0].fingerprint).toMatch(/^pkcs12-keystore-file:[0-9a-f]{16}$/);
    const blob = repo.git('rev-parse', ':certs/client.p12').trim();
    expect(findings[0].redacted).toBe(`binary file, blob ${blob.slice(0, 12)}`);

    const human = repo.keyguard(['scan']);
    expect(human.code).toBe(1);
    expect(human.stderr).toContain('certs/client.p12 (whole file)  Key store PKCS#12 key store (.p12, .pfx) staged [high]');
  });

  it('keeps an allowed key store allowed under another name, and reports changed bytes again', () => {
    const repo = repoWithHistory();
    const bytes = keyStoreBytes();
    repo.write('certs/client.p12', bytes).git('add', '.');
    const [finding] = scanJson(repo).findings;
    expect(repo.keyguard(['allow', finding.fingerprint, '--reason', 'test store']).code).toBe(0);
    expect(repo.keyguard(['scan']).code).toBe(0);

    // The same bytes staged at another path (another directory, upper-case extension).
    repo.git('rm', '-q', '--cached', 'certs/client.p12');
    repo.write('signing/Client.PFX', bytes).git('add', 'signing', '.keyguardignore');
    const moved = scanJson(repo);
    expect(moved.code).toBe(0);
    expect(repo.keyguard(['scan', '--format', 'json']).stdout).not.toContain('signing/Client.PFX');

    // New bytes are a new key store.
    repo.write('signing/Client.PFX', keyStoreBytes()).git('add', 'signing');
    const changed = scanJson(repo);
    expect(changed.findings.map((item) => item.file)).toEqual(['signing/Client.PFX']);
    expect(changed.findings[0].fingerprint).not.toBe(finding.fingerprint);
  });

  it('does not report a deleted or a purely renamed key store', () => {
    const repo = repoWithHistory();
    repo.write('android/app/release.keystore', keyStoreBytes()).git('add', '.');
    repo.git('commit', '-q', '--no-verify', '-m', 'store (before keyguard)');
    repo.git('mv', 'android/app/release.keystore', 'android/app/upload.jks');
    expect(scanJson(repo)).toMatchObject({ code: 0, findings: [] });
    repo.git('rm', '-q', '-f', 'android/app/upload.jks');
    expect(scanJson(repo)).toMatchObject({ code: 0, findings: [] });
  });

  it('honours config exclude and still skips other binary files', () => {
    const repo = repoWithHistory();
    repo.write('package.json', JSON.stringify({ name: 'demo', keyguard: { exclude: ['test/fixtures/**'] } }));
    repo.write('test/fixtures/store.jks', keyStoreBytes());
    repo.write('assets/logo.png', keyStoreBytes()).git('add', '.');
    const result = repo.keyguard(['scan', '--verbose']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('skipped test/fixtures/store.jks (excluded by config)');
    expect(result.stderr).toContain('skipped assets/logo.png (binary)');
  });
});

describe('key files and credential configs', () => {
  /** Random base64 body lines, made at run time. */
  const body = (lines: number): string => Array.from({ length: lines }, () => randomBytes(48).toString('base64')).join('\n');

  it('reports a staged id_rsa cut short (no END line) once, at its BEGIN line', () => {
    const repo = repoWithHistory();
    repo.write('deploy/id_rsa', `# deploy key\n-----BEGIN RSA PRIVATE KEY-----\n${body(3)}\n`).git('add', '.');
    const { code, findings } = scanJson(repo);
    expect(code).toBe(1);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'private-key-file', file: 'deploy/id_rsa', line: 2, column: 1 })]);
    expect(findings[0].redacted).toMatch(/^whole file, blob [0-9a-f]{12}$/);
  });

  it('does not report a .pem holding only a certificate', () => {
    const repo = repoWithHistory();
    repo.write('certs/ca.pem', `-----BEGIN CERTIFICATE-----\n${body(4)}\n-----END CERTIFICATE-----\n`).git('add', '.');
    expect(scanJson(repo)).toMatchObject({ code: 0, findings: [] });
  });

  it('reports each weak credential of a .env at its line and column, and nothing in .env.example', () => {
    const repo = repoWithHistory();
    repo.write('.env', 'APP_ENV=production\nDB_PASSWORD=bluemoon42\nexport MAIL_TOKEN="tulips99"\nPORT=8080\nADMIN_PASSWORD=PASSWORD7\n');
    repo.write('.env.example', 'DB_PASSWORD=your-password\nMAIL_TOKEN=\nAPI_KEY=<api key>\n').git('add', '.');
    const { code, findings } = scanJson(repo);
    expect(code).toBe(1);
    expect(findings.map(({ ruleId, file, line, column }) => ({ ruleId, file, line, column }))).toEqual([
      { ruleId: 'dotenv-file-credential', file: '.env', line: 2, column: 13 },
      { ruleId: 'dotenv-file-credential', file: '.env', line: 3, column: 20 },
      { ruleId: 'dotenv-file-credential', file: '.env', line: 5, column: 16 }, // not at PASSWORD in the name
    ]);
    // Only the redacted form and a hash leave the scanner.
    expect(JSON.stringify(findings)).not.toContain('bluemoon42');
  });

  it('lets a .env credential through once allowed, inline or by fingerprint', () => {
    const repo = repoWithHistory();
    repo.write('.env', 'DB_PASSWORD=bluemoon42\nSMTP_PASS=falcon1984 # keyguard:allow local mail catcher\n').git('add', '.');
    const { findings } = scanJson(repo);
    expect(findings).toHaveLength(1);
    repo.keyguard(['allow', findings[0].fingerprint]);
    const result = repo.keyguard(['scan']);
    expect(result.code).toBe(0);
    // The inline-allowed SMTP_PASS line is counted once per detector that matched it (the .env
    // detector and generic-password), so the total is 3 or more, not a line count.
    expect(result.stderr).toMatch(/0 findings, [3-9] allowed/);
  });

  it('applies scoped markers and the config\'s allowed values to a .env credential as to any finding', () => {
    const repo = repoWithHistory();
    // Scoped to another detector: the .env credential is still reported.
    repo.write('.env', 'DB_PASSWORD=bluemoon42 # keyguard:allow github-pat\n').git('add', '.');
    expect(scanJson(repo).findings.map((finding) => finding.ruleId)).toEqual(['dotenv-file-credential']);
    // Scoped to the .env detector: allowed.
    repo.write('.env', 'DB_PASSWORD=bluemoon42 # keyguard:allow dotenv-file-credential\n').git('add', '.');
    expect(scanJson(repo)).toMatchObject({ code: 0, findings: [] });
    // A stopword in the config: allowed, unmarked.
    repo.write('.env', 'DB_PASSWORD=bluemoon42\n').write('.keyguardrc.json', '{ "allow": { "stopwords": ["bluemoon"] } }\n').git('add', '.');
    expect(scanJson(repo)).toMatchObject({ code: 0, findings: [] });
  });

  it('names a random .env or kubeconfig value precisely instead of as a generic secret, once', () => {
    const repo = repoWithHistory();
    repo.write('.env', `API_KEY=${randomBytes(24).toString('base64url')}\n`);
    repo.write('.kube/config', `users:\n- name: ci\n  user:\n    token: ${randomBytes(24).toString('base64url')}\n`).git('add', '.');
    const { findings } = scanJson(repo);
    expect(findings.map(({ ruleId, file, line }) => ({ ruleId, file, line }))).toEqual([
      { ruleId: 'dotenv-file-credential', file: '.env', line: 1 },
      { ruleId: 'kubeconfig-credential', file: '.kube/config', line: 4 },
    ]);
  });

  it('keeps a generic finding allowed before file detectors existed allowed', () => {
    const repo = repoWithHistory();
    const value = randomBytes(24).toString('base64url');
    repo.write('.env', `API_KEY=${value}\n`).git('add', '.');
    expect(scanJson(repo).findings.map((finding) => finding.ruleId)).toEqual(['dotenv-file-credential']);
    // The same value as generic-secret sees it elsewhere: allowing that fingerprint silences the file detector too.
    repo.write('other.txt', `api_key = "${value}"\n`).git('add', '.');
    const generic = scanJson(repo).findings.find((finding) => finding.file === 'other.txt');
    expect(generic?.ruleId).toBe('generic-secret');
    repo.keyguard(['allow', String(generic?.fingerprint)]);
    expect(scanJson(repo)).toMatchObject({ code: 0, findings: [] });
  });
});
