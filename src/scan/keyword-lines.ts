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

/** One global, case-insensitive RE2 finding any of `keywords` (literal texts). */
export function keywordRegex(keywords: readonly string[]): RE2 {
  return new RE2(keywords.map(escapeLiteral).join('|'), 'gi');
}

/** A literal text as an RE2 pattern matching exactly that text. */
export function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
