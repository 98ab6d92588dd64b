import type { MatchStarts } from '../detector';
import { byteTable } from './keyword-lines';

/** A detector's MatchStarts as lookups by byte value (1: yes): word characters and openers. */
export interface MatchStartTables {
  readonly isWord: Uint8Array;
  readonly isOpener: Uint8Array;
}

export function matchStartTables(starts: MatchStarts): MatchStartTables {
  const isWord = byteTable(starts.wordCharacters);
  isWord.fill(1, 0x80); // K (U+212A) and ſ (U+017F) fold to k and s under (?i): a word may hold them
  return { isWord, isOpener: byteTable(starts.openers) };
}

/**
 * The first place at or after `from` where a match of a `matchStarts` detector can start: an
 * opener; a line start before a word character; or a character that is not an ASCII word
 * character, directly before a word character. Every non-ASCII byte counts as a possible word
 * character (and a non-ASCII character as a possible non-word one), so the places found are a
 * superset of the real starts in any UTF-8 text. -1 when there is none.
 */
export function nextMatchStart(bytes: Buffer, from: number, { isWord, isOpener }: MatchStartTables): number {
  for (let at = from; at < bytes.length; at++) {
    const byte = bytes[at];
    if ((byte & 0xc0) === 0x80) continue; // inside a character
    if (isOpener[byte] === 1) return at;
    const next = at + characterLength(byte);
    if (next < bytes.length && isWord[bytes[next]] === 1 && (isWord[byte] === 0 || byte >= 0x80)) return at;
    if (isWord[byte] === 1 && (at === 0 || bytes[at - 1] === NEWLINE)) return at;
  }
  return -1;
}

const NEWLINE = 0x0a;

function characterLength(leadByte: number): number {
  if (leadByte < 0x80) return 1;
  if (leadByte >= 0xf0) return 4;
  if (leadByte >= 0xe0) return 3;
  return 2;
}
