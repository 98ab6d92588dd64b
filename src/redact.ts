/**
 * The only form in which a secret leaves the scanner: a few leading characters (enough to recognise
 * a token's kind and tell two findings apart) and its length. At most a quarter of the secret, and
 * never more than 6 characters, is shown.
 */
export function redact(secret: string): string {
  const firstLine = secret.split('\n')[0];
  const shown = Math.min(6, Math.floor(secret.length / 4), firstLine.length);
  return `${firstLine.slice(0, shown)}…(${secret.length} chars)`;
}
