import { defineFileDetector } from '../src/file-detector';
import { isCredentialValue, isNameEcho } from '../src/validators/credential-value';

// Configuration files whose only purpose is to hold credentials. Content detectors already report
// random-looking values in them (generic-password, npmrc-auth, netrc-password, docker-config-auth,
// aws-secret-access-key…); on these paths a file detector also reports the values they let through
// because they look weak (`DB_PASSWORD=bluemoon42`) or have no known format. A hit on a line that a
// content detector matched is dropped by the engine, so nothing is reported twice.

// .env ----------------------------------------------------------------------------------------

/** The last word of a secret-looking variable name. */
const ENV_SECRET_WORD = /^(?:[a-z]*(?:password|passwd|passphrase|secret|token|apikey|secretkey|accesskey|privatekey)|pass|pwd|key|auth|credentials?)$/i;
/** `<word>_KEY` names that are not secrets, and names meant to be public. */
const ENV_NOT_SECRET = /(?:^|_)(?:PUBLIC|PUBLISHABLE|SITE|ANON|CACHE|SORT|PARTITION|PRIMARY|FOREIGN|IDEMPOTENCY|I18N|TRANSLATION|HOST|LOOKUP|INDEX|ROUTE|QUERY|FILE|PATH|ID)_(?:KEY|TOKEN)$|^NEXT_PUBLIC_|_(?:PUBLIC|PUBLISHABLE)_/i;

function isEnvCredential(value: string, match: string): boolean {
  const name = /^\s*(?:export\s+)?([\w.]+)/.exec(match)?.[1] ?? '';
  const words = name.split(/[_.]+/).filter((word) => word !== '');
  return (
    words.length > 0 &&
    (ENV_SECRET_WORD.test(words[words.length - 1]) || /^SECRET_KEY_BASE$/i.test(name)) && // Rails' signing secret
    !ENV_NOT_SECRET.test(name) &&
    isCredentialValue(value) &&
    !isNameEcho(value, name)
  );
}

export const dotenvCredential = defineFileDetector({
  id: 'dotenv-file-credential',
  provider: 'dotenv',
  title: 'Credential in a .env file',
  severity: 'high',
  description: 'A non-empty, non-placeholder value for a *_PASSWORD, *_SECRET, *_TOKEN, *_KEY… variable, even a weak one. Template files (.env.example, .env.sample, .env.template…) are not checked.',
  // dotenv syntax: `NAME=value`, `export NAME=value`, quoted or not. https://github.com/motdotla/dotenv#what-rules-does-the-parsing-engine-follow
  paths: ['**/.env', '**/.env.*', '**/*.env', '**/.envrc'],
  ignorePaths: ['**/*.{example,sample,template,tmpl,tpl,dist,defaults,schema}', '**/.env.{example,sample,template}.*', '**/{example,sample,template}.env'],
  content: {
    pattern: String.raw`(?m)^[ \t]*(?:export[ \t]+)?[A-Za-z_][\w.]*[ \t]*=[ \t]*(?:"([^"\n]+)"|'([^'\n]+)'|([^\s"'#]\S*))`,
    validate: isEnvCredential,
  },
  remediation: 'Unstage the file (git rm --cached .env), add it to .gitignore, change each password or token in it, and commit a .env.example with placeholders instead.',
  examples: {
    positive: [
      { path: '.env', content: 'APP_ENV=production\nDB_HOST=db.internal\nDB_PASSWORD=bluemoon42\n' },
      { path: 'services/api/.env.production', content: '# api\nexport SMTP_PASS="falcon1984"\nPORT=8080\n' },
      { path: 'docker/web.env', content: 'REDIS_URL=redis://cache:6379\nSESSION_SECRET=kittens-on-mars\n' },
      { path: 'config/app.env', content: 'DB_PASSWORD=Zx9!vQ2#rT7$kL4m\n' }, // reported here instead of as generic-password
      { path: '.env.staging', content: 'RAILS_ENV=staging\nSECRET_KEY_BASE=staging-only-base\n' },
    ],
    negative: [
      { path: '.env.example', content: 'DB_PASSWORD=bluemoon42\nAPI_TOKEN=\n' }, // a template: never checked
      { path: '.env', content: 'MYSQL_ROOT_PASSWORD=root\nDB_PASSWORD=\nAPI_TOKEN=${API_TOKEN}\nSTRIPE_PUBLISHABLE_KEY=pk_test_abc\nJWT_SECRET=changeme\nPOSTGRES_PASSWORD=postgres\nTOKEN_TTL=3600\nAUTH_ENABLED=true\nSSL_KEY=./certs/server.key\n' },
      { path: '.env.local', content: 'NEXT_PUBLIC_SITE_KEY=6LcA2y38RSsPG\nSENTRY_DSN_PUBLIC_KEY=f54efa68\nGOOGLE_CLIENT_ID=1234.apps.googleusercontent.com\n' },
      { path: 'config/app.env', content: 'ALGOLIA_ADMIN_KEY=c723649f742f228e9d52b4693c6d0af9\n' }, // algolia-admin-key reports it; not twice
    ],
  },
});

// Package registries ----------------------------------------------------------------------------

export const npmrcCredential = defineFileDetector({
  id: 'npmrc-file-credential',
  provider: 'npm',
  title: 'Registry credential in .npmrc or .yarnrc.yml',
  severity: 'critical',
  // .npmrc `_authToken`, `_auth`, `_password` (https://docs.npmjs.com/cli/v10/configuring-npm/npmrc);
  // .yarnrc.yml `npmAuthToken`, `npmAuthIdent`, `npmPassword` (https://yarnpkg.com/configuration/yarnrc).
  paths: ['**/.npmrc', '**/.yarnrc.yml'],
  content: {
    pattern: String.raw`(?m)(?:^|[\s:])_(?:authToken|auth|password)[ \t]*=[ \t]*["']?([^\s"']+)|^[ \t]*npm(?:AuthToken|AuthIdent|Password)[ \t]*:[ \t]*["']?([^\s"']+)`,
    validate: (value) => isCredentialValue(value, 6),
  },
  remediation: 'Revoke the token in the registry (npmjs.com → Access Tokens, or your private registry) and reference ${NPM_TOKEN} in the file instead.',
  examples: {
    positive: [
      { path: '.npmrc', content: '@acme:registry=https://npm.acme-corp.io/\n//npm.acme-corp.io/:_authToken=deploy-2024-q3\n' },
      { path: 'packages/web/.npmrc', content: 'registry=https://nexus.acme-corp.io/repository/npm/\n//nexus.acme-corp.io/:_authToken=ci-token-77\n' },
      { path: '.yarnrc.yml', content: 'npmScopes:\n  acme:\n    npmRegistryServer: "https://npm.acme-corp.io"\n    npmAuthToken: "ci-readonly-77"\n' },
    ],
    negative: [
      { path: '.npmrc', content: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n' },
      { path: '.yarnrc.yml', content: 'npmAuthToken: "${NPM_AUTH_TOKEN}"\nnodeLinker: node-modules\n' },
      { path: 'docs/.npmrc.md', content: '//npm.acme-corp.io/:_authToken=deploy-2024-q3\n' }, // not the file
    ],
  },
});

export const pypircPasswordFile = defineFileDetector({
  id: 'pypirc-file-password',
  provider: 'PyPI',
  title: 'Password in .pypirc',
  severity: 'critical',
  // `password = …` under an index section. https://packaging.python.org/en/latest/specifications/pypirc/
  paths: ['**/.pypirc'],
  content: { pattern: String.raw`(?im)^[ \t]*password[ \t]*[:=][ \t]*(\S+)`, validate: (value) => isCredentialValue(value) },
  remediation: 'Revoke the token at pypi.org/manage/account/token/ (or change the password) and use trusted publishing or keyring instead.',
  examples: {
    positive: [
      { path: '.pypirc', content: '[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.acme-corp.io/\nusername = ci\npassword = wheelhouse7\n' },
      { path: 'release/.pypirc', content: 'password: octo-release\n' }, // only the changed line is added: no section in sight
      { path: '.pypirc', content: '[nexus]\nrepository = https://nexus.acme-corp.io/pypi/\nusername = octo\nPassword = Summer2024\n' },
    ],
    negative: [
      { path: '.pypirc', content: '[pypi]\nusername = __token__\npassword = <your token>\n' },
      { path: '.pypirc', content: '[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}\n' },
      { path: 'setup.cfg', content: '[pypi]\npassword = wheelhouse7\n' }, // not the file
    ],
  },
});

// Machine credentials ---------------------------------------------------------------------------

export const netrcPasswordFile = defineFileDetector({
  id: 'netrc-file-password',
  provider: 'netrc',
  title: 'Password in .netrc / _netrc',
  severity: 'high',
  // Tokens `machine`, `login`, `password` in any order. https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html
  paths: ['**/.netrc', '**/_netrc'],
  content: { pattern: String.raw`(?:^|\s)password[ \t\n]+(\S+)`, validate: (value) => isCredentialValue(value) },
  remediation: 'Change the password or revoke the token for that host, and keep ~/.netrc out of the repository.',
  examples: {
    positive: [
      // `machine … password …` lines are netrc-password's (content, any file name); this detector
      // adds the `default` entry and other layouts only a .netrc file name makes credentials.
      { path: '.netrc', content: 'default password tulips99 login deploy\n' },
      { path: 'ci/_netrc', content: 'default\n  login anonymous\n  password guest-ci-2024\n' },
      { path: 'home/.netrc', content: 'default login ops@acme-corp.io password abc-deploy-key\n' },
    ],
    negative: [
      { path: '.netrc', content: 'machine github.com login octocat password <token>\n' },
      { path: '.netrc', content: 'machine github.com login octocat password $GITHUB_TOKEN\n' },
      { path: 'netrc.md', content: 'machine ftp.acme-corp.io password tulips99 login deploy\n' },
    ],
  },
});

export const gitCredentialsFile = defineFileDetector({
  id: 'git-credentials-file',
  provider: 'Git',
  title: 'Password or token in .git-credentials',
  severity: 'critical',
  // One `https://user:password@host` per line, written by `git credential-store`. https://git-scm.com/docs/git-credential-store
  paths: ['**/.git-credentials', '**/git-credentials'],
  content: { pattern: String.raw`(?m)^[ \t]*[a-z][a-z0-9+.-]*://[^:/@\s]*:([^@\s]+)@`, validate: (value) => isCredentialValue(value) },
  remediation: 'Revoke the token at the host (e.g. github.com/settings/tokens), then use a credential manager instead of credential.helper=store.',
  examples: {
    positive: [
      { path: '.git-credentials', content: 'https://octocat:hunter22@github.com\n' },
      { path: 'ci/git-credentials', content: 'https://deploy:qwerty12@gitlab.acme-corp.io\nhttps://other@example.com\n' },
      { path: 'home/.git-credentials', content: 'http://ci:letmein@git.internal:8080\n' },
    ],
    negative: [
      { path: '.git-credentials', content: 'https://octocat:${GH_TOKEN}@github.com\n' },
      { path: '.git-credentials', content: 'https://octocat@github.com\n' },
      { path: 'docs/credentials.md', content: 'https://octocat:orchard-2024@github.com\n' },
    ],
  },
});

export const htpasswdFile = defineFileDetector({
  id: 'htpasswd-file',
  provider: 'Apache',
  title: 'Password hash (or password) in .htpasswd',
  severity: 'medium',
  // `user:hash`, hashes $apr1$, $2y$, {SHA}, crypt or plain text. https://httpd.apache.org/docs/2.4/programs/htpasswd.html
  paths: ['**/.htpasswd', '**/htpasswd', '**/*.htpasswd'],
  content: { pattern: String.raw`(?m)^[ \t]*[^:#\s]+:(\S+)[ \t]*$`, validate: (value) => isCredentialValue(value) },
  remediation: 'Change the password of each listed user (hashes can be cracked offline) and keep the file out of the repository.',
  examples: {
    positive: [
      { path: '.htpasswd', content: 'admin:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=\n' },
      { path: 'nginx/htpasswd', content: 'ops:rl9Fh2zH5xM6k\n' }, // DES crypt
      { path: 'deploy/staging.htpasswd', content: '# staging\npreview:letmein-2024\n' }, // plain text
    ],
    negative: [
      { path: '.htpasswd', content: '# generated by htpasswd -B; add users below\n' },
      { path: '.htpasswd', content: 'user:<hash>\n' },
      { path: 'nginx/site.conf', content: 'ops:rl9Fh2zH5xM6k\n' }, // not the file
    ],
  },
});

export const credentialFileDetectors = [dotenvCredential, npmrcCredential, pypircPasswordFile, netrcPasswordFile, gitCredentialsFile, htpasswdFile];
