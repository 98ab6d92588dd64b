import { DEFAULT_TUNING, DetectorTuning } from '../detector';
import { charsetOf, shannonEntropy } from '../scan/entropy';
import { alnumClassCount, charClassCount } from './char-classes';
import { isPublicByDesign } from './public-key-formats';

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
 *
 * The entropy figures above are the defaults; a repository changes them with the `entropy` option
 * of its config, which reaches here as `tuning` (docs/configuration.md).
 */
export function isRandomSecret(value: string, tuning: DetectorTuning = DEFAULT_TUNING): boolean {
  if (isNotASecretValue(value) || isNamespacedName(value) || SPACE_OR_ADDRESS.test(value)) return false;
  const entropy = shannonEntropy(value);
  const minimum = tuning.entropy;
  switch (charsetOf(value)) {
    case 'hex':
      return value.length >= 16 && entropy >= minimum.hex;
    case 'base64':
      return value.length >= 16 && entropy >= minimum.base64 && alnumClassCount(value) >= 2;
    case 'other':
      return value.length >= 12 && entropy >= minimum.other && charClassCount(value) >= 3;
  }
}

export function isRandomPassword(value: string, tuning: DetectorTuning = DEFAULT_TUNING): boolean {
  if (isNotASecretValue(value)) return false;
  if (isRandomSecret(value, tuning)) return true;
  return value.length >= 8 && shannonEntropy(value) >= tuning.entropy.password && charClassCount(value) >= 3;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER = /^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const EMAIL = /^[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;
const KEYWORD_VALUE = /^(?:true|false|yes|no|on|off|null|nil|none|undefined|required|optional)$/i;
const URL = /^(?:[a-z][a-z0-9+.-]*:\/\/|(?:arn|urn|mailto|data):)/i;
// `$OTHER_VAR/path`: built from another variable, not a literal secret.
const ENV_REFERENCE = /^\$\{?[A-Za-z_]/;
const PATH = /^(?:~|\.{1,2})?\/|^[a-z]:\\|\.(?:json|ya?ml|pem|key|crt|cer|p12|pfx|txt|env|cfg|conf|ini|toml)$/i;
// Dotted names; isCodeReference also rejects random-looking parts (a JWT's base64 header segment).
const CODE_REFERENCE = /^[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63})+$/;

/**
 * A name in code: `parseExpectedToken`, `HostCancellationToken`, `plugin_pass_list`, `sha256Hash`,
 * `SOCKS5_NO_ACCEPTABLE_AUTH`. Split at case changes and underscores, every word is `Word`, `word`
 * or `WORD` (2+ letters) with at most three trailing digits (in one word at most), and 70% of the
 * characters are in pronounceable words (`Have`, `Token`, or `AUTH` in an all-capitals name: 4+
 * letters, a vowel, no five consonants in a row). Random base62 almost never has this shape: about
 * 0.05% of random 16-character values, 0.002% of 24-character ones.
 */
export function isIdentifierLike(value: string): boolean {
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(value)) return false;
  const words = value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_$]+/)
    .filter((word) => word !== '');
  if (words.length < 2) return false;
  if (!words.every((word) => /^(?:[A-Z]?[a-z]+|[A-Z]{2,})\d{0,3}$/.test(word))) return false;
  if (words.filter((word) => /\d/.test(word)).length > 1) return false;
  const upper = !/[a-z]/.test(value);
  const isLongWord = (word: string): boolean =>
    (upper ? /^[A-Z]{4}/ : /^[A-Z]?[a-z]{3}/).test(word) && /[aeiouy]/i.test(word) && !/[^aeiouy\d]{5}/i.test(word);
  const inLongWords = words.reduce((sum, word) => sum + (isLongWord(word) ? word.length : 0), 0);
  return inLongWords * 10 >= value.replace(/[_$]/g, '').length * 7;
}

/**
 * `Root%20CA%20Certificates` (a PKCS#11 token label), `prefixstable:2002:da8:1::` (systemd's IPv6
 * token): an encoded space is text, and `::` is IPv6's zero run; no generated secret holds either.
 */
const SPACE_OR_ADDRESS = /%20|::/i;

/**
 * A name built of words and versions: `keyguardFingerprint/v1`, `myapp:session-key/v2`,
 * `@acme/auth-token`, `com.acme.app/refresh_token`: a constant that names a key (a storage key, a
 * cache or event name), not a key. Split at `/`, `:`, `.`, `-`, `@` as well as at identifier
 * boundaries, it must read as isIdentifierLike (pronounceable words, at most three trailing
 * digits in one word), with `v2`-style versions set aside. Only machine-generated secrets are judged
 * here: a passphrase of words (`correct-horse-battery`) is a password, judged by the password
 * detectors, which do not use this rule.
 */
export function isNamespacedName(value: string): boolean {
  if (!/^[@A-Za-z_$][\w$@/:.-]*$/.test(value) || !/[/:.@-]/.test(value)) return false;
  const parts = value.split(/[/:.@-]+/).filter((part) => part !== '' && !/^v?\d{1,3}$/i.test(part));
  return parts.length > 0 && isIdentifierLike(parts.join('_'));
}

/**
 * Values that are never the secret itself: e-mail addresses, UUIDs (identifiers far more often than
 * secrets; vendors whose keys are UUIDs need a specific detector that knows the name), numbers, booleans, URLs and
 * paths and ARNs (a credential inside a URL is a different detector's job), values built from
 * another variable (`$BASE_URL/x`), references in code such as `config.apiKey` or
 * `settings.SECRET_KEY`, identifiers (`parseExpectedToken`), non-ASCII text, and keys public by
 * design (`pk_live_…`, public-key-formats.ts).
 */
function isNotASecretValue(raw: string): boolean {
  // Python's `if token == Comment.Special:` ends the value with the block's colon.
  const value = raw.endsWith(':') ? raw.slice(0, -1) : raw;
  return isNotALiteral(value) || isIdentifierLike(value) || NON_ASCII_LETTER.test(value) || isPublicByDesign(value);
}

/** `Lykilorð`, `Contraseña`, `Пароль`: words of a language (a translated label); generated secrets are ASCII. */
const NON_ASCII_LETTER = /[^\x00-\x7f]/u;

/**
 * Values that are something other than a literal secret whatever their context: e-mail addresses,
 * UUIDs, numbers, booleans, URLs, paths, `$VAR` references and dotted code references.
 */
export function isNotALiteral(value: string): boolean {
  return [UUID, NUMBER, EMAIL, KEYWORD_VALUE, URL, ENV_REFERENCE, PATH].some((pattern) => pattern.test(value)) || isCodeReference(value);
}

/**
 * `config.apiKey`, `settings.SECRET_KEY`, `this.props.token`; but not a token whose format has a
 * dot (Vault's `s.` + 24 random characters): no part may be a long random-looking run of mixed
 * case and digits (`self._lib.NID_aes_256_cbc` and `ed25519.Ed25519PrivateKey` stay code).
 */
function isCodeReference(value: string): boolean {
  if (!CODE_REFERENCE.test(value)) return false;
  return value.split('.').every((part) => !isRandomRun(part));
}

/** 16+ characters of mixed case with digits scattered in 3+ places and no `_`: `ZC9Ecf4M5g9o34Q6…`. */
function isRandomRun(part: string): boolean {
  return part.length >= 16 && !part.includes('_') && /[a-z]/.test(part) && /[A-Z]/.test(part) && (part.match(/\d+/g)?.length ?? 0) >= 3;
}
