import { walkHunks } from './hunk-check';

/**
 * The added lines of one file's diff as a single text, so multi-line secrets (PEM blocks) match
 * across consecutive added lines, plus the table that maps a text offset back to a line number
 * in the new file.
 */
export interface AddedText {
  /** The added lines without their '+' marker or CR, joined with "\n". */
  readonly text: string;
  /** Offset in `text` where each added line starts (ascending). */
  readonly lineStarts: readonly number[];
  /** Line number in the new file of each added line (same index as `lineStarts`). */
  readonly lineNumbers: readonly number[];
}

/** Git marks a binary file's section with one of these lines instead of hunks. */
export function isBinaryPatch(patch: Buffer): boolean {
  return patch.includes('\nBinary files ') || patch.includes('\nGIT binary patch');
}

/** Extracts the added lines of one file's `-U0` patch. Takes one file's section at a time. */
export function addedTextOf(patch: Buffer): AddedText {
  const lines: string[] = [];
  const lineNumbers: number[] = [];
  walkHunks(patch.toString('utf8'), (line, lineNumber) => {
    lines.push(stripCarriageReturn(line));
    lineNumbers.push(lineNumber);
  });
  return joinLines(lines, lineNumbers);
}

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
  const end = index + 1 < added.lineStarts.length ? added.lineStarts[index + 1] - 1 : added.text.length;
  return added.text.slice(start, end);
}
