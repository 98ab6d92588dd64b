import { isPlaceholder } from '../scan/placeholder';

/**
 * Checks for a password written into a URL, connection string or command line, where people paste
 * documentation placeholders far more often than real passwords.
 */

const WORD_PREFIX = '(?:my|your|the|db|some|user|admin|app|new|old|strong|super|real|dummy)?[_-]?';
// `password`, `myPassword`, `db_pass`, `changeit`…: the words docs use instead of a value.
const PASSWORD_WORD = new RegExp(`^${WORD_PREFIX}(?:pass(?:word|wd|phrase)?|pwd|changeit|changeme)[_-]?\\d{0,3}$`, 'i');
// `secret`, `admin`, `qwerty`…: famous weak passwords. Docs use them as stand-ins too, so most
// contexts skip them; a database URL reports them (`isPlausibleDatabaseCredentials`), because a
// server reachable with `user:secret` is a real, and badly protected, one.
const WEAK_WORD = new RegExp(`^${WORD_PREFIX}(?:secret|letmein|hunter2|qwerty|admin)[_-]?\\d{0,3}$`, 'i');
// Template and shell syntax: `${X}`, `$(X)`, `{{x}}`, `{x}`, `[x]`, `<x>`, `%x%`, `#{x}`, `$X`.
const TEMPLATE = /[{}<>[\]`]|\$\(|^\$[A-Za-z_]|^%[A-Za-z_]\w*%$|#\{/;
const PLACEHOLDER_HINT = /replace|your[_-]?|enter[_-]?|insert|redacted|xxx|\*{3}|\.\.\.|password|passwd/i;

/** Is `password` plausibly a real one (not a placeholder, template, or trivially short)? */
export function isPlausiblePassword(password: string, user = '', allowWeak = false): boolean {
  if (password.length < 4) return false;
  if (user !== '' && password.toLowerCase() === user.toLowerCase()) return false;
  if (PASSWORD_WORD.test(password) || TEMPLATE.test(password) || PLACEHOLDER_HINT.test(password)) return false;
  if (WEAK_WORD.test(password)) return allowWeak && !/dummy/i.test(password); // `dummy_secret`: a stand-in
  if (isPlaceholder(password)) return false;
  // Only one character repeated (`1111`, `aaaa`) or a run such as `abcd`.
  return new Set(password).size >= 3;
}

/** `user:password` taken from a URL authority: the password is checked, the user only compared. */
export function isPlausibleUrlCredentials(pair: string, allowWeak = false): boolean {
  const colon = pair.indexOf(':');
  if (colon < 0) return false;
  const user = pair.slice(0, colon);
  if (TEMPLATE.test(user) || PLACEHOLDER_HINT.test(user)) return false;
  return isPlausiblePassword(pair.slice(colon + 1), user, allowWeak);
}

/** `user:password` of a database URL: like isPlausibleUrlCredentials, but weak words count. */
export function isPlausibleDatabaseCredentials(pair: string): boolean {
  return isPlausibleUrlCredentials(pair, true);
}

/**
 * A secret that a config key names explicitly (`jwt.secret`, `JWT_SECRET`): people write passphrases
 * there, so any non-placeholder value of 8+ characters with some variety counts.
 */
export function isPlausibleNamedSecret(secret: string): boolean {
  if (secret.length < 8 || PASSWORD_WORD.test(secret) || WEAK_WORD.test(secret) || PLACEHOLDER_HINT.test(secret)) return false;
  if (/\$\{|\{\{|^\$[A-Za-z_]|^%[A-Za-z_]\w*%$|<[^<>]*>/.test(secret) || isPlaceholder(secret)) return false;
  return new Set(secret).size >= 6;
}
