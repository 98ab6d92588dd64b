/**
 * Digits, then uppercase, then lowercase: the digit order of GitHub's token checksum. Checked
 * against published format-valid tokens (secretlint's GitHub and npm fixtures): the other common
 * order (lowercase before uppercase) does not reproduce their last six characters.
 */
export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `value` (a non-negative integer) in base 62, left-padded with '0' to at least `width` digits. */
export function encodeBase62(value: number, width = 1): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a non-negative integer: ${value}`);
  let digits = '';
  let rest = value;
  do {
    digits = BASE62_ALPHABET[rest % 62] + digits;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return digits.padStart(width, '0');
}

export function isBase62(value: string): boolean {
  return /^[0-9A-Za-z]*$/.test(value);
}
