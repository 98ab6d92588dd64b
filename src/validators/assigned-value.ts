import { charsetOf, shannonEntropy } from '../scan/entropy';
import { alnumClassCount, charClassCount } from './char-classes';

/**
 * Is a value assigned to a secret-looking name (`API_KEY=…`, `"password": "…"`) random enough to be
 * a real secret? Used by the generic detectors, which know nothing about the format.
 *
 * Thresholds are per charset because each has a different entropy ceiling: 16 random hex characters
 * score about 3.4 bits per character (ceiling 4.0), 16 random base62 characters about 3.7, 32 about
 * 4.6. Words, identifiers and repeated characters score well below.
 *
 * - hex:    at least 16 characters and 3.0 bits.
 * - base64: ([A-Za-z0-9+/=_-]) at least 16 characters, 3.5 bits, and two of lowercase, uppercase,
 *           digit (so `my_super_secret_value` and `THIS_IS_NOT_SET` are not secrets).
 * - other:  (has symbols such as `!#$%`) at least 12 characters, 3.5 bits, three character classes.
 *
 * Passwords (`isRandomPassword`) are shorter and chosen by people: at least 8 characters, 3.0 bits
 * (8 distinct characters score exactly 3.0) and three of lowercase, uppercase, digit, symbol; or a
 * value that would pass as a secret. `hunter2`, `changeme` and `password123` do not pass;
 * `Zx9!vQ2#rT7$kL4m` does.
 */
export function isRandomSecret(value: string): boolean {
  if (isNotASecretValue(value)) return false;
  const entropy = shannonEntropy(value);
  switch (charsetOf(value)) {
    case 'hex':
      return value.length >= 16 && entropy >= 3.0;
    case 'base64':
      return value.length >= 16 && entropy >= 3.5 && alnumClassCount(value) >= 2;
    case 'other':
      return value.length >= 12 && entropy >= 3.5 && charClassCount(value) >= 3;
  }
}

export function isRandomPassword(value: string): boolean {
  if (isNotASecretValue(value)) return false;
  if (isRandomSecret(value)) return true;
  return value.length >= 8 && shannonEntropy(value) >= 3.0 && charClassCount(value) >= 3;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER = /^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const KEYWORD_VALUE = /^(?:true|false|yes|no|on|off|null|nil|none|undefined|required|optional)$/i;
const URL = /^(?:[a-z][a-z0-9+.-]*:\/\/|(?:arn|urn|mailto|data):)/i;
// `$OTHER_VAR/path`: built from another variable, not a literal secret.
const ENV_REFERENCE = /^\$\{?[A-Za-z_]/;
const PATH = /^(?:~|\.{1,2})?\/|^[a-z]:\\|\.(?:json|ya?ml|pem|key|crt|cer|p12|pfx|txt|env|cfg|conf|ini|toml)$/i;
// Segments of at most 32 characters: a JWT's base64 header segment is longer, a code name is not.
const CODE_REFERENCE = /^[A-Za-z_$][\w$]{0,31}(?:\.[A-Za-z_$][\w$]{0,31})+$/;

/**
 * Values that are never the secret itself: UUIDs (identifiers far more often than secrets; vendors
 * whose keys are UUIDs need a specific detector that knows the name), numbers, booleans, URLs and
 * paths and ARNs (a credential inside a URL is a different detector's job), values built from
 * another variable (`$BASE_URL/x`), and references in code such as
 * `config.apiKey` or `settings.SECRET_KEY`.
 */
function isNotASecretValue(value: string): boolean {
  return [UUID, NUMBER, KEYWORD_VALUE, URL, ENV_REFERENCE, PATH, CODE_REFERENCE].some((pattern) => pattern.test(value));
}
