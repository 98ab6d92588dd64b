import { randomBytes } from 'node:crypto';
import { isPlaceholder } from '../src/scan/placeholder';
import { fakeSecret, SEED_DETECTOR_IDS } from './helpers/fake-secrets';

describe('isPlaceholder', () => {
  it.each([
    'XXXXXXXXXXXXXXXX',
    'xxxx',
    '****',
    '0000',
    'aaaaaaaaaaaaaaaaaaaa',
    'sk_live_ZZZZZZZZZZZZZZZZZZZZZZZZZZZZ',
    'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
    'xoxb-000000000000-0000000000000-XXXXXXXXXXXXXXXXXXXXXXXX',
    'your-api-key',
    'your_token_here',
    'YOUR_KEY',
    'yourApiKey',
    '<token>',
    '<YOUR_KEY>',
    '${VAR}',
    '${{ secrets.GITHUB_TOKEN }}',
    '$VAR',
    '{{ api_key }}',
    '%(password)s',
    'process.env.API_KEY',
    'os.environ["API_KEY"]',
    'os.getenv("API_KEY")',
    "ENV['API_KEY']",
    '1234567890abcdef',
    'abcdefghij',
    '9876543210',
    'abcd1234',
    '012345abcdef', // two runs: the rest of one is the other
    'key_1234',
    'AIzaSy0123456789abcdefghijklmnopqrstuvw',
    'example-key',
    'sk_test_EXAMPLE0000',
    'sample_token',
    'changeme',
    'placeholder',
    'dummy-secret',
    'REDACTED',
    'replace_me',
    'insert_your_key_here',
    'test',
    'null',
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8', // letters and digits counting up, interleaved
    'px-api-a1b2c3d4-e5f6-g7h8-i8j0-k0l3m3n4o0',
    'px-dep-d4c3b2a1-f6e5-h8g7-j1i8-p5o0n5m3l2k1', // counting down once the vendor prefix is set apart
    'ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6...', // truncated in documentation
    'sk-proj-Qm3vT8…',
    'ZHVtbXkgdGV4dCBkYXRhIGRhdGEgZGF0YQ==', // base64 of "dummy text data data data"
    'aXNhYWNzOm5vdCBteSByZWFsIHBhc3N3b3Jk', // base64 of "isaacs:not my real password" (npm's docs)
    'bm90IGEgcmVhbCB0b2tlbiwganVzdCBkb2Nz', // base64 of "not a real token, just docs"
    '45ghiukldjahdnhzdauz', // RFC 7009's example token
    '33f!!lloppa', // Microsoft's NuGet.Config reference example, whichever detector finds it
    'dkfjslaksdjfhgaslkdj', // a hand run over the home row
    'sekrit',
    's3cr3t',
    'P@ssw0rd',
    'geheim$parole', // German for secret and password
    'motdepasse',
    'ex@mplepassword', // leetspeak for example
  ])('treats %s as a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([
    // Random values that happen to contain short runs or words.
    'ghp_abcT3x9Q123vLm0ZpR7wKd2yNf5sHj8uBq1c',
    'sk_live_testQ8mZ2xR7vK4pL9wN3jT6', // keyguard:allow (random look-alike, not a key)
    'Zx9!vQ2#rT7$kL4m',
    'fakeR8zQ2mW9xK4vT7pL3nJ6',
    'key_0a1b2c3d4e5f60718293a4b5c6d7e8f9',
    'abc123XyZ789qWe456RtY0',
    '8IpDrVhuE0K3JDUmmydEavR8gtTIx9JzX7B5Ur8B', // "DUmmy" in odd casing
    'q0yoUR1NtHKbf8IWqKgcQ9a9u8ZcvGccGv4Y17VLx', // "yoUR" in odd casing
    'dXNlcjpTM2NyM3RQYXNz', // base64 of a real-looking user:password pair
    'Y29ycmVjdCBob3JzZSBiYXR0ZXJ5IHN0YXBsZQ==', // base64 of a passphrase: words, none naming a secret
    'ai5kb2U6dG9rZW4gWGszOSFUcTg=', // base64 of "j.doe:token Xk39!Tq8": two spaced chunks, not a phrase
    'Xb7Qm2.Kp9LzR4vN8..wT3e', // dots inside, not at the end
    '9213341dc80620c820a9b72ddc8020a0676dfdb8aeab19257c7746c7f8a448d2',
    'abuser123456', // a word plus the digits people append to a password
    'super$ecret', // leetspeak inside a longer word: a chosen password
    'Kd8sfLq2hWj5gGz7', // mostly home-row letters (9 of 12), not 80%
  ])('keeps %s', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });

  it('keeps an encoded PEM key: its header names a key, but it is no phrase', () => {
    const pem = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEogIBAAKCAQEAmHJ8BGu1XeFxhCUApk4sRMR8FtStkr0Lt9kVLcRR4EZ', '-----END RSA PRIVATE KEY-----', ''].join('\n');
    expect(isPlaceholder(Buffer.from(pem).toString('base64'))).toBe(false);
  });

  it('keeps random hex and base62 values (interleaved-sequence rule included)', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let kept = 0;
    for (let i = 0; i < 2000; i++) {
      const bytes = randomBytes(32);
      const base62 = [...bytes].map((byte) => alphabet[byte % 62]).join('');
      if (!isPlaceholder(bytes.toString('hex')) && !isPlaceholder(base62) && !isPlaceholder(`px-dep-${base62}`)) kept++;
    }
    expect(kept).toBeGreaterThanOrEqual(1990);
  });

  it('keeps freshly generated fake secrets of every seeded detector', () => {
    for (const id of [...SEED_DETECTOR_IDS, 'pem-private-key', 'openssh-private-key']) {
      for (let i = 0; i < 20; i++) expect(isPlaceholder(fakeSecret(id).secret)).toBe(false);
    }
  });
});
