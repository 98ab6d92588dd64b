import { FINGERPRINT_PATTERN, fingerprintOf } from '../src/fingerprint';
import { redact } from '../src/redact';

describe('fingerprintOf', () => {
  it('depends on the detector and the secret only', () => {
    const a = fingerprintOf('github-pat', 'secret-value-1');
    expect(a).toBe(fingerprintOf('github-pat', 'secret-value-1'));
    expect(a).not.toBe(fingerprintOf('github-pat', 'secret-value-2'));
    expect(a).not.toBe(fingerprintOf('generic-secret', 'secret-value-1'));
    expect(a).toMatch(FINGERPRINT_PATTERN);
    expect(a.startsWith('github-pat:')).toBe(true);
    expect(a).not.toContain('secret-value');
  });
});

describe('redact', () => {
  it('shows at most a quarter of the secret, at most 6 characters, and its length', () => {
    expect(redact('ghp_0123456789abcdefghijABCDEFGHIJ012345')).toBe('ghp_01…(40 chars)');
    expect(redact('hunter22')).toBe('hu…(8 chars)');
    expect(redact('abc')).toBe('…(3 chars)');
  });

  it('shows nothing past the first line of a multi-line secret', () => {
    expect(redact('-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----')).toBe('-----B…(86 chars)');
  });
});
