import { defineDetector } from '../src/detector';
import { RescanTrigger } from '../src/rescan-trigger';
import { shannonEntropy } from '../src/scan/entropy';
import { isRandomPassword, isRandomSecret } from '../src/validators/assigned-value';
import { isDocumentationHost } from '../src/validators/documentation-host';
import { isPlausiblePassword, isPlausibleUrlCredentials } from '../src/validators/url-credentials';

// HTTP credentials written into URLs, Authorization headers and curl command lines.
// URL userinfo: https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1 ;
// Basic: https://www.rfc-editor.org/rfc/rfc7617 ; Bearer: https://www.rfc-editor.org/rfc/rfc6750

// A changed `-u` / `-H` continuation line of a curl command whose `curl` line is unchanged.
const CURL_OPTION_RESCAN: RescanTrigger = { addedLine: String.raw`[ \t]*(?:-u|--user|-H|--header)[ \t=].*` };
const ROTATE = 'Change the password or revoke the token at the service it belongs to, then pass it from a secret store or environment variable instead.';

// RFC 6749's client credentials example (s6BhdRkqt3:gX1fBat3bV), copied into OAuth libraries and docs.
const DOCUMENTED_EXAMPLES: ReadonlySet<string> = new Set(['czZCaGRSa3F0MzpnWDFmQmF0M2JW']);

/**
 * `Basic <base64>` must decode to printable `user:password` with a plausible password, or to
 * `<key>:` (see isKeyAsUser).
 */
function isBasicCredentials(encoded: string): boolean {
  if (DOCUMENTED_EXAMPLES.has(encoded)) return false;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  // Not text: still a credential if long and random (a damaged paste of one).
  if (!/^[\x20-\x7e]+$/.test(decoded)) return encoded.length >= 24 && shannonEntropy(encoded) >= 4.0;
  if (decoded.endsWith(':') && decoded.indexOf(':') === decoded.length - 1) return isKeyAsUser(decoded.slice(0, -1));
  return isPlausibleUrlCredentials(decoded);
}

/**
 * Many APIs take the key as the Basic-auth user with an empty password (Stripe, Recurly, Harvest:
 * `curl -u <key>:`). A random user name is that key; a name (`admin:`, `browser:`) is no secret.
 */
function isKeyAsUser(user: string): boolean {
  return user.length >= 8 && shannonEntropy(user) >= 3.0 && isRandomPassword(user) && isPlausiblePassword(user);
}

export const urlBasicAuth = defineDetector({
  id: 'url-basic-auth',
  provider: 'HTTP',
  title: 'Credentials in an HTTP/FTP URL (incl. .git-credentials)',
  severity: 'high',
  keywords: ['http', 'ftp'],
  // The secret is `user:password`; database schemes are database-url-password's. The host is
  // captured: credentials for a documentation address or name (203.0.113.9, api.example) are examples.
  pattern: String.raw`(?i)\b(?:https?|s?ftps?)://([^\s:@/'"<>,;]{1,64}:[^\s/'"<>,;]{1,128})@([A-Za-z0-9\[_-][A-Za-z0-9._:\[\]-]*)`,
  validate: (pair, _tuning, { groups }) => !isDocumentationHost(groups[2] ?? '') && isPlausibleUrlCredentials(pair),
  remediation: ROTATE,
  examples: {
    positive: [
      { text: 'https://octocat:ghx7Rt2LmQ9wZp4Kc8Nv@github.com\n', path: '.git-credentials' },
      'const PROD_API = "https://apiuser:Wq8vLz3nRt6Kpx@api.acme-corp.io/v2";',
      'upload:\n  target: ftps://deploy:Mf2Rk9Tz4Xq7Lv@files.acme-corp.io/releases',
      'pip install --index-url https://ci:Hn5Jw8Pb3Ck6Ty@pypi.acme-corp.io/simple mypkg',
      'const API = "https://svc:Wq8vLz3nRt6Kpx@api.local.test:8443/v1";', // `.test` serves real local machines
    ],
    negative: [
      'const API_URL = "https://${username}:${password}@api.acme-corp.io/v1";',
      'https://username:password@host.acme-corp.io/api',
      'https://user:abc@api.acme-corp.io/v1',
      'https://YOUR_USERNAME:YOUR_PASSWORD@api.service.com',
      'See https://acme-corp.io/docs for details.',
      'const DOC_URL = "https://backup-user:BackupK3y987@backup.acme.example";', // `.example` is never delegated
      'ftp://deploy:Mf2Rk9Tz4Xq7Lv@203.0.113.9/releases', // TEST-NET-3 (RFC 5737)
      'https://svc:Wq8vLz3nRt6Kpx@[2001:db8:85a3::8a2e:370:7334]:8443/', // IPv6 documentation prefix
    ],
  },
});

// Tokens whose own detectors judge them (checksums, exact formats): a GitHub token with a broken
// checksum is not live, and this catch-all must not report it either.
const VENDOR_TOKEN = /^(?:gh[pousr]_|github_pat_|glpat-|glptt-|npm_)/;

export const urlTokenUserinfo = defineDetector({
  id: 'url-token-userinfo',
  provider: 'HTTP',
  title: 'Access token as the user name of an HTTP URL',
  severity: 'high',
  keywords: ['http'],
  // https://<token>@host/…: git hosts accept a token as the whole userinfo (no password), e.g.
  // `git clone https://<token>@github.com/org/repo.git`. https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1
  generic: true,
  pattern: String.raw`(?i)\bhttps?://([A-Za-z0-9_-]{20,128})@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)`,
  validate: (token, _tuning, { groups }) => !VENDOR_TOKEN.test(token) && !isDocumentationHost(groups[2] ?? '') && isRandomSecret(token),
  remediation: ROTATE,
  examples: {
    positive: [
      'git clone https://afda982ba98d46a06a1fcf5b4d5c2a95f74c50b9@github.com/acme/infra.git',
      '[remote "origin"]\n\turl = https://PFW77jBtQhMXlXRj7hT6Mqw5n8H7FTlr@git.acme-corp.io/platform/api.git',
      'pip install git+https://AF2ARKsOviuoay175IDkNintPDfv5vcq@github.com/acme/private-lib.git',
    ],
    negative: [
      'git clone https://${GITHUB_TOKEN}@github.com/acme/infra.git',
      'git clone https://x-access-token-for-deploy@github.com/acme/infra.git', // a name, not random
      'git clone https://ghp_RguXIkihJjwHAP6eXEYxaPNvywurTr5IOAbg@github.com/acme/infra.git', // bad checksum: github-pat decides
      'https://cdn.jsdelivr.net/npm/left-pad@1.3.0/index.js',
      'git clone https://afda982ba98d46a06a1fcf5b4d5c2a95f74c50b9@git.corp.invalid/acme/infra.git', // `.invalid` never resolves
    ],
  },
});

export const httpBasicAuthHeader = defineDetector({
  id: 'http-basic-auth-header',
  provider: 'HTTP',
  title: 'Authorization: Basic header with credentials',
  severity: 'high',
  keywords: ['basic'],
  pattern: String.raw`(?i)\bauthorization["']?\s*[:=]\s*["']?basic\s+([A-Za-z0-9+/]{8,512}={0,2})(?:[^A-Za-z0-9+/=]|$)`,
  validate: isBasicCredentials,
  remediation: ROTATE,
  examples: {
    positive: [
      'curl -H "Authorization: Basic ZGVwbG95OldxOHZMejNuUnQ2S3B4" https://ci.acme-corp.io/api/json',
      'headers = {"Authorization": "Basic Y2ktYm90Ok1mMlJrOVR6NFhxN0x2"}',
      'GET /status HTTP/1.1\nHost: acme-corp.io\nAuthorization: Basic c3ZjOkhuNUp3OFBiM0NrNlR5\n',
      "curl https://api.acme-corp.io/v1/charges -H 'Authorization: Basic cms5WHEyTG1WN3RSejRXbkZqM2tSOHZOOg=='", // <key>: an API key as the user
    ],
    negative: [
      'Authorization: Basic dXNlcjpwYXNzd29yZA==', // user:password
      'Authorization: Basic YWRtaW46', // no password
      "curl -H 'Authorization: Basic YnJvd3Nlcjo=' https://auth.acme-corp.io/oauth/token", // browser: a client name, no secret
      'Authorization: Basic <base64 of user:password>',
      'Authorization: Basic ${CREDENTIALS}',
    ],
  },
});

export const httpBearerToken = defineDetector({
  id: 'http-bearer-token',
  provider: 'HTTP',
  title: 'Authorization: Bearer / Token header value',
  severity: 'medium',
  keywords: ['bearer', 'token '],
  // Catch-all: vendor detectors (JWT, OpenAI, …) win on the same value.
  generic: true,
  // 20 to 1000 token characters: the upper bound is checked in validate, because RE2 compiles a
  // counted repetition `{20,1000}` into ~1000 states (13.7 ms on every scan whose text says
  // "bearer"), where `{20}` plus `*` costs 0.2 ms. The token follows `\s+`, so a longer one can
  // match nowhere else and rejecting it there is the same rule.
  pattern: String.raw`(?i)\bauthorization["']?\s*[:=]\s*["']?(?:bearer|token|api-token)\s+([A-Za-z0-9._~+/-]{20}[A-Za-z0-9._~+/-]*=*)(?:[^A-Za-z0-9._~+/=-]|$)`,
  minEntropy: 3.5,
  validate: (secret) =>
    secret.replace(/=+$/, '').length <= 1000 && isPlausiblePassword(secret) && /[0-9]/.test(secret) && /[A-Za-z]/.test(secret),
  remediation: ROTATE,
  examples: {
    positive: [
      'curl -H "Authorization: Bearer _FXNqz8rSRYMWx3TWrd7lgKhLtVZX6iskC8Wcbb" https://api.acme-corp.io/v1/me',
      'headers: { Authorization: "Token 8d1f3c9a7e2b4f60a5c3d8e1b9f7a2c4d6e0b8f1" }',
      'GET /v1/items HTTP/1.1\nAuthorization: Bearer qR7tY2uI9oP4aS6dF1gH3jK5lZ8xC0vB\n',
    ],
    negative: [
      'curl -H "Authorization: Bearer $API_KEY" https://api.acme-corp.io',
      'curl -H "Authorization: Bearer <your API token>" https://api.acme-corp.io',
      'Authorization: Bearer XXXXXXXXXXXXXXXXXXXXXXXX',
      'Authorization: Bearer mF_9.B5f-4.1JqM', // too short
      `Authorization: Bearer ${'qR7tY2uI9oP4aS6dF1gH3jK5lZ8xC0vB'.repeat(32)}`, // 1024 characters: a blob, not a token
    ],
  },
});

/**
 * A typed password with a digit, or 12+ characters of mixed case. Some API docs wrap values in
 * braces (`--user "{id}":"{secret}"`): a brace-wrapped value counts only if it is random itself,
 * since `{password}` is the usual placeholder.
 */
function isCurlPassword(password: string): boolean {
  const braced = /^\{([^{}]+)\}$/.exec(password);
  if (braced !== null) return isRandomPassword(braced[1]) && isPlausiblePassword(braced[1]);
  return isPlausiblePassword(password) && (/[0-9]/.test(password) || (password.length >= 12 && /[a-z]/.test(password) && /[A-Z]/.test(password)));
}

export const curlUserPassword = defineDetector({
  id: 'curl-user-password',
  provider: 'HTTP',
  title: 'curl -u / --user with a password',
  severity: 'high',
  keywords: ['curl'],
  // curl -u user:password; continuation lines (`\` + newline) are followed. https://curl.se/docs/manpage.html#-u
  pattern: String.raw`\bcurl\b(?:[^\n]|\\?\r?\n[ \t]+){0,400}?\s(?:-u|--user)[\s=]+["']?([^\s"':$]{0,64})["']?:["']?([^\s"']{1,128})`,
  secretGroup: 2,
  minEntropy: 3.0,
  validate: isCurlPassword,
  rescanWhen: CURL_OPTION_RESCAN,
  remediation: ROTATE,
  examples: {
    positive: [
      'curl --cacert ca.crt -u elastic:Xk3v!Pq9Lz2m https://es.acme-corp.io:9200',
      'curl -s --user "j.doe:dB7yF2@qL4vZm9P" "https://api.acme-corp.io/user/me"',
      'curl -k -X POST https://cache.acme-corp.io/rest/v2/caches/default \\\n  -H "Content-type: text/plain" \\\n  -u developer:yq8VtkqPE3riaLRw',
      'curl -X POST --user "{3f1c9e2a-77d4-4b0e-9a61-2c8d5e4f7b10}":"{Tq8WmZ3kLx5Rv2}" https://api.acme-corp.io/v3/translate',
    ],
    negative: [
      'curl -sL --user "$GITHUB_USERNAME:$GITHUB_PASSWORD" "$GITHUB_URL"',
      'curl -X GET --insecure --user "username:password"',
      'curl -i -u test:test https://localhost',
      'curl --user neo4j:[PASSWORD] http://localhost:7474/db/data/',
      'curl -u "{username}":"{password}" https://api.acme-corp.io',
      'curl -u "{client_id}":"{client_secret1}" https://api.acme-corp.io',
    ],
  },
});

export const curlUserToken = defineDetector({
  id: 'curl-user-token',
  provider: 'HTTP',
  title: 'API key as the curl -u user name (empty password)',
  severity: 'high',
  keywords: ['curl'],
  // Many APIs take the key as the Basic-auth user with an empty password: `curl -u <key>:`
  // (Stripe, Mailgun-style docs). Vendor detectors win on keys they know. https://curl.se/docs/manpage.html#-u
  generic: true,
  pattern: String.raw`\bcurl\b(?:[^\n]|\\?\r?\n[ \t]+){0,400}?\s(?:-u|--user)[\s=]+["']?([^\s"':$]{8,128}):["']?(?:\s|$)`,
  // A key, not a name: `admin:` or `deploy-bot:` (curl then prompts for the password) is no secret.
  validate: isKeyAsUser,
  rescanWhen: CURL_OPTION_RESCAN,
  remediation: ROTATE,
  examples: {
    positive: [
      'curl -u "d7LkW38zQx!tRe:" https://search.acme-corp.io:9200',
      'curl https://api.acme-corp.io/v1/charges -u pk9Xq2LmV7tRz4Wn: -d amount=2000',
      'run: |\n  curl -s --user Fj3kR8vN2qLx6TzW: https://api.acme-corp.io/v1/me',
      'curl https://api.acme-corp.io/v1/charges \\\n  -u Hq8vT3nLw5Zr2KxP: \\\n  -d amount=2000', // continued lines
    ],
    negative: [
      'curl -u "admin:" https://search.acme-corp.io:9200', // curl prompts for the password
      'curl -u deploy-bot: https://ci.acme-corp.io',
      'curl -u "$API_KEY:" https://api.acme-corp.io',
      'curl -u ":" https://localhost:9200',
    ],
  },
});

export const curlHeaderToken = defineDetector({
  id: 'curl-header-token',
  provider: 'HTTP',
  title: 'API key or token in a curl header',
  severity: 'medium',
  keywords: ['curl'],
  generic: true,
  // -H "apikey: …", -H "X-Api-Key: …", -H "Authorization: <value>" (no scheme word).
  pattern: String.raw`(?i)\bcurl\b(?:[^\n]|\\?\r?\n[ \t]+){0,400}?\s(?:-H|--header)\s*["'](?:authorization|[a-z-]{0,30}api-?key|[a-z-]{0,30}token)\s*:\s*([A-Za-z0-9._~+/=-]{10,512})["']`,
  minEntropy: 2.8, // 16 random hex characters score about 3.4, but can fall to 2.9,
  validate: (secret) => isPlausiblePassword(secret) && /[0-9]/.test(secret) && /[A-Za-z]/.test(secret),
  rescanWhen: CURL_OPTION_RESCAN,
  remediation: ROTATE,
  examples: {
    positive: [
      'curl -X GET -H "apikey: 9c4e2d71-3b5a-4f08-a6c9-d2e71f0b5a38" https://api.acme-corp.io/rest/v1/stats',
      'curl https://deploy.acme-corp.io/api \\\n  -H "X-Octopus-ApiKey: API-7QWERT2ZXCV9BNMLK4JHGF" \\',
      "curl --header 'Authorization: 5eb9a13f-7c20-4d8e-b5a1-f3c82e6d9b47' https://acme-corp.io/x",
    ],
    negative: [
      'curl -X GET -H "apikey: $API_KEY" "$API_URL/rest/v1/stats"',
      'curl -H "Content-Type: application/json" https://acme-corp.io',
      'curl -H "X-Api-Key: XXXXXXXXXXXXXXXX" https://acme-corp.io',
    ],
  },
});

export const basicAuthDetectors = [urlBasicAuth, urlTokenUserinfo, httpBasicAuthHeader, httpBearerToken, curlUserPassword, curlUserToken, curlHeaderToken];
