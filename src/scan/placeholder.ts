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
    TEMPLATE_SYNTAX.some((pattern) => pattern.test(secret)) ||
    PLACEHOLDER_WORDS.some((pattern) => pattern.test(secret)) ||
    isRepetitive(secret) ||
    isSequential(secret)
  );
}

/**
 * AWS's documented example key pair, copied into countless READMEs and tests.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html
 */
const KNOWN_EXAMPLES: ReadonlySet<string> = new Set(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']);

const ENTIRE_VALUE_WORDS =
  /^(?:test|testing|fake|todo|tbd|foo|bar|foobar|baz|secret|password|passwd|token|key|apikey|api_key|value|default|empty|none|null|nil|undefined|n\/a|xxx+|\*+)$/i;

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

/** `1234567890abcdef`, `abcdefghij`, `987654`: a long run, or a short one making up much of a value. */
function isSequential(value: string): boolean {
  const lower = value.toLowerCase();
  const run = Math.max(longest(lower, isNextInOrder), longest(lower, (previous, current) => isNextInOrder(current, previous)));
  return run >= 7 || (run >= 4 && run * 5 >= value.length * 2);
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
