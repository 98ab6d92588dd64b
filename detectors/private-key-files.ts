import { shannonEntropy } from '../src/scan/entropy';
import { exampleText } from '../src/detector';
import { defineFileDetector } from '../src/file-detector';
import { pemPrivateKey } from './private-key';

// A file named like a private key whose added lines start key material that the private-key
// content detectors (detectors/private-key.ts) did not report: a key cut short (no END line), a body
// their structure checks reject, an unusual label. A well-formed key is theirs alone: the engine
// drops this detector's hit on a line they matched. A `.pem` holding only a certificate or a public
// key, or a `.key` that is a translation table, has no private-key header and never fires.

/** PEM / OpenSSH / PGP private-key header, optional `Name: value` headers, then the body's first base64 run. */
const PEM_START = String.raw`-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----[ \t]*\n(?:[ \t]*[A-Za-z-]+:[^\n]*\n|[ \t]*\n){0,6}[ \t]*([A-Za-z0-9+/]+)`;
/** PuTTY: the private half follows `Private-Lines: N`. https://the.earth.li/~sgtatham/putty/0.78/htmldoc/AppendixC.html */
const PUTTY_START = String.raw`Private-Lines: \d+\n([A-Za-z0-9+/]+)`;

const TRUNCATED_RSA = `-----BEGIN RSA PRIVATE KEY-----
maCpiA1chdmWHZusUIShgIpTTGya/gE+cc8IKdZviSCLhHbHff9MySZPEatHK07H
ltUpRLsYGmlCjnBVQVVgUR4gKe6BMvanyMEYy7FIM4eGqFNH22cjgMpNmjB1kTAW
`;

export const privateKeyFile = defineFileDetector({
  id: 'private-key-file',
  provider: 'Private key',
  title: 'Private key file (id_rsa, .pem, .key, .ppk) with key material',
  severity: 'critical',
  description: 'A key-named file whose added lines begin a private key that the private-key detectors did not match (cut short, or an unusual body).',
  paths: ['**/id_{rsa,dsa,ecdsa,ed25519,xmss}*', '**/*.pem', '**/*.key', '**/*.ppk', '**/*.p8'],
  content: {
    pattern: `${PEM_START}|${PUTTY_START}`,
    // At least 40 characters of base64 (a full PEM line is 64); random base64 scores about 5 bits
    // per character, `AAAA…` filler does not. The length is checked here rather than by a counted
    // repetition, which RE2 unrolls (see FileContentCheck.pattern).
    validate: (body) => body.length >= 40 && shannonEntropy(body) >= 4.0,
    identity: 'file',
  },
  remediation: 'Unstage it (git rm --cached), remove the public half from every authorized_keys / service that trusts it, and issue a new key pair.',
  examples: {
    positive: [
      { path: 'deploy/id_rsa', content: TRUNCATED_RSA }, // cut short: no END line
      {
        path: 'certs/server.key',
        content: '-----BEGIN PRIVATE KEY-----\nKQt8p1p6V/a0ShIIVXCMUQKwQFVNuwe37JSYGB5dbxsAFXP+TYRcE9w4UODw8SqA\nKXtenZg8CC1+iDcDkBsXw3jAe/edQZJy2HjNyL/uNmLYKU8I0XatOEGPa1sd2Fpt\n-----END PRIVATE KEY-----\n', // not DER: the content detector's check rejects it
      },
      { path: 'keys/legacy.ppk', content: 'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: legacy\nPublic-Lines: 1\nAAAAB3NzaC1yc2EAAAABJQAAAIEAhrB+xitezHegQcnB8e9cJw2\nPrivate-Lines: 2\nLd6lXXOEocoBFc8KXgMfj7VEiQRU7rR51v6cdVwx3pgBqelxsS2VBUGvz8WJJjch\n' },
    ],
    negative: [
      { path: 'certs/ca.pem', content: '-----BEGIN CERTIFICATE-----\nWqBX/1FRd7veC5iGX/uDeq6zfh20wBNzuBohD9Y2adMxfyDBzGT/8gQhmRiEk9rV\n-----END CERTIFICATE-----\n' },
      { path: 'keys/id_ed25519.pub', content: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB8aNlKF8Bq5PH8cWdmN34xZZp4mvZospAmgVNxbT8Ky dev@laptop\n' },
      { path: 'locales/en.key', content: '"greeting.title" = "Hello";\n"private.key.hint" = "Paste your key";\n' },
      { path: 'docs/sample.pem', content: '-----BEGIN RSA PRIVATE KEY-----\n<paste your private key here>\n-----END RSA PRIVATE KEY-----\n' },
      { path: 'docs/truncated.key', content: '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----\n' },
      // A well-formed key: pem-private-key reports it, this detector stays quiet.
      { path: 'deploy/id_rsa', content: exampleText(pemPrivateKey.examples.positive[0]) },
      { path: 'tests/filler.pem', content: '-----BEGIN PRIVATE KEY-----\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n' },
    ],
  },
});

export const privateKeyFileDetectors = [privateKeyFile];
