import RE2 from 're2';

/** A byte range `[start, end)` of a text's UTF-8 bytes that a pattern is run over. */
export type ByteSpan = readonly [start: number, end: number];

/**
 * The parts of `bytes` a `keywordLines` detector's pattern can match in: the runs of consecutive
 * lines that contain one of its keywords, each with the newline before and after it, so the
 * pattern sees the same line boundaries (`(?m)^`, a separator class matching "\n") as in the
 * whole text. Matching only there gives the same matches as matching everywhere, because the
 * detector declares that every match lies within such a line (see `Detector.keywordLines`).
 *
 * Why: `generic-secret`'s case-insensitive name trees make RE2's DFA slow (~55% of a big commit's
 * CPU), while its keywords occur on under 7% of the lines of ordinary source and lockfiles.
 */
export function keywordLineSpans(bytes: Buffer, keywords: RE2): ByteSpan[] {
  const spans: Array<[number, number]> = [];
  keywords.lastIndex = 0;
  for (let hit = keywords.exec(bytes); hit !== null; hit = keywords.exec(bytes)) {
    const lineStart = bytes.lastIndexOf(0x0a, hit.index) + 1;
    const newline = bytes.indexOf(0x0a, hit.index + hit[0].length);
    const lineEnd = newline === -1 ? bytes.length : newline;
    const start = Math.max(0, lineStart - 1); // the newline before the line
    const end = Math.min(bytes.length, lineEnd + 1); // the newline after it
    const last = spans[spans.length - 1];
    if (last !== undefined && last[1] >= start) last[1] = end; // consecutive lines: one run
    else spans.push([start, end]);
    if (newline === -1) break;
    keywords.lastIndex = newline + 1; // the rest of this line is in already
  }
  return spans;
}

/**
 * For a detector declaring `pieceBoundaries`: the parts of `bytes` its pattern can match in, finer
 * than keywordLineSpans. Every hit of `gate` (which matches within every match of the pattern)
 * widens to the piece around it: back to the boundary before it and on to the one after it, both
 * included. Pieces that touch (they share a boundary) form one span.
 *
 * Same matches as the whole text: a match holds no boundary but at its ends, so it lies within one
 * piece, and that piece holds a gate hit (the gate scan resumes after each hit, and no hit crosses
 * a boundary either). Two spans are at least one piece apart, so no match the whole-text scan would
 * make crosses from one span into the next, and each span starts with a boundary (or the text),
 * which cannot continue a match begun before it.
 *
 * Why: generic-secret on a minified bundle, where the keyword "line" is the whole 2–8 MiB file,
 * ran at ~25 MB/s; its pieces are ~1% of such a file.
 */
export function gatedPieceSpans(bytes: Buffer, gate: RE2, isBoundary: Uint8Array): ByteSpan[] {
  const spans: Array<[number, number]> = [];
  gate.lastIndex = 0;
  for (let hit = gate.exec(bytes); hit !== null; hit = gate.exec(bytes)) {
    let start = hit.index;
    while (start > 0 && isBoundary[bytes[start]] === 0) start--;
    let end = hit.index + hit[0].length;
    while (end < bytes.length && isBoundary[bytes[end]] === 0) end++;
    end = Math.min(bytes.length, end + 1);
    const last = spans[spans.length - 1];
    if (last !== undefined && last[1] >= start) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
    // The rest of this piece is in already. Going on from its end also keeps the work linear: in a
    // long stretch without a boundary, each hit would otherwise walk to the same far boundary again.
    gate.lastIndex = Math.max(end, hit.index + 1);
  }
  return spans;
}

/** A lookup of the byte values of `characters` (ASCII) and the newline: 1 for a boundary, else 0. */
export function boundaryTable(characters: string): Uint8Array {
  return byteTable(`${characters}\n`);
}

/** A lookup by byte value: 1 for each of `characters` (ASCII), else 0. */
export function byteTable(characters: string): Uint8Array {
  const table = new Uint8Array(256);
  for (const character of characters) table[character.charCodeAt(0)] = 1;
  return table;
}

/** One global, case-insensitive RE2 finding any of `keywords` (literal texts). */
export function keywordRegex(keywords: readonly string[]): RE2 {
  return new RE2(keywords.map(escapeLiteral).join('|'), 'gi');
}

/** A literal text as an RE2 pattern matching exactly that text. */
export function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
