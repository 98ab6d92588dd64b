/**
 * An independent count of the added lines in one file's patch, walking the hunks by their headers
 * without parse-diff. addedTextOf compares it with what it parsed: a patch it could not read fully
 * (a hunk shorter or longer than its header, a line that is not part of a hunk, a header it does
 * not understand) must stop the scan, never pass as "nothing added" (fail closed, issue 7).
 */
export class UnreadablePatchError extends Error {
  constructor(patch: string, problem: string) {
    const header = patch.slice(0, patch.indexOf('\n') >>> 0).slice(0, 120);
    super(`could not read every added line of the diff (${problem}) in ${JSON.stringify(header)}; nothing was let through`);
    this.name = 'UnreadablePatchError';
  }
}

const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/;

/** Added lines the hunks of `patch` declare and hold; throws UnreadablePatchError when they disagree. */
export function countAddedLines(patch: string): number {
  let added = 0;
  let oldLeft = 0;
  let newLeft = 0;
  let inHunks = false;
  const fail = (problem: string) => new UnreadablePatchError(patch, problem);
  const lines = patch.split('\n');
  if (lines[lines.length - 1] === '') lines.pop(); // after the final newline
  for (const line of lines) {
    if (line.startsWith('@@')) {
      if (oldLeft > 0 || newLeft > 0) throw fail('a hunk ended early');
      const header = HUNK_HEADER.exec(line);
      if (header === null) throw fail('a hunk header it does not know'); // never quoted: it can hold content
      oldLeft = header[1] === undefined ? 1 : Number(header[1]);
      newLeft = header[2] === undefined ? 1 : Number(header[2]);
      inHunks = true;
      continue;
    }
    if (!inHunks || line.startsWith('\\')) continue; // file header lines; "\ No newline at end of file"
    const marker = line === '' ? ' ' : line[0]; // diff.suppressBlankEmpty prints an empty context line as ""
    if (marker === '+') (added++, newLeft--);
    else if (marker === '-') oldLeft--;
    else if (marker === ' ') (oldLeft--, newLeft--);
    else throw fail('a line outside any hunk');
    if (oldLeft < 0 || newLeft < 0) throw fail('a hunk is longer than its header says');
  }
  if (oldLeft > 0 || newLeft > 0) throw fail('the patch ends inside a hunk');
  return added;
}
