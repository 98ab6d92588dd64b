// Name and assignment fragments shared by the generic detectors (generic.ts, generic-password.ts).

import type { MatchStarts } from '../src/detector';

/** Name segments such as `db_`, `app.`, `x-` before the last part of the name. */
export const SEGMENTS = '(?:[a-z0-9]+[_.-])*';

/**
 * Vendors whose secrets have one fixed, documented format and a detector that knows their names:
 * a value under such a name that the vendor's detector rejects is something else (ciphertext, an
 * ID, a paste cut short), not a secret of unknown format, so generic-secret leaves these names
 * alone. AWS secret access keys: 40 base64 characters
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html); Cisco
 * Meraki API keys: 40 hex (https://developer.cisco.com/meraki/api-v1/authorization/); Twitch
 * stream keys: `live_<channel>_<30>` (https://help.twitch.tv/s/article/twitch-stream-key-faq).
 */
export const FIXED_FORMAT_VENDORS = ['aws', 'meraki', 'twitch'];

/** Words that make `<word>key` / `<word>_key` a secret: `apiKey`, `SIGNING_KEY`, `accessKey` … */
export const KEY_QUALIFIERS = [
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
  'result', 'limit', // API pagination specs (botocore's `"result_key": "SecurityGroupForVpcs"`)
  ...FIXED_FORMAT_VENDORS,
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
  ...FIXED_FORMAT_VENDORS,
];

export const SECRET_NAME = [
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
export const BARE_SECRET_NAME = 'token';

export const PASSWORD_NAME = '[a-z0-9]*(?:password|passwd|passphrase)|pass|pwd';

// A bare `:` must be followed by a space or a quote (YAML `x: v`, JSON `"x":"v"`), so `io.jsonwebtoken:jjwt`
// or `token:abc` inside URLs and identifiers is not an assignment. Besides `=`, `:=`, `=>` and `:`:
// comparisons (`password == "…"`), .NET config (`key="DbPassword" value="…"`), Gradle's nested quotes
// (`buildConfigField 'String', 'API_KEY', '"…"'`) and prose (`the password is '…'`); pairOf below.
// A quote may be escaped (`\"`): JSON inside a string literal or a shell argument.
export const ASSIGN = [
  `\\\\?["'\\x60]?[ \\t]*(?:(?::=|=>|[=!]==?|=)[ \\t]*\\\\?["'\\x60]?|:[ \\t]+\\\\?["'\\x60]?|:\\\\?["'\\x60])`,
  `["'][ \\t]+value[ \\t]*=[ \\t]*["']`,
  `["'][ \\t]*,[ \\t]*'"`,
  `[ \\t]+is[ \\t]+["']`,
].join('|');
const VALUE_FIRST = `[^\\s"'\\x60;,(){}\\[\\]<>\\\\&=]`;
const VALUE_REST = `[^\\s"'\\x60;,(){}\\[\\]<>\\\\&]`;
export const VALUE = `(${VALUE_FIRST}${VALUE_REST}{7,511})`;
// Not `(`: `token = parseToken(…)` is a call, never a literal.
export const END = `(?:["'\\x60\\s;,){}\\[\\]<>\\\\&]|$)`;

/**
 * A quoted name and a quoted value as a call's first two arguments: `setenv("API_TOKEN", "…")`,
 * `GetEnvOrDefault("api_token", "…")`. Only right after `(`, so a list of strings (`['sfnt_key',
 * 'x']`) is not a pair. Its names are a plain list: repeating SECRET_NAME's exclusion trees here
 * makes RE2's DFA outgrow its memory and the whole pattern 8x slower on large files. So a pair
 * such as `("public_key", "…")` is judged by its value alone.
 */
export const PAIR_SECRET_NAME = `[a-z0-9_.-]*(?:secret|credentials?|token|(?:${KEY_QUALIFIERS.join('|')})key|[_.-]key)`;
export const pairOf = (name: string): string => `\\([ \\t]*["'](?:${name})["'][ \\t]*,[ \\t]*["']`;

/**
 * A value assigned to `name` (which may follow name segments such as `db_`, `app.`) or to
 * `bareName` (which must start the name), or paired with `pairName` in a call. The name may not
 * start with a FIXED_FORMAT_VENDORS word (`AWS_SECRET_…`, `meraki-api-key`): those vendors' own
 * detectors judge them. RE2 has no lookbehind, so the name starts after a character that cannot
 * continue it (or the line start under `(?m)`), and the match cannot begin again inside it
 * (`api-key` in `meraki-api-key`).
 */
export const assignmentToNonVendor = (name: string, pairName: string, bareName: string): string => {
  const start = '(?:^|[^a-z0-9_.-])';
  const segments = `(?:${wordOtherThan(FIXED_FORMAT_VENDORS)}[_.-]${SEGMENTS})?`;
  return `(?im)(?:(?:${start}${segments}(?:${name})|${start}(?:${bareName}))(?:${ASSIGN})|${pairOf(pairName)})${VALUE}${END}`;
};

/**
 * Where an assignmentToNonVendor match can start (Detector.matchStarts): at its `start` character
 * (not a name character) before the name, at a line start before it, or at the `(` of a call pair.
 */
export const ASSIGNMENT_STARTS: MatchStarts = {
  wordCharacters: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-',
  openers: '(',
};

/**
 * A `lineGate` for assignmentToNonVendor: a necessary condition of its match that compiles in a
 * fraction of the time (its names are whole exclusion trees). Any run of name characters holding
 * one of `keywords` (each name, pair name and bare name above holds one), the same assignment
 * forms, then the value's first 8 characters: wherever the full pattern matches, this matches within
 * the match's own text (so on the same line, and in the same piece for `pieceBoundaries`).
 */
export const assignmentGate = (keywords: readonly string[]): string => {
  const named = `[a-z0-9_.-]*(?:${keywords.join('|')})[a-z0-9_.-]*`;
  return `(?i)(?:${named}(?:${ASSIGN})|\\([ \\t]*["']${named}["'][ \\t]*,[ \\t]*["'])${VALUE_FIRST}${VALUE_REST}{7}`;
};

