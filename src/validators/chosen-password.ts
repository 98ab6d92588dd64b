import { isIdentifierLike, isNotALiteral } from './assigned-value';

/**
 * Is a value a password a person chose (`hunter2!`, `open sesame`, `thisismypassword`)? Used only
 * where the context already says "this is a literal password": a quoted string or a config line
 * assigned to a password-named key (the `generic-password-*` detectors). Entropy says nothing here,
 * people pick words; so the test is what the value is NOT:
 *
 * - not a literal at all: e-mail, UUID, number, boolean, URL, path, `$VAR`, `config.password`;
 * - not the name of a field or variable: `smtp_password`, `#add-password`, `TestSourcePassword`,
 *   `passphrase` (a value that names what should go there is a placeholder), nor any multi-word
 *   identifier (`open_sesame`, `transform_jsx`: in a string or after `=`, a name far more often
 *   than a password). A glued lowercase word is a password (`thisismypassword`, `rootpasswd`:
 *   people do choose those);
 * - not UI text: a capitalized word (`Password`, `Wachtwoord`), non-ASCII text (`Contraseña`), a
 *   label (`Password:`) or a phrase with function words or capitals (`Enter your password`,
 *   `Mot de passe`, `is required`). Two to four plain lowercase words are a passphrase
 *   (`open sesame`, `correct horse battery staple`);
 * - not a type, a hash, a format string, a route or a regex: `string`, `$2b$10$…`, `{SSHA}…`,
 *   `%s`, `cms/sites/passwords#edit`, `^(?=.*[A-Z]).{8,}$`;
 * - not a product's documented default (`postgres`, `root`, `admin`): it leaks nothing the
 *   product's own docs don't print.
 *
 * 6 to 64 characters: `team10` is a password, `123` and a paragraph are not. `super$ecret` is one
 * too: `$` inside a value is leetspeak, not a reference (a value that STARTS with `$` is one, and
 * the unquoted config pattern admits no `$` at all, since a shell would expand `pa$word`).
 */
export function isChosenPassword(value: string): boolean {
  if (value.length < 6 || value.length > 64) return false;
  return !(
    isNotALiteral(value) ||
    namesAField(value) ||
    isIdentifier(value) ||
    isUiText(value) ||
    isTypeHashOrFormat(value) ||
    DEFAULT_PASSWORDS.test(value)
  );
}

/** A multi-word name; `$` does not count as a name character here: `super$ecret` is leetspeak. */
function isIdentifier(value: string): boolean {
  return !value.includes('$') && isIdentifierLike(value);
}

const FIELD_WORDS = new Set([
  'password', 'passwd', 'pwd', 'pw', 'pass', 'passphrase', 'passcode', 'secret', 'secrets', 'credential',
  'credentials', 'creds', 'token', 'key',
]);

/** Words of a name: `smtp_password` → smtp, password; `TestSourcePassword` → test, source, password. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

/**
 * `smtp_password`, `DB_PASSWORD`, `userPassword`, `#add-password`, `:password`, `passphrase`; and
 * any UPPER_SNAKE constant or all-capitals word (`SET_IN_ENV`, `MOT_DE_PASSE`, `REMOVED`): an enum
 * value, status, i18n key or placeholder.
 */
function namesAField(value: string): boolean {
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return true;
  // `REMOVED`, `DEPRECATED`, `ENABLED`: one all-capitals word is a status or enum value.
  if (/^[A-Z]{6,}$/.test(value)) return true;
  const name = value.replace(/^[#.:@]/, '');
  if (!/^[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)*$/.test(name)) return false;
  const words = nameWords(name);
  if (words.length === 1) return FIELD_WORDS.has(words[0]);
  return words.some((word) => FIELD_WORDS.has(word.replace(/\d+$/, '')));
}

const STOP_WORDS = new Set([
  'a', 'an', 'the', 'is', 'are', 'be', 'was', 'not', 'no', 'do', 'does', 'to', 'of', 'for', 'in', 'on', 'at',
  'by', 'with', 'and', 'or', 'your', 'you', 'my', 'this', 'that', 'it', 'must', 'should', 'please', 'enter',
  'field', 'required', 'invalid', 'too', 'least', 'than', 'can', 'will', 'here', 'new', 'old',
  // and of the languages UI strings are most often translated into: `mot de passe`, `kata sandi`
  'de', 'du', 'la', 'le', 'el', 'di', 'da', 'der', 'die', 'das', 'und', 'et', 'y', 'e', 'o', 'och', 'og', 'en',
]);

function isUiText(value: string): boolean {
  if (/[^\x20-\x7e]/.test(value)) return true; // Contraseña, Пароль, ••••••
  if (/^[A-Z][a-z]+$/.test(value) || /[:…]$/.test(value)) return true; // Password, Passwort:
  if (!/\s/.test(value)) return false;
  const words = value.trim().split(/\s+/);
  return (
    words.length > 4 ||
    words.some((word) => !/^[a-z0-9][a-z0-9!@#$%^&*_+=~-]*$/.test(word) || STOP_WORDS.has(word) || FIELD_WORDS.has(word))
  );
}

/**
 * Routes (`cms/sites/passwords#edit`), token prefixes (`sk_live_`), the `user@` stub anonymous FTP takes as its password,
 * TypeScript/JSON-schema types, words for a password field's state (`incorrect`, `hidden`),
 * crypt(3) and LDAP password hashes, printf/format placeholders and validation regexes.
 */
const TYPE_HASH_OR_FORMAT = [
  /^[\w.-]+(?:\/[\w.#:-]+)+$/,
  /^[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)*[_-]$/, // `sk_live_`, `xoxb-`: a prefix stub others get appended to
  /^[\w.+-]+@$/,
  /^(?:string|boolean|number|integer|object|buffer|symbol|bigint|unknown)$/,
  /^(?:hidden|visible|masked|unmasked|invalid|incorrect|mismatch|missing|wrong|weak|strong|medium|expired)$/i,
  /^\$(?:\d[a-z]?|argon2\w*|scrypt|pbkdf2[\w-]*)\$/,
  /^\{[A-Z0-9-]+\}/,
  /%[sdv]|\{\d*\}/,
  /^\^|\(\?[=!:<]|\.[*+]|\\[dwsS]|\{\d+,\d*\}/, // ^(?=.*[A-Z]).{8,}$
];

function isTypeHashOrFormat(value: string): boolean {
  return TYPE_HASH_OR_FORMAT.some((pattern) => pattern.test(value));
}

/** Documented defaults of common images and products (the postgres image's `postgres`, …). */
const DEFAULT_PASSWORDS = /^(?:admin|administrator|root|guest|username|postgres|mysql|mariadb|oracle|rabbitmq)$/i;
