/**
 * The engine's last filter: is a matched secret obviously not real? Runs on short captured values
 * only (never on file text), so plain RegExp is fine; every pattern here is linear.
 *
 * Random tokens must survive it. Rules that look inside a value (runs, words) only fire on things a
 * random base62 string almost never contains: a 6+ character run of one character that also makes
 * up a quarter of the value, a 7+ character alphabetical or numeric sequence, whole words of 5+
 * letters. Short words such as `test` or `fake` count only as the entire value.
 */
export function isPlaceholder(secret: string): boolean {
  return (
    KNOWN_EXAMPLES.has(secret) ||
    ENTIRE_VALUE_WORDS.test(secret) ||
    ENTIRE_VALUE_WORDS.test(unLeet(secret)) ||
    isKeyboardMash(secret) ||
    isWordSoup(secret) ||
    TEMPLATE_SYNTAX.some((pattern) => pattern.test(secret)) ||
    PLACEHOLDER_WORDS.some((pattern) => pattern.test(secret) || pattern.test(unLeet(secret))) ||
    isRepetitive(secret) ||
    isSequential(secret) ||
    isInterleavedSequence(secret) ||
    TRUNCATED.test(secret) ||
    isEncodedPlaceholder(secret)
  );
}

/** `ops_eyJzaWdu...`, `sk-abc…`: a value cut short in documentation or logs. */
const TRUNCATED = /(?:\.\.|…)$/;

/**
 * `a1b2c3d4e5f6g7h8`, `d4c3b2a1-f6e5-h8g7`: the letters (or digits) taken alone mostly step through
 * the alphabet: 70% of neighbouring pairs are adjacent, over 9+ distinct letters or 7+ distinct digits
 * (so hex, whose letters are only a-f, is not caught by chance: `key_0a1b2c3d…` stays). A vendor
 * prefix of whole words (`px-dep-`, `sk_test_`) is not part of the pattern and is judged apart.
 */
function isInterleavedSequence(value: string): boolean {
  const body = value.replace(/^(?:[A-Za-z]{2,8}[_-])+/, '');
  return steps(value) || (body !== value && steps(body));
}

function steps(value: string): boolean {
  return [
    { others: /[^a-z]/g, distinct: 9 },
    { others: /[^0-9]/g, distinct: 7 },
  ].some(({ others, distinct }) => {
    const chars = value.toLowerCase().replace(others, '');
    if (chars.length < 8 || new Set(chars).size < distinct) return false;
    let steps = 0;
    for (let i = 1; i < chars.length; i++) {
      if (isNextInOrder(chars[i - 1], chars[i]) || isNextInOrder(chars[i], chars[i - 1])) steps++;
    }
    return steps * 10 >= (chars.length - 1) * 7;
  });
}

/**
 * Base64 that decodes to placeholder text: `ZHVtbXkgdGV4dA==` is `dummy text`, and
 * `aXNhYWNzOm5vdCBteSByZWFsIHBhc3N3b3Jk` is `isaacs:not my real password` (npm's docs).
 */
function isEncodedPlaceholder(value: string): boolean {
  if (value.length < 12 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  if (!/^[\x20-\x7e\t\r\n]+$/.test(decoded)) return false;
  return ENTIRE_VALUE_WORDS.test(decoded) || PLACEHOLDER_WORDS.some((pattern) => pattern.test(decoded)) || isPhraseNamingASecret(decoded);
}

/**
 * `not my real password`, `isaacs:not a real token`: a one-line phrase of 3 to 8 words (letters and
 * punctuation only), one of them a placeholder word (`password`, `secret`, `fake`…), describes a
 * secret rather than being one. Encoded random bytes never read as words, a passphrase (`correct
 * horse battery staple`) does not name itself, and an encoded PEM key (`-----BEGIN RSA PRIVATE
 * KEY-----` + base64 lines) is no phrase.
 */
function isPhraseNamingASecret(text: string): boolean {
  const words = text.trim().split(/[ \t]+/);
  if (words.length < 3 || words.length > 8 || !words.every((word) => /^[A-Za-z][A-Za-z'.,:;!?-]*$/.test(word))) return false;
  return words.some((word) => word.split(/[^A-Za-z]+/).some((part) => part !== '' && ENTIRE_VALUE_WORDS.test(part)));
}

/**
 * Values that vendor documentation and RFCs publish as examples, copied into countless READMEs and
 * tests (never real credentials). First AWS's documented example key pair:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html
 */
const KNOWN_EXAMPLES: ReadonlySet<string> = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  // OAuth 2.0's examples (RFC 6749 sections 2.3.1, 4.1, 5.1), quoted by every OAuth library's docs.
  // https://www.rfc-editor.org/rfc/rfc6749
  '2YotnFZFEjr1zCsicMWpAA',
  'tGzv3JOkF0XG5Qx2TlKWIA',
  'SplxlOBeZQQYbYS6WxSbIA',
  '7Fjfp0ZBr1KtDRbnfVdmIw',
  'czZCaGRSa3F0MzpnWDFmQmF0M2JW',
  // OAuth 1.0's examples (RFC 5849 sections 1.2, 3.1, 3.5.1). https://www.rfc-editor.org/rfc/rfc5849
  'dpf43f3p2l4k3l03',
  'kd94hf93k423kf44',
  'hh5s93j4hdidpola',
  'hdhd0244k9j7ao03',
  'hfdp7dh39dks9884',
  'nnch734d00sl2jdk',
  'pfkkdhi9sl3r4s00',
  '9djdj82h48djs9d2',
  'kkk9d7dh3k39sjv7',
  '0685bd9184jfhq22',
  'ad180jjd733klru7',
  // OAuth 2.0 token revocation's example (RFC 7009 section 2.1). https://www.rfc-editor.org/rfc/rfc7009
  '45ghiukldjahdnhzdauz',
  // OAuth 2.0 bearer usage's example (RFC 6750 section 2.1). https://www.rfc-editor.org/rfc/rfc6750
  'mF_9.B5f-4.1JqM',
  // The two cleartext passwords of Microsoft's NuGet.Config reference page, copied into many READMEs.
  // https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials
  '33f!!lloppa',
  'hal+9ooo_da!sY',
]);

// `sekrit` is how Python's and Django's docs spell a stand-in secret; the last line is `secret` and
// `password` in the languages docs are most often written in (`geheim$parole`, `motdepasse`).
const ENTIRE_VALUE_WORDS = new RegExp(
  '^(?:test|testing|fake|todo|tbd|foo|bar|foobar|baz|secret|password|passwd|token|key|apikey|api_key|value|default|' +
    'empty|none|null|nil|undefined|n/a|xxx+|\\*+|sekrit|sekret|' +
    'geheim|passwort|kennwort|parole|motdepasse|secreto|segreto|contrasena|senha|wachtwoord|haslo|salasana|losenord)$',
  'i',
);

/** `s3cr3t`, `p@ssw0rd`, `pa55word`: a placeholder word in leetspeak reads as the word. */
function unLeet(value: string): string {
  const plain: Record<string, string> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
  return value.replace(/[03457@$]/g, (char) => plain[char]);
}

/**
 * `lsdkfol23w54jlksdef`: a hand run over the keyboard's home row (asdfghjkl), as docs and tests
 * write a stand-in token. At least 12 letters, 80% of them from that row: about 0.03% of random
 * 16-character base62 values, far less for longer ones. Hex is never judged (a, d and f are half
 * of its letters).
 */
function isKeyboardMash(value: string): boolean {
  if (/^[0-9a-f]+$/i.test(value)) return false;
  const letters = value.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length < 12) return false;
  const onHomeRow = [...letters].filter((char) => 'asdfghjkl'.includes(char)).length;
  return onHomeRow * 5 >= letters.length * 4;
}

const TEMPLATE_SYNTAX: readonly RegExp[] = [
  /<[^<>]*>/, // <token>, <YOUR_KEY>
  /\$\{[^}]*\}/, // ${VAR}, ${{ secrets.X }}
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $VAR
  /\{\{[^}]*\}\}/, // {{ x }}
  /%\([A-Za-z_][A-Za-z0-9_]*\)[sdr]/, // %(x)s
  /^%[A-Za-z_][A-Za-z0-9_]*%$/, // %VAR% (Windows)
  /\bprocess\.env\b/,
  /\bos\.environ\b/,
  /\bgetenv\s*\(/, // os.getenv(...), System.getenv(...)
  /\bENV\s*\[/, // ENV[...] (Ruby)
];

/**
 * Each word as `word`, `WORD` or `Word`, never `wOrD`: a random mixed-case token contains `DUmmy`
 * by chance far more often than a deliberate placeholder is written that way.
 */
function inCommonCasings(words: readonly string[]): RegExp {
  const variants = words.flatMap((word) => [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)]);
  return new RegExp(variants.join('|'));
}

const PLACEHOLDER_WORDS: readonly RegExp[] = [
  inCommonCasings(['example', 'sample', 'changeme', 'change[_-]me', 'placeholder', 'dummy', 'redacted', 'replace[_-]?me']),
  /insert.{0,30}here|[_-]here$/i, // insert_key_here, your_token_here
  // your-api-key, yourApiKey, YOUR_KEY
  /(?:^|[^A-Za-z])your(?:[^a-z]|$|api|key|token|secret|pass|access|own)/,
  /(?:^|[^A-Za-z])Your(?:[^a-z]|$)/,
  /(?:^|[^A-Za-z])YOUR(?:[^A-Z]|$|API|KEY|TOKEN|SECRET|PASS|ACCESS|OWN)/,
];

/** `secret%3Dpassword`, `test-token`, `foo_bar`: nothing but placeholder words (after %-decoding). */
function isWordSoup(value: string): boolean {
  const decoded = value.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const words = decoded.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  return words.length >= 2 && words.every((word) => ENTIRE_VALUE_WORDS.test(word));
}

/** One character repeated: `xxxx`, `****`, `0000`, or a value dominated by one (`sk_live_AAAA…`). */
function isRepetitive(value: string): boolean {
  if (value.length === 0) return false;
  if (/^(.)\1*$/s.test(value)) return true;
  const longestRun = longest(value, (previous, current) => previous === current);
  if (longestRun >= 6 && longestRun * 4 >= value.length) return true;
  return value.length >= 8 && mostFrequentCount(value) * 2 >= value.length;
}

const DIGITS = '0123456789';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * `1234567890abcdef`, `abcdefghij`, `987654`: a long run, or a short one making up much of a value
 * whose rest holds no word (`abcd1234`, `012345abcdef`; but `abuser123456` is a word plus the digits
 * people append to a password).
 */
function isSequential(value: string): boolean {
  const lower = value.toLowerCase();
  const ascending = longestRun(lower, isNextInOrder);
  const descending = longestRun(lower, (previous, current) => isNextInOrder(current, previous));
  const run = ascending.length >= descending.length ? ascending : descending;
  if (run.length >= 7) return true;
  const rest = lower.slice(0, run.start) + ' ' + lower.slice(run.start + run.length);
  return run.length >= 4 && run.length * 5 >= value.length * 2 && !hasWord(rest);
}

/** A stretch of 4+ letters that is not itself a run (`abuser` yes, `abcdef` no). */
function hasWord(text: string): boolean {
  return (text.match(/[a-z]{4,}/g) ?? []).some(
    (word) => longest(word, isNextInOrder) < 4 && longest(word, (previous, current) => isNextInOrder(current, previous)) < 4,
  );
}

/** `current` follows `previous` in 0-9 (9 wraps to 0, as in `1234567890`) or in a-z. */
function isNextInOrder(previous: string, current: string): boolean {
  if (previous === '9' && current === '0') return true;
  for (const alphabet of [DIGITS, LETTERS]) {
    const index = alphabet.indexOf(previous);
    if (index >= 0 && alphabet[index + 1] === current) return true;
  }
  return false;
}

/** Start and length of the longest stretch in which each neighbouring pair satisfies `linked`. */
function longestRun(value: string, linked: (previous: string, current: string) => boolean): { start: number; length: number } {
  let best = { start: 0, length: value.length > 0 ? 1 : 0 };
  let start = 0;
  for (let i = 1; i < value.length; i++) {
    if (!linked(value[i - 1], value[i])) start = i;
    if (i - start + 1 > best.length) best = { start, length: i - start + 1 };
  }
  return best;
}

/** Length of the longest stretch of characters in which each neighbouring pair satisfies `linked`. */
function longest(value: string, linked: (previous: string, current: string) => boolean): number {
  const chars = [...value];
  let best = chars.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < chars.length; i++) {
    run = linked(chars[i - 1], chars[i]) ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

function mostFrequentCount(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  return Math.max(...counts.values());
}
