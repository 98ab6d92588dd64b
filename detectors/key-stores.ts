import { defineFileDetector, FileContentCheck, FileDetectorExample } from '../src/file-detector';

// Binary key stores: the scanner sees only "Binary files differ" and the staged blob id, so the
// name is all there is to go on. Magic numbers in the examples are only there to make them look
// real; the detectors do not read them. A store tracked with Git LFS is staged as a text pointer,
// and its content is uploaded at push: the pointer is reported too.

/** A file of these bytes (hex); the NUL bytes make git treat it as binary. */
function binary(hex: string): Uint8Array {
  return Buffer.from(hex.replace(/\s+/g, ''), 'hex');
}

/** A Git LFS pointer: https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md */
const LFS_POINTER: FileContentCheck = {
  pattern: String.raw`(?m)^version https://git-lfs\.github\.com/spec/v1\noid sha256:([0-9a-f]{64})$`,
  identity: 'file',
};

const lfsPointer = (path: string, oid: string): FileDetectorExample => ({
  path,
  content: `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 2563\n`,
});

const TEXT_NOT_A_STORE = 'This directory holds the release signing material; ask ops for access.\n';

export const pkcs12KeyStoreFile = defineFileDetector({
  id: 'pkcs12-keystore-file',
  provider: 'Key store',
  title: 'PKCS#12 key store (.p12, .pfx) staged',
  severity: 'high',
  // PKCS#12 bundles a private key with its certificate chain; its password is often empty or
  // `changeit`. https://www.rfc-editor.org/rfc/rfc7292
  paths: ['**/*.p12', '**/*.pfx', '**/*.pkcs12'],
  binary: true,
  content: LFS_POINTER,
  remediation: 'Unstage it (git rm --cached), revoke the certificate at its CA and issue a new key pair; keep key stores in a secret manager.',
  examples: {
    positive: [
      { path: 'certs/client.p12', content: binary('3082 0a1b 0201 0330 820a d706 092a 8648 86f7 0d01 0701 a082 0ac8 0482 0ac4 0000 d390 4907 ecb5 568e 80fb 75bb') },
      { path: 'Signing/AppleDistribution.PFX', content: binary('3082 0c91 0201 0330 820c 4f06 0000 5818 2e65 6a41 f149 b9e1 caab 5384 5ef3 fb7f dd85 d1f1') },
      lfsPointer('deploy/tls/server.pfx', 'ec31682fde561917952ff78a7a8adeffd0febc372dd26871916c46c630381b45'),
    ],
    negative: [
      { path: 'certs/README.p12.md', content: binary('3082 0a1b 0201 0330 0000 7e02 ec46 7680') }, // another extension
      { path: 'certs/notes.p12', content: TEXT_NOT_A_STORE }, // a text file that is not an LFS pointer
      { path: 'certs/client.p12', content: 'version https://git-lfs.github.com/spec/v1\noid sha256:<oid>\nsize 12\n' },
    ],
  },
});

export const javaKeyStoreFile = defineFileDetector({
  id: 'java-keystore-file',
  provider: 'Key store',
  title: 'Java / Android key store (.jks, .keystore, .jceks, .bks) staged',
  severity: 'high',
  // JKS starts 0xFEEDFEED, JCEKS 0xCECECECE; Android signs release builds with one.
  // https://docs.oracle.com/en/java/javase/21/docs/specs/man/keytool.html
  paths: ['**/*.jks', '**/*.keystore', '**/*.jceks', '**/*.bks'],
  // The Android SDK's debug key store (password `android`) is generated on every machine and
  // committed on purpose by project templates such as React Native's: not a secret.
  ignorePaths: ['**/debug.keystore'],
  binary: true,
  content: LFS_POINTER,
  remediation: 'Unstage it (git rm --cached); for an Android upload key ask Play Console for an upload key reset, otherwise rotate every key in it; keep key stores in CI secrets.',
  examples: {
    positive: [
      { path: 'android/app/release.keystore', content: binary('feed feed 0000 0002 0000 0001 0000 0001 000a 7570 6c6f 6164 2d6b 6579 0000 018c 7e02 ec46') },
      { path: 'src/main/resources/server.jks', content: binary('feed feed 0000 0002 0000 0002 0000 0002 0006 746f 6d63 6174 0000 018b d390 4907 ecb5 568e') },
      { path: 'config/secrets.jceks', content: binary('cece cece 0000 0002 0000 0001 0000 0003 0004 6b65 7931 0000 0189 5818 2e65 6a41') },
    ],
    negative: [
      { path: 'android/app/debug.keystore', content: binary('feed feed 0000 0002 0000 0001 0000 0001 000e 616e 6472 6f69 6464 6562 7567 6b65 7900') },
      { path: 'docs/keystore.md', content: binary('feed feed 0000 0002 0000 0001') }, // not a store's extension
      { path: 'android/keystore.properties.keystore', content: 'storeFile=release.keystore\nkeyAlias=upload\n' }, // text
    ],
  },
});

export const keepassDatabaseFile = defineFileDetector({
  id: 'keepass-database-file',
  provider: 'KeePass',
  title: 'KeePass password database (.kdbx) staged',
  severity: 'high',
  // KDBX signature 0x9AA2D903 0xB54BFB67; https://keepass.info/help/kb/kdbx.html
  paths: ['**/*.kdbx'],
  binary: true,
  content: LFS_POINTER,
  remediation: 'Unstage it (git rm --cached); it can be attacked offline, so change the master password and the passwords it holds if it was ever pushed.',
  examples: {
    positive: [
      { path: 'ops/team-passwords.kdbx', content: binary('03d9 a29a 67fb 4bb5 0100 0400 0210 0031 c1f2 e6bf 7143 50be 5805 216a fc5a ff03 0400 0100 0000') },
      { path: 'Passwords.KDBX', content: binary('03d9 a29a 67fb 4bb5 0000 0300 0210 0031 c1f2 e6bf 7143 50be d390 4907 ecb5 568e') },
      lfsPointer('vault/infra.kdbx', '844ecc08164e2eab27634a9adee1afa6599e589570e719784e080ce747fc0e45'),
    ],
    negative: [
      { path: 'ops/team-passwords.kdbx.md', content: 'How to open the team database: KeePassXC, key file on the USB stick.\n' },
      { path: 'ops/passwords.kdbx', content: TEXT_NOT_A_STORE },
      { path: 'ops/kdbx', content: binary('03d9 a29a 67fb 4bb5 0000 0300') }, // a name, not the extension
    ],
  },
});

export const keychainFile = defineFileDetector({
  id: 'macos-keychain-file',
  provider: 'Key store',
  title: 'macOS keychain (.keychain, .keychain-db) staged',
  severity: 'high',
  // Keychain files start with the magic `kych`; https://developer.apple.com/documentation/security/keychain_services
  paths: ['**/*.keychain', '**/*.keychain-db'],
  binary: true,
  remediation: 'Unstage it (git rm --cached), change the keychain password and rotate the certificates and passwords it holds.',
  examples: {
    positive: [
      { path: 'ci/build.keychain', content: binary('6b79 6368 0001 0000 0000 0080 0000 0014 0000 0000 7e02 ec46 7680 0f5b') },
      { path: 'ci/signing.keychain-db', content: binary('6b79 6368 0001 0000 0000 0080 0000 0014 0000 0000 5818 2e65 6a41 f149') },
      { path: 'login.keychain', content: binary('6b79 6368 0001 0000 0000 0080 d390 4907 0000 0000') },
    ],
    negative: [
      { path: 'ci/keychain.sh', content: 'security create-keychain -p "$KEYCHAIN_PASSWORD" build.keychain\n' },
      { path: 'ci/build.keychain', content: 'security unlock-keychain build.keychain\n' }, // text
      { path: 'docs/keychain-db.png', content: binary('8950 4e47 0d0a 1a0a 0000 000d 4948 4452') },
    ],
  },
});

export const keyStoreDetectors = [pkcs12KeyStoreFile, javaKeyStoreFile, keepassDatabaseFile, keychainFile];
