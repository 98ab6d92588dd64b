import { defineDetector } from '../src/detector';
import { isRandomPassword, isRandomSecret } from '../src/validators/assigned-value';

// A high-entropy value assigned to a secret-looking name, in env files (`X=…`, `export X=…`), JSON
// (`"x": "…"`), YAML (`x: …`) and code (`x = "…"`, `x: "…"`, `x := "…"`, `x => "…"`, `x == "…"`,
// `setenv("X", "…")`), .NET config (`key="X" value="…"`) and prose (`the password is "…"`). The
// value's randomness is judged by `isRandomSecret` / `isRandomPassword` (thresholds documented
// there); identifiers, code references, e-mail addresses and placeholders never count. Checked for
// false positives on ~75 MB of real code with `eval-corpus --real-code` (see that tool).

/** Name segments such as `db_`, `app.`, `x-` before the last part of the name. */
const SEGMENTS = '(?:[a-z0-9]+[_.-])*';

/** Words that make `<word>key` / `<word>_key` a secret: `apiKey`, `SIGNING_KEY`, `accessKey` … */
const KEY_QUALIFIERS = [
  'api', 'secret', 'private', 'access', 'auth', 'app', 'application', 'client', 'master', 'encryption',
  'signing', 'session', 'license', 'licence', 'account', 'service', 'admin', 'webhook', 'consumer',
  'shared', 'hmac', 'jwt', 'crypto', 'subscription', 'integration', 'deploy', 'server', 'write',
  'ingest', 'sdk', 'bearer', 'storage', 'management', 'root', 'live', 'prod',
];

/**
 * `<word>_KEY` names that are not secrets: database and cache keys, public halves, UI bindings.
 * Any other separated `<word>_KEY` (`OPENAI_KEY`, `mailer-key`) counts as a secret name.
 */
const NOT_SECRET_KEY_WORDS = [
  'public', 'publishable', 'anon', 'site', 'primary', 'foreign', 'unique', 'composite', 'sort', 'partition',
  'hash', 'range', 'cache', 'idempotency', 'dedup', 'dedupe', 'lookup', 'index', 'map', 'dict', 'object',
  'item', 'row', 'column', 'field', 'translation', 'i18n', 'locale', 'message', 'label', 'name', 'group',
  'host', 'ssh', 'gpg', 'pgp', 'hot', 'shortcut', 'route', 'query', 'search', 'registry', 'state', 'react',
];

/**
 * RE2 has no lookbehind, so "a name word other than public, primary, …" is spelled out: a regex for
 * every [A-Z0-9]+ word except the listed ones, built from their prefix tree. Used under `(?i)`.
 */
export function wordOtherThan(excluded: readonly string[]): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const word of excluded) {
    let node = root;
    for (const char of word.toUpperCase()) {
      if (!node.next.has(char)) node.next.set(char, { end: false, next: new Map() });
      node = node.next.get(char)!;
    }
    node.end = true;
  }
  const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
  const other = (node: Node, isRoot: boolean): string => {
    const rest = alphabet.filter((char) => !node.next.has(char));
    const branches = [`[${asRanges(rest)}][A-Z0-9]*`, ...[...node.next].map(([char, child]) => char + other(child, false))];
    // Past the root, a strict prefix of an excluded word (`PUB`) is itself a fine word.
    return `(?:${branches.join('|')})${!isRoot && !node.end ? '?' : ''}`;
  };
  return other(root, true);
}

/** `ABCDFG` → `A-DF-G`: keeps the generated character classes short. */
function asRanges(chars: readonly string[]): string {
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    let end = i;
    while (end + 1 < chars.length && chars[end + 1].charCodeAt(0) === chars[end].charCodeAt(0) + 1) end++;
    out += end - i >= 2 ? `${chars[i]}-${chars[end]}` : chars.slice(i, end + 1).join('');
    i = end;
  }
  return out;
}

/**
 * `<word>token` / `<word>_token` names that are not secrets: CSRF tokens (sent to every browser),
 * public tokens, pagination cursors, parser tokens.
 */
const NOT_SECRET_TOKEN_WORDS = [
  'public', 'publishable', 'csrf', 'xsrf', 'anticsrf', 'antiforgery', 'authenticity', 'verification', 'page',
  'nextpage', 'next', 'continuation', 'pagination', 'cancellation', 'sync', 'resume', 'cursor',
];

const SECRET_NAME = [
  '[a-z0-9]*secret',
  '[a-z0-9]*(?:credentials?|creds?|auth)',
  // `token` with a word before it that is not in the list above. A bare `token` is BARE_SECRET_NAME's job.
  `${wordOtherThan(NOT_SECRET_TOKEN_WORDS)}[_.-]?token`,
  `[a-z0-9]*(?:${KEY_QUALIFIERS.join('|')})[_.-]?key`,
  `${wordOtherThan(NOT_SECRET_KEY_WORDS)}[_.-]key`,
  'secret[_.-]key[_.-]base',
].join('|');

/**
 * A bare `token` must start the name: after `-` or `.` it is the tail of a name such as
 * `csrf-token`, whose first word the pattern above has already judged.
 */
const BARE_SECRET_NAME = 'token';

const PASSWORD_NAME = '[a-z0-9]*(?:password|passwd|passphrase)|pass|pwd';

// A bare `:` must be followed by a space or a quote (YAML `x: v`, JSON `"x":"v"`), so `io.jsonwebtoken:jjwt`
// or `token:abc` inside URLs and identifiers is not an assignment. Besides `=`, `:=`, `=>` and `:`:
// comparisons (`password == "…"`), .NET config (`key="DbPassword" value="…"`), Gradle's nested quotes
// (`buildConfigField 'String', 'API_KEY', '"…"'`) and prose (`the password is '…'`); pairOf below.
const ASSIGN = [
  `["'\\x60]?[ \\t]*(?:(?::=|=>|[=!]==?|=)[ \\t]*["'\\x60]?|:[ \\t]+["'\\x60]?|:["'\\x60])`,
  `["'][ \\t]+value[ \\t]*=[ \\t]*["']`,
  `["'][ \\t]*,[ \\t]*'"`,
  `[ \\t]+is[ \\t]+["']`,
].join('|');
const VALUE = `([^\\s"'\\x60;,(){}\\[\\]<>\\\\&=][^\\s"'\\x60;,(){}\\[\\]<>\\\\&]{7,511})`;
// Not `(`: `token = parseToken(…)` is a call, never a literal.
const END = `(?:["'\\x60\\s;,){}\\[\\]<>\\\\&]|$)`;

/**
 * A quoted name and a quoted value as a call's first two arguments: `setenv("API_TOKEN", "…")`,
 * `GetEnvOrDefault("api_token", "…")`. Only right after `(`, so a list of strings (`['sfnt_key',
 * 'x']`) is not a pair. Its names are a plain list: repeating SECRET_NAME's exclusion trees here
 * makes RE2's DFA outgrow its memory and the whole pattern 8x slower on large files. So a pair
 * such as `("public_key", "…")` is judged by its value alone.
 */
const PAIR_SECRET_NAME = `[a-z0-9_.-]*(?:secret|credentials?|token|(?:${KEY_QUALIFIERS.join('|')})key|[_.-]key)`;
const pairOf = (name: string): string => `\\([ \\t]*["'](?:${name})["'][ \\t]*,[ \\t]*["']`;

/**
 * `name` may follow name segments (`db_`, `app.`); `bareName` must start the name (RE2 has no
 * lookbehind, so the character before it is matched, or the line start under `(?m)`).
 */
const assignmentTo = (name: string, pairName: string, bareName?: string): string =>
  `(?im)(?:(?:\\b${SEGMENTS}(?:${name})${bareName === undefined ? '' : `|(?:^|[^a-z0-9_.-])(?:${bareName})`})(?:${ASSIGN})|${pairOf(pairName)})${VALUE}${END}`;

export const genericSecret = defineDetector({
  id: 'generic-secret',
  provider: 'Generic',
  title: 'Random value assigned to a secret-looking name',
  severity: 'medium',
  keywords: ['key', 'secret', 'token', 'cred', 'auth'],
  pattern: assignmentTo(SECRET_NAME, PAIR_SECRET_NAME, BARE_SECRET_NAME),
  validate: isRandomSecret,
  generic: true,
  remediation: 'Revoke the credential where it was issued, rotate it, and load it from the environment or a secret manager instead of the source.',
  examples: {
    positive: [
      'SERVICE_API_KEY=04N3qZ9rC2ajpBbq8OMXawieWPjSIJam',
      '{ "client_secret": "3418993b1db7e79b2bdb009ebbd935b8af009aa3" }',
      'webhook_token: PVlfdpnttiRTcFyv/3iGn7kIugdwMc5IMgbZeqn81hTC',
      'const signingKey = "KPs8I2oxMpyUg3D8tlsyHba9hSnSxGF14aPy1i2M";',
      'export MAILER_KEY=OhGpOyDOM9rGjjYzjb0WF9g0IeOQ5le4',
      'authToken := "16f80c30ee04b1964377627e7dc8d4c4"',
      "config.secret_key_base = '3ce67a3876ce6e7fef7389a1cf944e5bbd1889aeeb37b104d149314006d9d7ed'",
      '"credentials" : "9213341dc80620c820a9b72ddc8020a0676dfdb8aeab19257c7746c7f8a448d2"',
      'os.setenv("DEPLOY_TOKEN", "5uGZEgObz76u3V8bQX2bxt6CwVAjDZgl")', // a quoted name and value as arguments
      '<add key="StorageAccessKey" value="nncSZUIW6NWNbdsTaglKVJ3MwE3mYjyedoazDAfU" />',
      'if (req.headers.token === "XToHDgiOz8EctE6H5GWBvtLNxm8c4DQkjWNf3Z64") next();',
      'SESSION_SECRET=v1.Tq8ZmW3kRv7NpL2xYc9BjH4d', // a dot in the value does not make it a code reference
      "buildConfigField 'String', 'MAPS_API_KEY', '\"e0c4b97a15d2f86330a9dd7e4f1b6c28\"'", // Gradle
    ],
    negative: [
      'PUBLIC_KEY=tKRGqwWZf05gDA1nutrzxnixG6SxDQ9O', // the public half
      'user.primary_key = "jjahKkcd2zntnuhdJkWQp7yH6Hy94VzH"',
      'tokenizer = "bert-base-multilingual-uncased"',
      'token_type: bearer',
      'API_KEY=${API_KEY}',
      'api_key = os.getenv("API_KEY")',
      'apiKey: process.env.API_KEY',
      'client_secret = "123e4567-e89b-12d3-a456-426614174000"', // a UUID: an identifier, not judged here
      'commit_sha = "2f2b1d2ac82b34573884492b7920461ceaa2ccdc"', // not a secret name
      'ACCESS_TOKEN_URL=https://auth.example.com/oauth/token',
      'SECRET_KEY_FILE=/etc/app/secret.key',
      'api_key: your-api-key-here',
      'MAX_TOKENS=4096',
      'enable_token: true',
      'API_KEY=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      'SECRET_NAME=my-application-secret',
      'access_token: <token>',
      'notes = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"', // `:` without a space is not YAML
      'csrf-token=yRvjHVPNlFeQuzI8tSBzTv8DlLFIBjLlepdh', // sent to every browser
      'publicToken = "yRvjHVPNlFeQuzI8tSBzTv8DlLFIBjLlepdh"',
      'nextPageToken: yRvjHVPNlFeQuzI8tSBzTv8DlLFIBjLlepdh', // a pagination cursor
      'token = parseExpectedToken(SyntaxKind.CloseBraceToken);', // a call
      'readonly cancellationToken: HostCancellationToken;', // a type
      'exports.SOCKS5_NO_ACCEPTABLE_AUTH = SOCKS5_NO_ACCEPTABLE_AUTH;',
      'auth: true',
      'const token = this.session.accessToken;',
      'secret: settings.SECRET_KEY_V2',
      "KEYWORDS = ['opaque_trigger_token', 'sfntCMapExtendedSubHeader']", // a list, not a call's arguments
      'nid_key = self._lib.NID_pbe_WithSHA1And3_Key_TripleDES_CBC',
      'if token == Comment.Special:',
      '"access_token":"2YotnFZFEjr1zCsicMWpAA",', // RFC 6749's example
      '"oauth_token_secret=secret%3Dpassword&oauth_token=lock%26key"',
      '"integrity": "sha512-Wq3kC9yX0HbNRZpw1mAT6vE2Uj5dLsOGnf7rKiQ8aMeYBtxoP4lVcI+hDzSJg1NnF2b6R7uKy0OeXsTjWmApLg=="',
      'resolution: {integrity: sha512-Wq3kC9yX0HbNRZpw1mAT6vE2Uj5dLsOGnf7rKiQ8aMeYBtxoP4lVcI+hDzSJg1NnF2b6R7uKy0OeXsTjWmApLg==}',
      'checksum = "0b1c6a3f8e2d47a9b5c03e6f1d8a2b4c7e9f0a1b3c5d7e9f2a4b6c8d0e1f3a5b"',
      'ANY_KEY = ZHVtbXkgdGV4dCBkYXRhIGRhdGEgZGF0YQ==', // base64 of "dummy text data data data"
      'licenseKey=a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8', // letters and digits counting up
      'OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6...', // truncated
    ],
  },
});

export const genericPassword = defineDetector({
  id: 'generic-password',
  provider: 'Generic',
  title: 'Password assigned in source or config',
  severity: 'medium',
  keywords: ['pass', 'pwd'],
  pattern: assignmentTo(PASSWORD_NAME, `[a-z0-9_.-]*(?:${PASSWORD_NAME})`),
  validate: isRandomPassword,
  generic: true,
  remediation: 'Change the password where it is used, and load it from the environment or a secret manager instead of the source.',
  examples: {
    positive: [
      'DB_PASSWORD=Zx9!vQ2#rT7$kL4m',
      '{ "password": "MWNaetq416#?@ytE" }',
      'smtp_pass: "PDDfhvy929%*^zAu"',
      'db.password = "OOLbvaf722@%~fCC"',
      'export PGPASSWORD=qh1EkCnGikuv8wGYlCr8HVdJKAleRgzh',
      'redis_pwd := "LYOjzoh906!?#NT7"',
      '<add key="FromEmailPassword" value="Tg5%nL8@wQ2xVb" />',
      'if (username == "admin" && password == "Hq4!mZ7#pW2k") {',
      'The default admin password is "Rb8$uK3%yN6c".',
    ],
    negative: [
      'password = "hunter2"',
      'password: changeme',
      'DB_PASSWORD=${DB_PASSWORD}',
      'PASSWORD_MIN_LENGTH=12',
      'password = "password123"',
      'bypass = "FMKmiry715^@*kSr"', // not a password name
      'password: "********"',
      'DB_PASSWORD=your_password_here',
      'password: os.environ["DB_PASSWORD"]',
      'CHANGE_PASSWORD_URL=$BASE_URL/account/change_password',
      'RotatePassword = "arn:aws:iam::aws:policy/IAMUserChangePassword"',
      "this.addPassword = '#add-password';",
      'smtp_password: "noreply@mailer.acme.io"', // an address, not a password
      'if (password === confirmPassword) {',
    ],
  },
});

export const genericDetectors = [genericSecret, genericPassword];
