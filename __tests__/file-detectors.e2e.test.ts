import { randomBytes } from 'node:crypto';
import { TempRepo } from './helpers/temp-repo';

/**
 * Credential files staged for commit, end to end: real temp repositories, real git, the real CLI.
 * Key store bytes are random (with a NUL so git treats them as binary), made at run time.
 */
const repos: TempRepo[] = [];

function repoWithHistory(): TempRepo {
  const repo = TempRepo.create();
  repos.push(repo);
  repo.write('README.md', '# demo\n').git('add', 'README.md');
  repo.git('commit', '-q', '-m', 'initial');
  return repo;
}

function keyStoreBytes(): Buffer {
  return Buffer.concat([Buffer.from([0x30, 0x82, 0x0a, 0x1b, 0x02, 0x01, 0x03, 0x00]), randomBytes(600)]);
}

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column?: number;
  fingerprint: string;
  redacted: string;
}

function scanJson(repo: TempRepo): { code: number; findings: JsonFinding[] } {
  const result = repo.keyguard(['scan', '--staged', '--format', 'json']);
  expect([0, 1]).toContain(result.code);
  return { code: result.code, findings: JSON.parse(result.stdout).findings };
}

afterAll(() => repos.forEach((repo) => repo.remove()));

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
    expect(scanJson(repo)).toEqual({ code: 0, findings: [] });
    repo.git('rm', '-q', '-f', 'android/app/upload.jks');
    expect(scanJson(repo)).toEqual({ code: 0, findings: [] });
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
