/**
 * Shannon entropy of a string in bits per character: how unpredictable its characters are.
 * Random 40-char base62 tokens score ~5; English words and repeated characters score far lower.
 */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  const length = [...value].length;
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Which alphabet a value is drawn from; random values of each have a different entropy ceiling. */
export type Charset = 'hex' | 'base64' | 'other';

export function charsetOf(value: string): Charset {
  if (/^[0-9a-fA-F]+$/.test(value)) return 'hex';
  if (/^[A-Za-z0-9+/=_-]+$/.test(value)) return 'base64';
  return 'other';
}
