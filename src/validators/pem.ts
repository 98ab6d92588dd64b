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

/**
 * An OpenPGP armored private key block: optional `Name: value` headers, a base64 body whose first
 * packet is a Secret-Key (tag 5) or Secret-Subkey (tag 7) packet, and an optional `=XXXX` CRC line.
 * https://www.rfc-editor.org/rfc/rfc4880#section-4.2 (packet headers), #section-6.2 (armor)
 */
export function isPlausiblePgpPrivateKey(block: string): boolean {
  const lines = block
    .replace(/\\r|\\n/g, '\n')
    .split(/\r?\n/)
    .slice(1, -1)
    .map(unwrapStringSyntax)
    .filter((line) => line.length > 0 && !line.includes(':') && !/^=[A-Za-z0-9+/]{4}$/.test(line));
  const body = lines.join('');
  if (body.length < 40 || body.length > MAX_BODY_LENGTH * 2 || !BASE64.test(body)) return false;
  const first = Buffer.from(body, 'base64')[0];
  if ((first & 0x80) === 0) return false;
  const tag = (first & 0x40) !== 0 ? first & 0x3f : (first >> 2) & 0x0f;
  return tag === 5 || tag === 7;
}

/** A PEM private key block that was itself base64-encoded (Kubernetes secrets, env variables). */
export function isBase64EncodedPemPrivateKey(encoded: string): boolean {
  if (encoded.length < 200) return false;
  const decoded = Buffer.from(encoded, 'base64').toString('latin1');
  return /^-----BEGIN (?:(?:RSA|EC|DSA|ENCRYPTED|OPENSSH) )?PRIVATE KEY-----\r?\n[A-Za-z0-9+/]{40}/.test(decoded);
}

/**
 * A PuTTY .ppk file: `Private-Lines: N` followed by N base64 lines, then a hex MAC.
 * https://the.earth.li/~sgtatham/putty/0.78/htmldoc/AppendixC.html
 */
export function isPlausiblePuttyKey(file: string): boolean {
  const match = /Private-Lines: (\d+)\r?\n([\s\S]*?)\r?\nPrivate-(?:MAC|Hash): ([0-9a-fA-F]+)/.exec(file);
  if (match === null) return false;
  const lines = match[2].split(/\r?\n/);
  return lines.length === Number(match[1]) && BASE64.test(lines.join('')) && match[3].length >= 40;
}
