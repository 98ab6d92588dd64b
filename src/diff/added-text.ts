import { isAscii, isUtf8 } from 'node:buffer';
import { walkHunks } from './hunk-check';
import { freshRoom, TextRoom } from './text-room';

/**
 * The added lines of one file's diff as a single text, so multi-line secrets (PEM blocks) match
 * across consecutive added lines, plus the table that maps a text offset back to a line number
 * in the new file.
 */
export interface AddedText {
  /** The added lines without their '+' marker or CR, joined with "\n". */
  readonly text: string;
  /** Offset in `text` where each added line starts (ascending). */
  readonly lineStarts: ArrayLike<number>;
  /** Line number in the new file of each added line (same index as `lineStarts`). */
  readonly lineNumbers: ArrayLike<number>;
  /**
   * `text` as UTF-8, when it was built from those bytes (a diff's added lines): the patterns run
   * on bytes, and this spares encoding the text again. Absent when the bytes were not valid UTF-8.
   */
  readonly bytes?: Buffer;
  /** True when `bytes` are all ASCII: byte offsets are string offsets, and `text` is decoded only if read. */
  readonly ascii?: boolean;
}

/**
 * Git marks a binary file's section with one of these lines instead of hunks. They are header
 * lines, so only the header is searched: up to the first hunk, whose "\n@@" cannot occur earlier
 * (git quotes a path holding a newline). A text file's content lines start with '+', '-', ' ' or
 * '\', so they can never be such a line anyway; searching all of a big patch cost ~2% of a big commit.
 */
export function isBinaryPatch(patch: Buffer): boolean {
  const firstHunk = patch.indexOf('\n@@');
  const header = firstHunk === -1 ? patch : patch.subarray(0, firstHunk + 1);
  return header.includes('\nBinary files ') || header.includes('\nGIT binary patch');
}

/**
 * Extracts the added lines of one file's `-U0` patch. Takes one file's section at a time. The
 * lines are copied byte for byte into one Buffer and decoded once: no string of the whole patch,
 * no string per line (a 12.9 MB lockfile's scan held ~5x its size in such copies).
 */
export function addedTextOf(patch: Buffer, room: TextRoom = freshRoom()): AddedText {
  const bytes = room.bytes(patch.length); // the added text is never longer than its patch
  const { starts, numbers } = room;
  starts.clear();
  numbers.clear();
  let length = 0;
  walkHunks(patch, (start, end, lineNumber) => {
    if (starts.length > 0) bytes[length++] = NEWLINE; // between lines
    starts.push(length);
    length += patch.copy(bytes, length, start, end > start && patch[end - 1] === CARRIAGE_RETURN ? end - 1 : end);
    numbers.push(lineNumber);
  });
  const used = bytes.subarray(0, length);
  if (isAscii(used)) return asciiAddedText(used, starts.values(), numbers.values());
  const text = used.toString('utf8');
  return { text, lineStarts: lineStartsOf(text), lineNumbers: numbers.values(), ...(isUtf8(used) ? { bytes: used } : {}) };
}

/** Where each line of `text` starts (after each "\n"). */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) starts.push(newline + 1);
  return starts;
}

/**
 * An all-ASCII text whose string is decoded on first read only: the scan matches bytes, and most
 * big files never need the string (a finding's line is read from the bytes, see lineText).
 */
function asciiAddedText(bytes: Buffer, lineStarts: ArrayLike<number>, lineNumbers: ArrayLike<number>): AddedText {
  let text: string | undefined;
  return {
    get text() {
      return (text ??= bytes.toString('latin1'));
    },
    lineStarts,
    lineNumbers,
    bytes,
    ascii: true,
  };
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** Builds an AddedText from lines and their line numbers (also used for plain text input). */
export function joinLines(lines: readonly string[], lineNumbers: readonly number[]): AddedText {
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  return { text: lines.join('\n'), lineStarts, lineNumbers };
}

/** Text with one line per "\n" (CRLF tolerated), numbered from 1: for scanning whole files or stdin. */
export function addedTextOfWholeText(text: string): AddedText {
  const lines = text.split('\n').map(stripCarriageReturn);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return joinLines(lines, lines.map((_, index) => index + 1));
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** Index of the added line containing `offset` (binary search over lineStarts). */
export function lineIndexAt(added: AddedText, offset: number): number {
  let low = 0;
  let high = added.lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (added.lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The text of added line `index`. */
export function lineText(added: AddedText, index: number): string {
  const start = added.lineStarts[index];
  const { bytes } = added;
  if (added.ascii === true && bytes !== undefined) {
    const end = index + 1 < added.lineStarts.length ? added.lineStarts[index + 1] - 1 : bytes.length;
    return bytes.toString('latin1', start, end);
  }
  const end = index + 1 < added.lineStarts.length ? added.lineStarts[index + 1] - 1 : added.text.length;
  return added.text.slice(start, end);
}
