/**
 * Offline plausibility checks for a PEM or OpenSSH private key block matched across added lines.
 * A block is `-----BEGIN <label>-----`, optional `Name: value` headers (legacy encrypted PEM:
 * `Proc-Type`, `DEK-Info`), a base64 body, and `-----END <label>-----`.
 * https://www.rfc-editor.org/rfc/rfc7468 (textual encoding of PKCS#8 and friends)
 */
const BLOCK = /^-----BEGIN ([A-Z ]+)-----([\s\S]*)-----END ([A-Z ]+)-----$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Base64 characters in the body: an Ed25519 PKCS#8 key is 64, an RSA-8192 key under 7000. */
export const MIN_BODY_LENGTH = 64;
export const MAX_BODY_LENGTH = 16384;

/** `openssh-key-v1\0`, the magic that starts every OpenSSH private key body. */
const OPENSSH_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

/** DER starts with a SEQUENCE tag (0x30): PKCS#1, PKCS#8, SEC1 and DSA keys all do. */
const DER_SEQUENCE = 0x30;

export interface PemBlock {
  readonly label: string;
  readonly headers: readonly string[];
  readonly body: Buffer;
}

/**
 * Parses a block, tolerating lines joined by literal `\n` (keys pasted into JSON or .env strings).
 * Returns undefined when labels differ or the body is not base64 of a plausible length.
 */
export function parsePemBlock(block: string): PemBlock | undefined {
  const match = BLOCK.exec(block.replace(/\\r|\\n/g, '\n'));
  if (match === null || match[1] !== match[3]) return undefined;
  // Lines may be wrapped in string syntax: `"MIIE…" +` (Java, JS), `'MIIE…',` (Python lists).
  const lines = match[2]
    .split(/\r?\n/)
    .map(unwrapStringSyntax)
    .filter((line) => line.length > 0);
  const headers = lines.filter((line) => line.includes(':'));
  const body = lines.filter((line) => !line.includes(':')).join('');
  if (body.length < MIN_BODY_LENGTH || body.length > MAX_BODY_LENGTH || !BASE64.test(body)) return undefined;
  return { label: match[1], headers, body: Buffer.from(body, 'base64') };
}

/** A PEM private key (PKCS#1, PKCS#8, SEC1, DSA, encrypted PKCS#8, or legacy encrypted PEM). */
export function isPlausiblePemPrivateKey(block: string): boolean {
  const pem = parsePemBlock(block);
  if (pem === undefined || !pem.label.endsWith('PRIVATE KEY')) return false;
  // A legacy encrypted body (`Proc-Type: 4,ENCRYPTED`) is ciphertext: nothing more to check.
  if (pem.headers.some((header) => /^Proc-Type:.*ENCRYPTED/i.test(header))) return true;
  // Some tools write OpenSSH-format bodies under an RSA label; still a private key.
  return pem.body[0] === DER_SEQUENCE || hasOpensshMagic(pem.body);
}

export function isPlausibleOpensshPrivateKey(block: string): boolean {
  const pem = parsePemBlock(block);
  if (pem === undefined || pem.label !== 'OPENSSH PRIVATE KEY') return false;
  return hasOpensshMagic(pem.body);
}

/** `"MIIE…" +` → `MIIE…`. A `+` glued to the text is base64, not concatenation, and stays. */
function unwrapStringSyntax(line: string): string {
  return line
    .trim()
    .replace(/\s+\+$|(["'`])\s*\+$/, '$1')
    .replace(/[,;]$/, '')
    .replace(/^["'`]|["'`]$/g, '');
}

function hasOpensshMagic(body: Buffer): boolean {
  return body.subarray(0, OPENSSH_MAGIC.length).equals(OPENSSH_MAGIC);
}
