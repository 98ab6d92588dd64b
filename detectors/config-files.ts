import { defineDetector } from '../src/detector';
import { isRandomSecret } from '../src/validators/assigned-value';
import { isDocumentationHost } from '../src/validators/documentation-host';
import { isPlausiblePassword } from '../src/validators/url-credentials';

// Credentials in well-known configuration files whose syntax names the value.

export const djangoSecretKey = defineDetector({
  id: 'django-secret-key',
  provider: 'Django',
  title: 'Django SECRET_KEY',
  severity: 'high',
  keywords: ['secret_key'],
  // startproject writes 50 characters from [a-z0-9!@#$%^&*(-_=+)], prefixed `django-insecure-`.
  // https://docs.djangoproject.com/en/stable/ref/settings/#secret-key
  pattern: String.raw`\bSECRET_KEY\s*=\s*['"]((?:django-insecure-)?[a-z0-9!@#$%^&*(\-_=+)]{40,64})['"]`,
  minEntropy: 4.0,
  validate: (secret) => isPlausiblePassword(secret) && /[0-9]/.test(secret) && /[^a-z0-9]/.test(secret),
  remediation: 'Generate a new key (django.core.management.utils.get_random_secret_key), load it from the environment, and expect sessions and signed tokens to be invalidated.',
  examples: {
    positive: [
      { text: "# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = 'django-insecure-i+sdop73*&z78k6914y+0a7g1_xfy4m*a%)nk-zr&(n9ctipiu'\n", path: 'mysite/settings.py' },
      'SECRET_KEY = "6h)1@a_y3k1q-uh#x)86+giul4#2pif7(&nmk1p45k0%b+64bc"',
      "settings.configure(DEBUG=False, SECRET_KEY='vjd==g*7m6@hpk*)h=94h(_a*z2gjlnp_o!y4*+!-tmttqzeq!')",
    ],
    negative: ["SECRET_KEY = os.environ['DJANGO_SECRET_KEY']", "SECRET_KEY = 'django-insecure-changeme'", "SECRET_KEY = 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz'"],
  },
});

/**
 * A netrc `machine` token names a host (`api.wandb.ai`, `buildserver`, `10.0.0.5`, `host:2121`).
 * Usage synopses spell the fields instead (`:Nread "machine id password path"`, `a:machine a:id
 * password filename` in vim's netrw docs): a field word or a non-numeric port is no host.
 */
const HOST_FIELD_WORDS = new Set(['id', 'host', 'hostname', 'machine', 'server', 'name', 'user', 'username', 'login', 'password', 'domain', 'address', 'site']);

function isNetrcHost(host: string): boolean {
  return /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*(?::[0-9]{1,5})?$/.test(host) && !HOST_FIELD_WORDS.has(host.toLowerCase()) && !isDocumentationHost(host);
}

export const netrcPassword = defineDetector({
  id: 'netrc-password',
  provider: 'netrc',
  title: '.netrc machine password',
  severity: 'high',
  keywords: ['machine'],
  // machine <host> login <user> password <password>, on one line or several; the tokens after
  // `machine` come in any order (`password` before `login`, an `account` or `port` token).
  // https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html
  pattern: String.raw`\bmachine\s+([\w.:-]{1,100})\s+(?:(?:login|account|port)\s+\S{1,100}\s+){0,3}password\s+(\S{4,128})`,
  secretGroup: 2,
  validate: (secret, _tuning, { groups }) => isNetrcHost(groups[1] ?? '') && isPlausiblePassword(secret),
  // A changed `password` (or `login`) line under an unchanged `machine` line.
  rescanWhen: { addedLine: String.raw`[ \t]*(?:password|login|account)[ \t]+\S.*` },
  remediation: 'Change the password or revoke the token for that host, and keep ~/.netrc out of the repository.',
  examples: {
    positive: [
      { text: 'machine api.wandb.ai\n  login user\n  password 9d41c0e7a2b85f36d1e0c97a4b2f8e5d3c6a1b07\n', path: '.netrc' },
      'machine github.com login octocat password ghx7Rt2LmQ9wZp4Kc8Nv',
      'cat > ~/.netrc <<EOF\nmachine registry.acme-corp.io\nlogin ci\npassword Hn5Jw8Pb3Ck6Ty\nEOF',
      '- run: echo "machine git.acme-corp.io password Wk3vT9qLm8Zp login deploy" > ~/.netrc',
      'machine buildserver:2121 login ci password Hn5Jw8Pb3Ck6Ty', // an intranet host name and a port
    ],
    negative: [
      'machine github.com login octocat password <token>',
      'machine example.com login user password password',
      'machine api.github.com login ziggy password ${GH_TOKEN}',
      'echomsg \':Nread "machine id password path"           uses ftp\'', // a usage synopsis (vim netrw)
      '  " mipf     : a:machine a:id password filename\t     Use ftp', // `a:id` is no host[:port]
      'machine ftp.corp.example login ci password Hn5Jw8Pb3Ck6Ty', // `.example` is never delegated
    ],
  },
});

export const npmrcAuth = defineDetector({
  id: 'npmrc-auth',
  provider: 'npm',
  title: '.npmrc _auth / _authToken / _password',
  severity: 'critical',
  keywords: ['_auth', '_password'],
  // //registry/:_authToken=…, _auth=base64(user:pass), _password=base64(pass).
  // https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration
  pattern: String.raw`(?:^|[\s:])_(?:auth|authToken|password)\s*=\s*["']?([A-Za-z0-9+/=._-]{12,512})["']?(?:\s|$)`,
  minEntropy: 3.0,
  // npm_ tokens are reported by npm-access-token.
  validate: (secret) => !secret.startsWith('npm_') && isRandomSecret(secret),
  remediation: 'Revoke the token in the registry (npmjs.com → Access Tokens, or your private registry), and reference ${NPM_TOKEN} in .npmrc instead.',
  examples: {
    positive: [
      { text: '//npm.acme-corp.io/:_authToken=Zk8pQ2vN7xR4tL9mW3yB6cD1fH5jK0sA\n', path: '.npmrc' },
      { text: 'registry=https://nexus.acme-corp.io/repository/npm/\n_auth=djdZcDNRelc4bkx4NEs6UW03clQyeFd2OUxwWms=\n', path: '.npmrc' },
      'npmrc: |\n  //registry.acme-corp.io/:_password=Ums4I3FUMnZMbTkhWXc5',
    ],
    negative: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '_auth=dXNlcm5hbWU=', '//registry.npmjs.org/:_authToken=xxxxxxxxxxxxxxxxxxxx'],
  },
});

export const phpmailerPassword = defineDetector({
  id: 'phpmailer-password',
  provider: 'PHPMailer',
  title: 'PHPMailer SMTP password',
  severity: 'high',
  keywords: ['->password'],
  // $mail->Password = '…'; https://github.com/PHPMailer/PHPMailer#a-simple-example
  pattern: String.raw`\$\w{1,30}(?:->\w{1,30})?->Password\s*=\s*['"]([^'"\n]{4,128})['"]`,
  validate: (secret) => isPlausiblePassword(secret),
  remediation: 'Change the SMTP account password (or app password) at the mail provider and load it from configuration outside the code.',
  examples: {
    positive: [
      "$mail->Username = 'noreply@acme-corp.io';\n$mail->Password = 'Tq7!mZ2wKp9x';",
      '$mailer->Password = "Vx9!kT4mPq2w";',
      "$this->mail->Password   = 'Rz4vB8nQ2sLk';   // SMTP password",
    ],
    negative: ["$mail->Password = 'secret';", '$mail->Password = getenv("SMTP_PASSWORD");', "$mail->Password = '';"],
  },
});

export const psexecPassword = defineDetector({
  id: 'psexec-password',
  provider: 'PsExec',
  title: 'PsExec -p password on a command line',
  severity: 'high',
  keywords: ['psexec', 'paexec'],
  // psexec \\host -u user -p password cmd; Sysinternals also ships PsExec64.exe, and PAExec (an
  // open-source clone) takes the same flags. https://learn.microsoft.com/en-us/sysinternals/downloads/psexec
  pattern: String.raw`(?i)\b(?:psexec|paexec)(?:64)?(?:\.exe)?\b[^\n]{0,200}?\s-p\s+["']?([^\s"']{3,128})`,
  validate: (secret) => isPlausiblePassword(secret) && !/^[%$]/.test(secret),
  remediation: 'Change the Windows account password and run PsExec with a prompt or a credential store instead.',
  examples: {
    positive: [
      'PsExec.exe \\\\10.0.4.12 -u CORP\\deploy -p Wk3!vT9q cmd /c ipconfig',
      'system("psexec \\\\\\\\192.168.3.77 -u Administrator -p braksha7 shutdown -r -f -t 0");',
      'start PsExec.exe /accepteula @hosts.txt -u CORP\\ops -p "Lm8#Qz2x" cmd /c copy a b',
      'C:\\Tools\\PsExec64.exe \\\\web01 -accepteula -u ACME\\deploy -p Wk3!vT9qLm cmd /c whoami',
      'paexec \\\\10.0.4.13 -u CORP\\ops -p "Hn5Jw8Pb3C" -s cmd /c hostname',
    ],
    negative: ['psexec \\\\host -u User -p $Password -i -d calc.exe', 'PsExec.exe \\\\host -u ADMIN -p PASSWORD cmd', 'psexec \\\\host -u user -p %PASS% cmd'],
  },
});

export const reactAppPassword = defineDetector({
  id: 'react-app-password',
  provider: 'Create React App',
  title: 'Password in a REACT_APP_ variable (shipped to every browser)',
  severity: 'high',
  keywords: ['react_app_'],
  // Create React App inlines every REACT_APP_* variable into the public bundle.
  // https://create-react-app.dev/docs/adding-custom-environment-variables/
  pattern: String.raw`\bREACT_APP_[A-Z0-9_]{0,40}(?:PASS|PASSWORD|PASSWD|PWD)\s*=\s*["']?([^\s"']{4,128})`,
  validate: (secret) => isPlausiblePassword(secret),
  remediation: 'Change the password, and move the login it protects behind a server: anything in REACT_APP_* is public.',
  examples: {
    positive: ['REACT_APP_AUTH_PASSWORD=bluemoon42', '# REACT_APP_GUEST_PASSWORD=mycoin!1', { text: 'REACT_APP_ADMIN_PASS="Tz8#qLm2"  # demo admin\n', path: '.env.production' }],
    negative: ['REACT_APP_FRONTEND_LOGIN_FORGOT_PASSWORD=$REACT_APP_MATRIX_BASE_URL/forgot_password', 'const password = process.env.REACT_APP_FIREBASE_DEV_PASSWORD || "not-set"', 'REACT_APP_SMTP_PASSWORD=smtp_password', 'REACT_APP_API_URL=https://api.acme-corp.io'],
  },
});

export const pypircPassword = defineDetector({
  id: 'pypirc-password',
  provider: 'PyPI',
  title: '.pypirc repository password',
  severity: 'critical',
  keywords: ['[pypi]', '[testpypi]', '[distutils]'],
  // [pypi] / [testpypi] / custom sections with username and password.
  // https://packaging.python.org/en/latest/specifications/pypirc/
  pattern: String.raw`(?i)\[(?:pypi|testpypi|distutils)\][ \t]*\r?\n(?:[^\[\n]*\n){0,12}?[ \t]*password[ \t]*[:=][ \t]*([^\s]{6,256})`,
  minEntropy: 2.8, // skips doc words such as `sekrit`
  validate: (secret) => isPlausiblePassword(secret),
  // A changed `password` line under an unchanged `[pypi]` section header.
  rescanWhen: { addedLine: String.raw`(?i:[ \t]*password[ \t]*[:=].*)` },
  remediation: 'Revoke the API token at pypi.org/manage/account/token/ (or change the password), and use trusted publishing or keyring instead of .pypirc.',
  examples: {
    positive: [
      { text: '[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = Qm7rT2xWv9LpZkHn5Jw8Pb3Ck6Ty\n', path: '.pypirc' },
      '[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = octo\npassword = Wk3!vT9qLm8#\n',
      'cat > ~/.pypirc <<EOF\n[pypi]\nusername: deploy\npassword: Hn5Jw8Pb3Ck6Ty\nEOF',
    ],
    negative: ['[pypi]\nusername = __token__\npassword = <your token>\n', '[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}\n', '[pypi]\nusername = octo\n'],
  },
});

export const configFileDetectors = [djangoSecretKey, netrcPassword, npmrcAuth, phpmailerPassword, psexecPassword, reactAppPassword, pypircPassword];
