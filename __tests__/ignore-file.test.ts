import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addAllowedFingerprints, parseIgnoreFile, readAllowedFingerprints } from '../src/allow/ignore-file';

describe('.keyguardignore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'keyguard-test-ignore-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('parses entries, reasons and comments', () => {
    expect(parseIgnoreFile('# header\n\ngithub-pat:0123456789abcdef  # test fixture\r\nnpm-token:fedcba9876543210\n')).toEqual([
      { fingerprint: 'github-pat:0123456789abcdef', reason: 'test fixture' },
      { fingerprint: 'npm-token:fedcba9876543210', reason: undefined },
    ]);
  });

  it('creates the file, adds each fingerprint once, and keeps existing content', async () => {
    expect(readAllowedFingerprints(dir).size).toBe(0);
    expect(await addAllowedFingerprints(dir, ['github-pat:0123456789abcdef'], 'fixture')).toEqual(['github-pat:0123456789abcdef']);
    expect(await addAllowedFingerprints(dir, ['github-pat:0123456789abcdef', 'aws-access-key-id:00000000ffffffff'])).toEqual([
      'aws-access-key-id:00000000ffffffff',
    ]);
    const content = readFileSync(path.join(dir, '.keyguardignore'), 'utf8');
    expect(content.match(/github-pat:0123456789abcdef/g)).toHaveLength(1);
    expect(content).toContain('github-pat:0123456789abcdef  # fixture\n');
    expect([...readAllowedFingerprints(dir)].sort()).toEqual(['aws-access-key-id:00000000ffffffff', 'github-pat:0123456789abcdef']);
  });

  it('refuses anything that is not a fingerprint, without echoing it', async () => {
    const pasted = 'ghp_notAFingerprintButMaybeASecret1234567';
    const error: Error = await addAllowedFingerprints(dir, [pasted]).then(
      () => new Error('expected a rejection'),
      (rejection: Error) => rejection,
    );
    expect(error.message).toMatch(/not a keyguard fingerprint/);
    expect(error.message).not.toContain(pasted);
  });
});
