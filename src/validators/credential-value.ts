/**
 * Is a value in a credential file (a `.env` password, a `.netrc` password, a kubeconfig token) a
 * literal credential? File detectors accept low-entropy values that a content detector would not
 * (the file's name already says what they are), so this only rules out what is plainly not a
 * credential; the global placeholder filter (src/scan/placeholder.ts) runs as well.
 */
const KEYWORD = /^(?:true|false|yes|no|on|off|null|nil|none|undefined|empty|enabled|disabled|required|optional|unset)$/i;
const SMALL_NUMBER = /^[+-]?\d{1,6}(?:\.\d+)?$/; // ports, TTLs, sizes
// `$VAR`, `${VAR}`, `%VAR%`, `$(cmd)`, backticks: taken from elsewhere at run time.
const REFERENCE = /^(?:\$[{(A-Za-z_]|%[A-Za-z_][\w]*%$|`)/;
const PATH = /^(?:~|\.{1,2})?\/|^[a-z]:\\|\.(?:json|ya?ml|pem|key|crt|cer|p12|pfx|jks|txt|env|cfg|conf|ini|toml)$/i;
// A URL without `user:password@` names a place, not a credential.
const PLAIN_URL = /^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i;

export function isCredentialValue(value: string, minLength = 4): boolean {
  return (
    value.length >= minLength &&
    !KEYWORD.test(value) &&
    !SMALL_NUMBER.test(value) &&
    !REFERENCE.test(value) &&
    !PATH.test(value) &&
    !PLAIN_URL.test(value)
  );
}

/**
 * A value that is only a word of its own name is a local default, not a secret:
 * `POSTGRES_PASSWORD=postgres`, `REDIS_PASSWORD=redis`, `ADMIN_PASS=admin`.
 */
export function isNameEcho(value: string, name: string): boolean {
  const lower = value.toLowerCase();
  return name.toLowerCase() === lower || name.toLowerCase().split(/[^a-z0-9]+/).includes(lower);
}
