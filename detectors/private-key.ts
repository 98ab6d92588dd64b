import { defineDetector } from '../src/detector';
import { RescanTrigger } from '../src/rescan-trigger';
import {
  isBase64EncodedPemPrivateKey,
  isPlausibleOpensshPrivateKey,
  isPlausiblePemPrivateKey,
  isPlausiblePgpPrivateKey,
  isPlausiblePuttyKey,
} from '../src/validators/pem';

// The whole block is the secret. The body may not contain `--`, so a match never runs past the first
// END line into another block; its length (64 to 16384 base64 characters) and structure are checked
// by `validate`, not by a counted repetition. Labels: https://www.rfc-editor.org/rfc/rfc7468
const BODY = '(?:[^-]|-[^-])*';
// A commit that replaces a placeholder key body adds body lines without the armour the patterns need:
// a line of base64 at least 40 wide (PEM and PGP write 64, OpenSSH 70, PuTTY 64), bare, indented,
// quoted or with a `\n` escape; or a changed armour / PuTTY header line whose body is unchanged.
const KEY_BODY_LINE = String.raw`[ \t]*[+]?[ \t]*["'\x60]?[A-Za-z0-9+/]{40,}={0,2}(?:\\n)?["'\x60]?[ \t]*[+,;]?[ \t]*`;
const KEY_HEADER_LINE = String.raw`.*(?:-----(?:BEGIN|END) [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|PuTTY-User-Key-File-[23]:|Private-(?:Lines|MAC|Hash):).*`;
const KEY_RESCAN: RescanTrigger = { addedLine: `${KEY_BODY_LINE}|${KEY_HEADER_LINE}` };
const REMEDIATION = 'Treat the key as compromised: remove it from every authorized_keys / server / service that trusts it, issue a new key pair, and revoke any certificate issued for it.';

export const pemPrivateKey = defineDetector({
  id: 'pem-private-key',
  provider: 'Private key',
  title: 'PEM private key (RSA, EC, DSA, PKCS#8)',
  severity: 'critical',
  keywords: ['private key'],
  pattern: String.raw`(-----BEGIN (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----${BODY}-----END (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----)`,
  validate: isPlausiblePemPrivateKey,
  rescanWhen: KEY_RESCAN,
  remediation: REMEDIATION,
  examples: {
    positive: [
      { text: '-----BEGIN RSA PRIVATE KEY-----\nMIIBO4rImehyxrk7WrYVovfeBERQ5iyN+nbt6BgJg7HqVKM/35eK5Gl8i2XWv+0b\nI0kF9P8oO6fZ+bI3JWl7aCqe8HT906W0kocNoNvbRRdC/0dsV21ibDChwCVTdbbt\nmR4C9KROTEp0lKSVjYOUE487R0tK9IzFXhNB8z81A81W6beraT2UU7ANH4Ew9+38\ny0t9lXhO+BtfZkiIqNfE7Hev1sQcgxhtzH5zGv7aMKC2cbQ9Yi1r7mp2OTVb5gY2\nqeA3L2MaiNtat+9F4dmD+Rc1eaSfEQDPcUQJp0cvQZQhoLFYWoPOe3uckKXaEFG2\nWNUSQRYyIj4CNTKWUs70x6Uy30rSCrMW0bKAv0e/P5Worw0WaI7/wSWxCKeexCOn\nYReT34IcpnmI+W8H9DvkUA==\n-----END RSA PRIVATE KEY-----', path: 'deploy/id_rsa.pem' },
      '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIADvGyTnBO8Jf97yKVDaRT4hNYTAWSohnlLoQLPxhgy+ZMrknqwX+P2q\n2SmP74HsNNMIWFvQHoS4uc/TG6PzzjILYaWbRybmwNfW9r4P0YewZim/gLo0qa7w\nY7aaXHyGHrNdFtBsM1QpA/3GLrux\n-----END EC PRIVATE KEY-----\n',
      '{ "type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIGHAgEA/9gIAjqb6ttEWUzCnyrO3eXXauB71zaPHSILtvFmrveINKzoIFB0rIlk\n6g91t4oVNTc3HdPFNYAHNjyGtIhqqoVJkXd/9LoyxHWTeo3Z6tmuPTYWUZV7pPym\noK/Ga6Q+JohcBiCmKD/cQfFfabKzv98Z+1/DSjlyP54DyjbHydcwqg==\\n-----END PRIVATE KEY-----\\n" }',
      'const key = `-----BEGIN PRIVATE KEY-----\nMIGHAgEAZLgcKZ+6hFhPXuX/lrs94Bq8aWuqcB0ZRfRaWgofZAO0M2dPp2PxZJgS\nSxo4+IQiuc9Tz7COMOjqfc3RUG1xml0dEot26o0WO8QVq3hmw78QtSkkggwYbvkD\nir4CAxbISMlPNI8bHLLeLySZy2G+Om29NRjKhzEy70C8110cpJ15UQ==\n-----END PRIVATE KEY-----`;',
      // Java string concatenation
      'String key = "-----BEGIN EC PRIVATE KEY-----" +\n' +
        '  "MHcCAQEEIHZbJXTDxXJSlIFunjX81WccgNhkhkSZpKjOFMnvitnfVT4chNscleZB" +\n' +
        '  "2qOsPulkt/qhQrA6eZ1ziOY4MbNQw8K1cBboCTgxwOCIGEUkhQOi/SXn3iR4ONKV" +\n' +
        '  "onGT6+aztvxVWhWeis0sxu7lA8Dw" +\n' +
        '  "-----END EC PRIVATE KEY-----";',
    ],
    negative: [
      '-----BEGIN PUBLIC KEY-----\nMIGHAgEAxUKNWajCQGx5DPrRK6YGwfugAM4JNQoHaCCVxOR0+eMz8W8dfDhdu9i0\ncL0pNcb+7ptbcK9Xs3pcUhvCDGrAWm+CwYJuAOXb+r5IqJJ07L1rMMfXLgVISIxv\nSuRU/7LIjPK8FQuCwFsJhbG2H+vg+YoqVW75H4zfBqEjNJIyVXAE7Q==\n-----END PUBLIC KEY-----',
      '-----BEGIN CERTIFICATE-----\nMIIBO++RBvkOPOvINb8Yo1gz0ITL5E/pCJGPLo1ka9NxytYHmcVh4E0ftRRN/y8A\nNCN4qvU0PTeZ87A2pnWpLcXoyvDNp8/Dzw1cb0hjvOTV9vZYIqxsrXU53djJSTfT\nUoW/Cp4gMurqkTyvWBeObvMTFi59DzsX1SCDupUhzoV3phaDCaT/I7RqITMsuAR2\nKNN7qiuTlnrVo5yvl253Aq8KQwW0DRO3AgCFZjwcW1Am8ibnh8ijp/wDesOIspBd\nnG+2gwfMTYZnQkhc4MbfkoKCCZxtA4rSbwOIE0ihQ0oRDwaRCCPvvc/GmAa6/oku\nR/xwhTccXXpnjxNw+l/Y/0aG92R3mzf57gwvxhZjky92ILPxL2fJoErxszqSVnN9\nc9gRR3t97c9fg6Zl7ZlULQ==\n-----END CERTIFICATE-----',
      '-----BEGIN RSA PRIVATE KEY-----\n<paste your key here>\n-----END RSA PRIVATE KEY-----',
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----', // truncated in docs
      '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIMRwvHtqWRM1dhLKeh9I9TIWSgiJ039A5BNo4qCQ7mpDJCzyP8fgQEAp\nI5KARApzwbkIVMqw8bD0y8thYPgSPGtQbU2VZcewbpw/HMQzCDkpkyOEVKDUywoA\nTKS2IBMFTed+q+Pw0gDPCzBYOvNU\n-----END RSA PRIVATE KEY-----', // labels differ
      'Look for a line starting with -----BEGIN PRIVATE KEY----- in the file.',
    ],
  },
});

export const opensshPrivateKey = defineDetector({
  id: 'openssh-private-key',
  provider: 'Private key',
  title: 'OpenSSH private key',
  severity: 'critical',
  keywords: ['openssh private key'],
  // The body is base64 of a structure starting with the magic `openssh-key-v1\0`.
  // https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key
  pattern: String.raw`(-----BEGIN OPENSSH PRIVATE KEY-----${BODY}-----END OPENSSH PRIVATE KEY-----)`,
  validate: isPlausibleOpensshPrivateKey,
  rescanWhen: KEY_RESCAN,
  remediation: REMEDIATION,
  examples: {
    positive: [
      { text: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAM3isI6lS\noffN0GexlP0h40ebhSvsZ2Wd/s/4Ex76T8rn2g0u5iR/wWBOBCZ4xMyZEw4roLHa\niYqDYzt8lgvcnb3j7D0+nbAK7raxrKimjyvdFE5tednVPggD/2+dSZTiaz6oWYjh\nUB/wjyxtZZ+JKuLdDZmagRuBvmwZTZ5SE0Ps8evE1g0yOtwSWqBVO/S7ZIa3ZBMw\n0tWeMSDg2xqKlXcoy9BDboAsJbpQX8R7NsnPMetOadMlIikFntv8AJUqONct/QFC\ngNflyGZmixaD3FNzoJVhJlgGoJFREsry9jm1GpNfVyG/ADHPFjMuVIKyYDJSCsHD\nRZfIuOzwZXn+o2cvl4htggyzPcgO7MpIYSDHkp1GfNGOYd0=\n-----END OPENSSH PRIVATE KEY-----\n', path: '.ssh/id_ed25519' },
      'SSH_KEY: |\n  -----BEGIN OPENSSH PRIVATE KEY-----\n  b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAM4FSEqL6\ncFgsdueMwOVpfAK0VPslMXLSvFw3QNDQu0VMD13m8DfqBw78IymCaYtLYI7Oj/7i\nVC6h1CiETbYBCdcq6EraFvJTsDvqXVxreWccIhi4etSWZzEr8epocMrqECmBT9Vn\nGFWkMPfWyGPLQZhPvC0leip72sMwvtnLQ6f2pDTZxbfpQ9v3pldeaN6541F9UM1h\n0g2E6UY8h/VDQX7Xv+XazlOddi1rtu6LslL91Vw/J796CJvpiySu1OY0eVCQZATx\nCiq2ayaqCd7r+yAzxzGIn7zKCwZIKS2nhW7OC/rdnTLdhlN45mp50mG7If8oikFe\nj+R/QYb08GaCUI4W6UYrh7SQqoS8hF1w41ZOSXFh8BsDj70=\n  -----END OPENSSH PRIVATE KEY-----',
      'DEPLOY_KEY="-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMyHQJNGS\n2mNUZB1Z6rDSby+vIPtab6zVJ+NrXYL8xYPwPQAkt3FkcsvDkFjFEk2cfhRAkBhO\nRpsY+2QrKD7hpDP6YH8MqX6OwoAXC/Fsyl9iIR7LuZfuMzBCHk+KSWY9JquN4NjC\nVOYPhVCNMaQqPyrIaYOQ9DImSRxteRgfszZ/JvqGg2G6h+weuniGg4Z4VxrjH3xi\niGHajOmH310DsyJPlSkABJ6LQIscT4DBxWeIu2INSReuRR0b9VzrHovXbywPgNX9\nKgTVsnlR1WUV/7OCkWniVO9kEbsSICOZ5zY1tYN7iB9RGqj6R/dXI04xKOeJxne1\nYJFhxBK2RuIH4xeDs8tuxnynUaHS+QqTnPANCvdxqVf67K0=\\n-----END OPENSSH PRIVATE KEY-----"',
    ],
    negative: [
      '-----BEGIN OPENSSH PRIVATE KEY-----\nMIGHAgEAbdVxckklZg8aBCTTkv2GwP8M0JHbbwyN69dMPhI0AYezm/b9qV70g39q\npDumRo4Ps9WbrAxrG4tJiQXWwjghrA59NBSXTX81pkn2jx2TrIZR4EphXIARWRhS\nOd6hsy5iVgVmmNKos4ApD5HqsCxLQ9rCJPz5TtefkUw50C53SG29eg==\n-----END OPENSSH PRIVATE KEY-----', // not an OpenSSH body
      '-----BEGIN OPENSSH PRIVATE KEY-----\n...\n-----END OPENSSH PRIVATE KEY-----',
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB8aNlKF8Bq5PH8cWdmN34xZZp4mvZospAmgVNxbT8Ky dev@laptop', // a public key
    ],
  },
});

export const pgpPrivateKey = defineDetector({
  id: 'pgp-private-key',
  provider: 'Private key',
  title: 'PGP / GPG private key block',
  severity: 'critical',
  keywords: ['pgp private key block'],
  // ASCII armor: https://www.rfc-editor.org/rfc/rfc4880#section-6.2 ; `validate` checks that the
  // first packet is a secret-key packet.
  pattern: String.raw`(-----BEGIN PGP PRIVATE KEY BLOCK-----${BODY}-----END PGP PRIVATE KEY BLOCK-----)`,
  validate: isPlausiblePgpPrivateKey,
  rescanWhen: KEY_RESCAN,
  remediation: 'Revoke the key (gpg --gen-revoke, then publish the revocation to keyservers), generate a new one, and re-sign or re-encrypt what depended on it.',
  examples: {
    positive: [
      { text: '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQPGBIxuPmijD1bBBk7GkVd95Xtj+CA+YX+PndJatuThp0St73rm9zFETjLrjPtr\nIOVNFnr4OzE/RReau5luz0sEFsQBARI3zd0goscIB7ipLokKt8+Wf/jGZ7WDHTt2\nesjq0OSHIK4UNqOi83/2KbJipDgf3IrsOszbgV1I+Q44iE9CO/oeCeJgrLEFGI8h\n=p9Mh\n-----END PGP PRIVATE KEY BLOCK-----\n', path: 'keys/release-signing.asc' },
      'GPG_PRIVATE_KEY: |\n  -----BEGIN PGP PRIVATE KEY BLOCK-----\n  Version: GnuPG v2\n\n  xVgEkvoqlFV0vpI7EzWK9dAtfzxi6x7hy+jKrORhwex/9YcXHls9qqpIjoqcYGj/\n  sRHz/LAD21Rs3kXGul1vg8bCDUZCWaRBEGwJ1c3ZQlGdnaGQ60mPbv7LEkHhvJOB\n  ipctWE5nSQ==\n  -----END PGP PRIVATE KEY BLOCK-----',
      'SIGNING_KEY="-----BEGIN PGP PRIVATE KEY BLOCK-----\\n\\nlQPGBIxuPmijD1bBBk7GkVd95Xtj+CA+YX+PndJatuThp0St73rm9zFETjLrjPtr\\nIOVNFnr4OzE/RReau5luz0sEFsQBARI3zd0goscIB7ipLokKt8+Wf/jGZ7WDHTt2\\n-----END PGP PRIVATE KEY BLOCK-----"',
    ],
    negative: [
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\n...\n-----END PGP PRIVATE KEY BLOCK-----',
      // A public key packet (tag 6) under a private label.
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\nmQENBFOrMNcBCAC+gLI4s3bUkobS5NpOQbWfjWXbqC0Ixpc5bZYDOvsmfstmswna\nUWUXkRH9RONabzrAu4TGvW0f5DkC2fuWvRnxezIRy2Yv7SFlzC0iFiRF/O/jePSw\n-----END PGP PRIVATE KEY BLOCK-----',
      'Export with gpg --armor --export-secret-keys; the file starts with -----BEGIN PGP PRIVATE KEY BLOCK-----.',
    ],
  },
});

export const puttyPrivateKey = defineDetector({
  id: 'putty-private-key',
  provider: 'Private key',
  title: 'PuTTY private key (.ppk)',
  severity: 'critical',
  keywords: ['putty-user-key-file-'],
  // Format: https://the.earth.li/~sgtatham/putty/0.78/htmldoc/AppendixC.html
  pattern: String.raw`(PuTTY-User-Key-File-[23]: [a-z0-9@.-]{3,40}\r?\n(?:[A-Za-z-]{3,30}: [^\n]{0,200}\n|[A-Za-z0-9+/=]{1,128}\r?\n)+?Private-(?:MAC|Hash): [0-9a-fA-F]{40,128})`,
  validate: isPlausiblePuttyKey,
  rescanWhen: KEY_RESCAN,
  remediation: REMEDIATION,
  examples: {
    positive: [
      { text: 'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy@build\nPublic-Lines: 2\nZriL66xmFaSOPkbuWLWQjlcfWTmTjyyx1d1+6IzB/AoS5xFY4bXhx5vf8DcZbqBe\nGpB+\nPrivate-Lines: 2\nArLvzZtkgBBEu0GSN8ZTXEyr+I2lAfVBF9En84Z4Cer8M4aC7ej5hHm2M1ewUgwx\ni/s4HCJURLuKYw9PC8Uko91JcVOBxdth\nPrivate-MAC: 736c2a44200b47b133d7dd705d0c9375d06276022b9b59b2fd5378c7d11a3460\n', path: 'keys/deploy.ppk' },
      'PuTTY-User-Key-File-3: ssh-ed25519\r\nEncryption: none\r\nComment: ops\r\nPublic-Lines: 1\r\nZriL66xmFaSOPkbuWLWQjlcfWTmTjyyx1d1+6IzB/AoS5xFY4bXhx5vf8DcZbqBe\r\nPrivate-Lines: 1\r\nArLvzZtkgBBEu0GSN8ZTXEyr+I2lAfVBF9En84Z4Cer8M4aC7ej5hHm2M1ewUgwx\nPrivate-MAC: 736c2a44200b47b133d7dd705d0c9375d06276022b9b59b2fd5378c7d11a3460\n',
      'key = """PuTTY-User-Key-File-2: ssh-rsa\nEncryption: aes256-cbc\nComment: imported\nPublic-Lines: 1\nGpB+ZriL66xmFaSOPkbuWLWQjlcfWTmTjyyx1d1\nPrivate-Lines: 1\ni/s4HCJURLuKYw9PC8Uko91JcVOBxdthArLvzZtkgBBEu0GSN8ZTXEyr\nPrivate-MAC: 0d0c9375d06276022b9b59b2fd5378c7d11a3460736c2a44200b47b133d7dd705\n"""',
    ],
    negative: [
      'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: x\nPublic-Lines: 1\nAAAA\nPrivate-Lines: 3\nAAAA\nPrivate-MAC: 736c2a44200b47b133d7dd705d0c9375d06276022b9b59b2fd5378c7d11a3460',
      'Save the key; the .ppk starts with PuTTY-User-Key-File-3: followed by the algorithm.',
      'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nPrivate-Lines: 1\nArLvzZtkgBBEu0GSN8ZTXEyr\nPrivate-MAC: <mac>',
    ],
  },
});

export const pemPrivateKeyBase64 = defineDetector({
  id: 'pem-private-key-base64',
  provider: 'Private key',
  title: 'Base64-encoded PEM private key',
  severity: 'critical',
  // base64("-----BEGIN ") is `LS0tLS1CRUdJTi`; followed by `B` for the space.
  keywords: ['ls0tls1crudjtib'],
  pattern: String.raw`(?:^|[^A-Za-z0-9+/])(LS0tLS1CRUdJTiB[A-Za-z0-9+/]{185,}={0,2})`,
  validate: isBase64EncodedPemPrivateKey,
  remediation: REMEDIATION,
  examples: {
    positive: [
      'PRIVATE_KEY_B64=LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVBbXBVRmtIamVrNGtSejZXYi96QkZMaW5Jd2lvb2U4U1NTNDRZNEkySm9BK0RDZlM0d1llTUJxTVZxMGdHMzFOSjFjMGhackNZNm5UelhVb01oTXB3S0VrNFlSTmVGSHp2UFBaQWsyelYvbVdtS3U4VWdlVVYySzd3dHNLbThRbjk1UFdPNnNVTEo0Mmhyb29BUW9LM3JleDhkbStJcitRMlptb003TXJpMmFIUXVVakQ2N1kva1BLV2ZkTzFWUFU3YTRiaHo5M1VmQVd6UzFSM0tNbmNVWU9ER0Q0b1hjeCtyb1AyM05pK1hUNHBjUFZNUm50VUJHYi9XUjBya3lOK1VLVzRzNmVxOTlFPQotLS0tLUVORCBSU0EgUFJJVkFURSBLRVktLS0tLQo=',
      '{ "privateKey": "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVBbXBVRmtIamVrNGtSejZXYi96QkZMaW5Jd2lvb2U4U1NTNDRZNEkySm9BK0RDZlM0d1llTUJxTVZxMGdHMzFOSjFjMGhackNZNm5UelhVb01oTXB3S0VrNFlSTmVGSHp2UFBaQWsyelYvbVdtS3U4VWdlVVYySzd3dHNLbThRbjk1UFdPNnNVTEo0Mmhyb29BUW9LM3JleDhkbStJcitRMlptb003TXJpMmFIUXVVakQ2N1kva1BLV2ZkTzFWUFU3YTRiaHo5M1VmQVd6UzFSM0tNbmNVWU9ER0Q0b1hjeCtyb1AyM05pK1hUNHBjUFZNUm50VUJHYi9XUjBya3lOK1VLVzRzNmVxOTlFPQotLS0tLUVORCBSU0EgUFJJVkFURSBLRVktLS0tLQo=" }',
      'data:\n  tls.key: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVBbXBVRmtIamVrNGtSejZXYi96QkZMaW5Jd2lvb2U4U1NTNDRZNEkySm9BK0RDZlM0d1llTUJxTVZxMGdHMzFOSjFjMGhackNZNm5UelhVb01oTXB3S0VrNFlSTmVGSHp2UFBaQWsyelYvbVdtS3U4VWdlVVYySzd3dHNLbThRbjk1UFdPNnNVTEo0Mmhyb29BUW9LM3JleDhkbStJcitRMlptb003TXJpMmFIUXVVakQ2N1kva1BLV2ZkTzFWUFU3YTRiaHo5M1VmQVd6UzFSM0tNbmNVWU9ER0Q0b1hjeCtyb1AyM05pK1hUNHBjUFZNUm50VUJHYi9XUjBya3lOK1VLVzRzNmVxOTlFPQotLS0tLUVORCBSU0EgUFJJVkFURSBLRVktLS0tLQo=',
    ],
    negative: [
      // base64 of a certificate, not a key
      'ca.pem: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUR4RENDQXF5Z0F3SUJBZ0lVV3pqUDl5RUk0eHlRSnBzVHVERU4yV2ROaUFzd0RRWUpLb1pJaHZjTkFRRUxCUUF3YURFTE1Ba0dBMVVFQmhNQ1ZWTXhEekFOQmdOVkJBZ1RCazl5WldkdmJqRVJNQThHQTFVRUJ4TUlVRzl5ZEd4aGJtUXhFekFSQmdOVkJBb1RDa3QxWW1WeWJtVjBaWE14Q3pBSkJnTlZCQXNUQWtOQk1SUXdFZ1lEVlFRREV3dExkV0psY201bGRHVnpJRU5C',
      'key: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo=', // header only
      'x=LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQouLi4KLS0tLS1FTkQgUlNBIFBSSVZBVEUgS0VZLS0tLS0KLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4u',
    ],
  },
});

export const privateKeyDetectors = [pemPrivateKey, opensshPrivateKey, pgpPrivateKey, puttyPrivateKey, pemPrivateKeyBase64];
