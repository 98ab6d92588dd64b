import { defineDetector } from '../src/detector';
import { isPlausiblePassword } from '../src/validators/url-credentials';

// Passwords passed as the quoted-literal argument of a well-known login API, next to a quoted
// user name. Variables and keyword arguments (`password=pw`) never match: they are references.
const ROTATE = 'Change the password at the service it signs in to, and read it from configuration or a secret store instead of the source code.';

// A quoted literal argument: "…" or '…' on one line.
const QUOTED = String.raw`["'][^"'\n]{1,100}["']`;
const PASSWORD_ARG = String.raw`\s*,\s*["']([^"'\n]{4,128})["']`;

export const jdbcGetConnectionPassword = defineDetector({
  id: 'jdbc-getconnection-password',
  provider: 'Java',
  title: 'Password in DriverManager.getConnection(url, user, password)',
  severity: 'critical',
  keywords: ['getconnection('],
  // getConnection(String url, String user, String password).
  // https://docs.oracle.com/en/java/javase/21/docs/api/java.sql/java/sql/DriverManager.html
  pattern: String.raw`\bgetConnection\(\s*["'][^"'\n]{1,300}["']\s*,\s*${QUOTED}${PASSWORD_ARG}`,
  validate: (secret) => isPlausiblePassword(secret),
  remediation: ROTATE,
  examples: {
    positive: [
      'Connection c = DriverManager.getConnection("jdbc:mysql://db.acme-corp.io:3306/shop", "shop", "Vq4kT9wLm2Zp");',
      'conn = DriverManager.getConnection(\n    "jdbc:postgresql://pg:5432/ledger", "ledger", "Hn5Jw8Pb3Ck6");',
      "val conn = DriverManager.getConnection('jdbc:sqlserver://sql01;databaseName=Erp', 'erp', 'Rb6nK1wQx8Zt') // Groovy",
    ],
    negative: [
      'Connection c = DriverManager.getConnection(url, user, password);',
      'Connection c = DriverManager.getConnection("jdbc:mysql://localhost/shop", "root", "password");',
      'Connection c = DriverManager.getConnection("jdbc:h2:mem:test", "sa", "");',
    ],
  },
});

export const pythonHttpAuthPassword = defineDetector({
  id: 'python-http-auth-password',
  provider: 'Python',
  title: "Password in requests' auth=('user', 'password') / HTTPBasicAuth",
  severity: 'high',
  keywords: ['auth=(', 'auth = (', 'httpbasicauth(', 'httpdigestauth(', 'basicauth('],
  // requests: auth=(user, password) or HTTPBasicAuth(user, password); aiohttp: BasicAuth(login, password).
  // https://requests.readthedocs.io/en/latest/user/authentication/
  pattern: String.raw`(?:\bauth\s*=\s*\(|\b(?:HTTPBasicAuth|HTTPDigestAuth|BasicAuth)\()\s*${QUOTED}${PASSWORD_ARG}`,
  validate: (secret) => isPlausiblePassword(secret),
  remediation: ROTATE,
  examples: {
    positive: [
      "r = requests.get('https://ci.acme-corp.io/api/json', auth=('builder', 'Tk9mW2xQr7Lb'))",
      'session.auth = HTTPBasicAuth("svc-report", "Wf3vX9qTz2Lm")',
      "async with aiohttp.ClientSession(auth=aiohttp.BasicAuth('ingest', 'Lm8Qz2xWk3vT')) as s:",
    ],
    negative: [
      "r = requests.get(url, auth=(user, password))",
      "r = requests.get(url, auth=('user', 'pass'))",
      "r = requests.get(url, auth=HTTPBasicAuth('user', os.environ['API_PASSWORD']))",
    ],
  },
});

export const loginCallPassword = defineDetector({
  id: 'login-call-password',
  provider: 'SMTP / FTP / IMAP',
  title: "Password in a .login('user', 'password') call",
  severity: 'high',
  keywords: ['.login('],
  // smtplib / imaplib / ftplib / poplib-style login(user, password), and the many clients shaped
  // like them. https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login
  pattern: String.raw`\.login\(\s*${QUOTED}${PASSWORD_ARG}`,
  validate: (secret) => isPlausiblePassword(secret),
  remediation: ROTATE,
  examples: {
    positive: [
      "server = smtplib.SMTP_SSL('smtp.gmail.com', 465)\nserver.login('reports@acme-corp.io', 'qwhv bnxk plrt ydsz')",
      'ftp.login("deploy", "Xk3vPq9Lz2mW")',
      "mail = imaplib.IMAP4_SSL('imap.acme-corp.io'); mail.login('inbox', 'Hq4vN8zRt2Yw')",
    ],
    negative: [
      'server.login(user, password)',
      "server.login('user@example.com', 'password')",
      "client.login('ODkwODEwMDMzOTA3NTc5Mzgz.vv6Q9R.abc')", // one argument: a bot token, other rules
      "self.client.login(username='admin', password='Tk9mW2xQr7Lb')", // keyword arguments: generic rules
    ],
  },
});

export const codeCredentialDetectors = [jdbcGetConnectionPassword, pythonHttpAuthPassword, loginCallPassword];
