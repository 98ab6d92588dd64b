import { isPlaceholder } from '../scan/placeholder';
import { shannonEntropy } from '../scan/entropy';
import { isRandomPassword } from './assigned-value';
import { isPlausiblePassword, isPlausibleUrlCredentials } from './url-credentials';

/**
 * Does the `data:` block of a Kubernetes Secret hold a real secret? The block is its `key: value`
 * entries (a `|` / `>` block scalar continues on the next line), values base64-encoded (encoding,
 * not encryption). https://kubernetes.io/docs/concepts/configuration/secret/
 *
 * One secret-like entry is enough: Secrets list `username` (not secret) next to `password`.
 *
 * Values are judged decoded, exactly as the same text would be in `stringData`, a URL or a
 * Docker config: base64 is an encoding, so `admin:password` or `mypassword` stays the
 * documentation stand-in it is everywhere else (gitleaks reports those; keyguard would then have
 * to report `password: mypassword` in plain text too). A certificate is public; a private key is not.
 */
export function hasSecretDataEntry(block: string): boolean {
  return entriesOf(block).some(({ value }) => isSecretBase64(value));
}

/** The same for a `stringData:` block, whose values are plain text. */
export function hasSecretStringDataEntry(block: string): boolean {
  return entriesOf(block).some(({ key, value }) => isSecretText(key, value));
}

/** The same for the body of a JSON manifest's `"data": {…}` object (`kubectl get secret -o json`). */
export function hasSecretJsonDataEntry(body: string): boolean {
  return [...body.matchAll(JSON_ENTRY)].some((match) => isSecretBase64(match[1]));
}

const JSON_ENTRY = /"[\w.-]{1,100}"\s*:\s*"([^"]*)"/g;

interface Entry {
  readonly key: string;
  readonly value: string;
}

// `key: value`, `"key": 'value'`, or `key: |` + the value on the next line; a ` # comment` may follow.
const ENTRY = /^[ \t]+["']?([\w.-]{1,100})["']?:[ \t]*(?:[>|][-+]?[ \t]*\r?\n[ \t]+)?["']?([^\s"']*)["']?[ \t]*(?:#.*)?$/gm;

function entriesOf(block: string): Entry[] {
  return [...block.matchAll(ENTRY)].map((match) => ({ key: match[1], value: match[2] }));
}

// Keys whose plain value is a credential even when a person chose it (`password: Tr0ub4dor&3`).
const SECRET_KEY_NAME = /pass|pwd|secret|token|key|auth|credential/i;

function isSecretText(key: string, value: string): boolean {
  if (value.length < 6 || isPlaceholder(value)) return false;
  return SECRET_KEY_NAME.test(key) ? isPlausiblePassword(value) && shannonEntropy(value) >= 2.5 : isRandomPassword(value);
}

function isSecretBase64(encoded: string): boolean {
  if (encoded.length < 8 || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || isPlaceholder(encoded)) return false;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8').replace(/\s+$/, '');
  if (decoded.length < 6) return false;
  if (!/^[\x20-\x7e\t\r\n]+$/.test(decoded)) return shannonEntropy(encoded) >= 3.5; // binary: a key, a keystore
  if (isPlaceholder(decoded)) return false;
  if (decoded.startsWith('-----BEGIN')) return /PRIVATE KEY-----/.test(decoded); // certificates are public
  if (decoded.startsWith('{')) return isDockerConfigWithCredentials(decoded) ?? shannonEntropy(encoded) >= 3.5;
  if (decoded.length < 40) return isPlausiblePassword(decoded) && shannonEntropy(decoded) >= 2.5;
  return shannonEntropy(encoded) >= 3.5;
}

/**
 * `.dockerconfigjson` / `.dockercfg`: `{"auths": {"<registry>": {"auth": base64(user:password)}}}`
 * (or `username` / `password` fields). Undefined when the JSON is not a Docker config.
 * https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets
 */
function isDockerConfigWithCredentials(json: string): boolean | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const auths = (parsed as { auths?: unknown }).auths ?? parsed; // .dockercfg has no "auths" level
  if (typeof auths !== 'object' || auths === null) return undefined;
  const registries = Object.values(auths).filter(isRegistryEntry);
  if (registries.length === 0) return undefined; // some other JSON document: judged as text
  return registries.some(({ auth, password }) => {
    if (typeof password === 'string' && isPlausiblePassword(password)) return true;
    return typeof auth === 'string' && isPlausibleUrlCredentials(Buffer.from(auth, 'base64').toString('utf8'));
  });
}

interface RegistryEntry {
  readonly auth?: unknown;
  readonly password?: unknown;
}

function isRegistryEntry(entry: unknown): entry is RegistryEntry {
  return typeof entry === 'object' && entry !== null && ('auth' in entry || 'password' in entry);
}
