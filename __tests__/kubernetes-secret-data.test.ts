import { randomBytes } from 'node:crypto';
import { hasSecretDataEntry, hasSecretJsonDataEntry, hasSecretStringDataEntry } from '../src/validators/kubernetes-secret-data';

// Fake passwords made at run time, so no literal credential sits in the repository.
const fakePassword = (): string => `${randomBytes(9).toString('base64').replace(/[+/=]/g, 'x')}7!`;
const b64 = (text: string | Buffer): string => Buffer.from(text).toString('base64');
const entries = (pairs: Record<string, string>): string =>
  Object.entries(pairs)
    .map(([key, value]) => `  ${key}: ${value}\n`)
    .join('');

describe('Kubernetes Secret data entries', () => {
  it('finds a secret in any entry, not only the first', () => {
    expect(hasSecretDataEntry(entries({ username: b64('admin'), password: b64(fakePassword()) }))).toBe(true);
    expect(hasSecretDataEntry(entries({ username: b64('admin'), host: b64('db') }))).toBe(false);
  });

  it('reads an entry followed by a YAML comment', () => {
    expect(hasSecretDataEntry(`  password: ${b64(fakePassword())}  # rotated monthly\n`)).toBe(true);
    expect(hasSecretStringDataEntry(`  password: ${fakePassword().replace('!', '')} # from the vault\n`)).toBe(true);
  });

  it('skips placeholder credentials and public certificates, keeps private keys and binary keys', () => {
    expect(hasSecretDataEntry(entries({ auth: b64('admin:password') }))).toBe(false);
    expect(hasSecretDataEntry(entries({ 'ca.crt': b64('-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n') }))).toBe(false);
    expect(hasSecretDataEntry(entries({ 'tls.key': b64('-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n') }))).toBe(true);
    expect(hasSecretDataEntry(entries({ keystore: b64(randomBytes(48)) }))).toBe(true);
  });

  it('decodes Docker configs down to their user:password', () => {
    const config = (auth: string): string => b64(JSON.stringify({ auths: { 'registry.acme-corp.io': { auth: b64(auth) } } }));
    expect(hasSecretDataEntry(entries({ '.dockerconfigjson': config(`ci:${fakePassword()}`) }))).toBe(true);
    expect(hasSecretDataEntry(entries({ '.dockerconfigjson': config('ci:password') }))).toBe(false);
    expect(hasSecretDataEntry(entries({ '.dockerconfigjson': config('ci:') }))).toBe(false);
    // Other JSON documents (a service-account key) are judged as text, not as Docker configs.
    expect(hasSecretDataEntry(entries({ 'key.json': b64(JSON.stringify({ type: 'service_account', private_key_id: randomBytes(20).toString('hex') })) }))).toBe(true);
  });

  it('judges the members of a JSON data object like YAML entries', () => {
    const members = (pairs: Record<string, string>): string => JSON.stringify(pairs).slice(1, -1);
    expect(hasSecretJsonDataEntry(members({ username: b64('admin'), password: b64(fakePassword()) }))).toBe(true);
    expect(hasSecretJsonDataEntry(members({ username: b64('admin'), credentials: b64('admin:password') }))).toBe(false);
    expect(hasSecretJsonDataEntry(members({ password: '' }))).toBe(false);
  });

  it('judges stringData values as plain text, by key name', () => {
    expect(hasSecretStringDataEntry(entries({ user: 'mailer', password: fakePassword() }))).toBe(true);
    expect(hasSecretStringDataEntry(entries({ user: 'mailer', password: 'changeme' }))).toBe(false);
    expect(hasSecretStringDataEntry(entries({ host: 'db.acme-corp.io', port: '"5432"' }))).toBe(false);
  });
});
