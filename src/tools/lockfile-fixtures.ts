/**
 * Synthetic lockfiles for `eval-corpus --real-code`: one of each common kind, in its real shape, with
 * deterministic random-looking hashes (integrity digests, checksums, commit ids). Lockfiles are
 * committed constantly and are nothing but high-entropy values next to names, so no detector may fire
 * on them. Package names deliberately include `token`, `secret`, `key`, `auth` and `pass`.
 */
import { createHash } from 'node:crypto';

/** Deterministic digest number `n` of `algorithm` (so fixture runs are reproducible). */
function digest(algorithm: 'sha1' | 'sha256' | 'sha512', n: number): Buffer {
  return createHash(algorithm).update(`keyguard-lockfile-fixture-${n}`).digest();
}

const NPM_PACKAGES = [
  'jsonwebtoken', 'js-tokens', '@octokit/auth-token', 'csrf-tokens', 'keygrip', 'secret-handshake', 'passport-jwt',
  'api-key-auth', '@aws-sdk/credential-provider-env', 'bcrypt', 'safe-buffer', 'tslib', 'typescript', 'passwd-user',
];
const CRATES = ['secrecy', 'zeroize', 'ring', 'keyring', 'oauth2', 'jsonwebtoken', 'api-key', 'tokio'];
const GO_MODULES = ['github.com/golang-jwt/jwt/v5', 'golang.org/x/oauth2', 'github.com/zalando/go-keyring', 'golang.org/x/crypto'];
const PYPI = ['tokenizers', 'secretstorage', 'keyring', 'passlib', 'pyjwt', 'api-key-manager'];
const GEMS = ['jwt', 'bcrypt', 'rotp', 'secure_headers', 'api-auth'];

export function lockfileFixtures(): Record<string, string> {
  let n = 0;
  const sri = (): string => `sha512-${digest('sha512', n++).toString('base64')}`;
  const hex = (algorithm: 'sha1' | 'sha256' | 'sha512'): string => digest(algorithm, n++).toString('hex');
  const b64 = (): string => digest('sha256', n++).toString('base64');
  const tarball = (name: string): string => `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-1.2.3.tgz`;

  const packageLock = JSON.stringify(
    {
      name: 'fixture',
      lockfileVersion: 3,
      requires: true,
      packages: Object.fromEntries(
        NPM_PACKAGES.map((name) => [`node_modules/${name}`, { version: '1.2.3', resolved: tarball(name), integrity: sri(), license: 'MIT' }]),
      ),
    },
    null,
    2,
  );
  const yarnV1 = NPM_PACKAGES.map(
    (name) => `"${name}@^1.2.0":\n  version "1.2.3"\n  resolved "${tarball(name)}#${hex('sha1')}"\n  integrity ${sri()}\n`,
  ).join('\n');
  const yarnBerry = `__metadata:\n  version: 8\n  cacheKey: 10c0\n\n${NPM_PACKAGES.map(
    (name) => `"${name}@npm:^1.2.0":\n  version: 1.2.3\n  resolution: "${name}@npm:1.2.3"\n  checksum: 10c0/${hex('sha512')}\n  languageName: node\n  linkType: hard\n`,
  ).join('\n')}`;
  const pnpm = `lockfileVersion: '9.0'\n\npackages:\n\n${NPM_PACKAGES.map(
    (name) => `  '${name}@1.2.3':\n    resolution: {integrity: ${sri()}}\n    engines: {node: '>=14'}\n`,
  ).join('\n')}`;
  const cargo = `version = 3\n\n${CRATES.map(
    (name) => `[[package]]\nname = "${name}"\nversion = "0.7.1"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${hex('sha256')}"\n`,
  ).join('\n')}\n[[package]]\nname = "local-secret-store"\nversion = "0.1.0"\nsource = "git+https://github.com/example/secret-store?rev=${hex('sha1')}#${hex('sha1')}"\n`;
  const goSum = GO_MODULES.flatMap((name) => [`${name} v1.2.3 h1:${b64()}`, `${name} v1.2.3/go.mod h1:${b64()}`]).join('\n');
  const poetry = `${PYPI.map(
    (name) =>
      `[[package]]\nname = "${name}"\nversion = "1.2.3"\ndescription = ""\noptional = false\npython-versions = ">=3.8"\nfiles = [\n    {file = "${name}-1.2.3-py3-none-any.whl", hash = "sha256:${hex('sha256')}"},\n    {file = "${name}-1.2.3.tar.gz", hash = "sha256:${hex('sha256')}"},\n]\n`,
  ).join('\n')}\n[metadata]\nlock-version = "2.0"\npython-versions = "^3.10"\ncontent-hash = "${hex('sha256')}"\n`;
  const pipfileLock = JSON.stringify(
    {
      _meta: { hash: { sha256: hex('sha256') }, 'pipfile-spec': 6 },
      default: Object.fromEntries(PYPI.map((name) => [name, { hashes: [`sha256:${hex('sha256')}`, `sha256:${hex('sha256')}`], version: '==1.2.3' }])),
    },
    null,
    4,
  );
  const gemfileLock = `GEM\n  remote: https://rubygems.org/\n  specs:\n${GEMS.map((name) => `    ${name} (2.7.1)`).join('\n')}\n\nCHECKSUMS\n${GEMS.map(
    (name) => `  ${name} (2.7.1) sha256=${hex('sha256')}`,
  ).join('\n')}\n\nBUNDLED WITH\n   2.5.3\n`;
  const composerLock = JSON.stringify(
    {
      'content-hash': hex('sha256').slice(0, 32),
      packages: ['firebase/php-jwt', 'league/oauth2-client', 'paragonie/random_compat'].map((name) => ({
        name,
        version: 'v6.10.0',
        source: { type: 'git', url: `https://github.com/${name}.git`, reference: hex('sha1') },
        dist: { type: 'zip', url: `https://api.github.com/repos/${name}/zipball/${hex('sha1')}`, reference: hex('sha1'), shasum: '' },
      })),
    },
    null,
    4,
  );
  return {
    'npm/package-lock.json': packageLock,
    'yarn-v1/yarn.lock': yarnV1,
    'yarn-berry/yarn.lock': yarnBerry,
    'pnpm/pnpm-lock.yaml': pnpm,
    'cargo/Cargo.lock': cargo,
    'go/go.sum': goSum,
    'poetry/poetry.lock': poetry,
    'pipenv/Pipfile.lock': pipfileLock,
    'bundler/Gemfile.lock': gemfileLock,
    'composer/composer.lock': composerLock,
  };
}
