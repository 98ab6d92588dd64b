import RE2 from 're2';
import { detectors } from '../detectors';
import { Detector, exampleText } from '../src/detector';
import { DetectorCatalog } from '../src/scan/catalog';
import { patternMatches } from '../src/scan/find-secrets';
import { boundaryTable, gatedPieceSpans, keywordLineSpans, keywordRegex } from '../src/scan/keyword-lines';
import { utf8Text } from '../src/scan/utf8-offsets';

/** Every example of every detector, one after another: many lines, many names and values. */
const allExamples = detectors.flatMap((detector) => [...detector.examples.positive, ...detector.examples.negative].map(exampleText)).join('\n');

/** The texts a declaration is checked on: each example alone, between other lines, and all of them. */
function textsFor(detector: Detector): string[] {
  const own = [...detector.examples.positive, ...detector.examples.negative].map(exampleText);
  const filler = 'const plain = compute(value);';
  return [
    ...own,
    ...own.map((text) => `${filler}\n${text}\n${filler}`),
    ...own.map((text) => `${detector.keywords[0]} = 1\n${text}\n\n${text}\r\n`),
    allExamples,
    ...(detector.pieceBoundaries !== undefined ? minifiedTexts(detector.pieceBoundaries, own) : []),
  ];
}

/**
 * For a `pieceBoundaries` declaration: the examples as minified code (one long line, statements run
 * together by each boundary), and with boundaries dropped in at pseudo-random places, so that some
 * fall inside what would otherwise be a match, or right before or after one.
 */
function minifiedTexts(boundaries: string, own: string[]): string[] {
  const oneLine = (text: string) => text.replace(/\r?\n/g, ' ');
  const all = allExamples.split('\n');
  const texts = [...boundaries].flatMap((boundary) => [own.map(oneLine).join(boundary), all.join(boundary), own.map((text) => `x${boundary}${oneLine(text)}${boundary}y`).join('')]);
  let seed = 7;
  const random = (below: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % below;
  for (let round = 0; round < 20; round++) {
    const chars = [...own.map(oneLine).join(' ')];
    for (let i = 0; i < 1 + random(6); i++) chars.splice(random(chars.length + 1), 0, boundaries[random(boundaries.length)]);
    texts.push(chars.join(''));
  }
  return texts;
}

/** The pattern's whole matches over the whole text, as byte ranges. */
function wholeMatches(detector: Detector, bytes: Buffer): Array<[number, number]> {
  const regex = new RE2(detector.pattern, 'g');
  const found: Array<[number, number]> = [];
  for (let match = regex.exec(bytes); match !== null; match = regex.exec(bytes)) {
    if (match[0].length === 0) regex.lastIndex++;
    else found.push([match.index, match.index + match[0].length]);
  }
  return found;
}

/** The line a match lies in, without a newline it starts or ends with; undefined when it spans lines. */
function lineOf(bytes: Buffer, [start, end]: [number, number]): string | undefined {
  const inner = bytes.subarray(bytes[start] === 0x0a ? start + 1 : start, bytes[end - 1] === 0x0a ? end - 1 : end);
  if (inner.includes(0x0a)) return undefined;
  // (Buffer#lastIndexOf counts a negative offset from the end: a match at 0 starts the first line.)
  const lineStart = bytes[start] === 0x0a ? start + 1 : start === 0 ? 0 : bytes.lastIndexOf(0x0a, start - 1) + 1;
  const newline = bytes.indexOf(0x0a, lineStart);
  return bytes.toString('utf8', lineStart, newline === -1 ? bytes.length : newline);
}

const declaring = detectors.filter((detector) => detector.keywordLines === true);

describe('keywordLines declarations', () => {
  it('are made by the detectors that need them', () => {
    expect(declaring.map((detector) => detector.id)).toContain('generic-secret');
    expect(detectors.filter((detector) => detector.lineGate !== undefined && detector.keywordLines !== true)).toEqual([]); // a gate needs line matches
  });

  it.each(declaring.map((detector) => [detector.id, detector] as const))('%s: every match lies within one line holding a keyword', (_, detector) => {
    const keyword = keywordRegex(detector.keywords);
    for (const text of textsFor(detector)) {
      const bytes = Buffer.from(text, 'utf8');
      for (const span of wholeMatches(detector, bytes)) {
        const line = lineOf(bytes, span);
        expect({ text: text.slice(0, 80), spansLines: line === undefined }).toEqual({ text: text.slice(0, 80), spansLines: false });
        keyword.lastIndex = 0;
        expect({ line, hasKeyword: keyword.test(line!) }).toEqual({ line, hasKeyword: true });
        if (detector.lineGate !== undefined) expect({ line, gateMatches: new RE2(detector.lineGate).test(line!) }).toEqual({ line, gateMatches: true });
        if (detector.pieceBoundaries !== undefined) {
          const match = bytes.toString('utf8', ...span);
          const inside = [...match.slice(1, -1)].filter((char) => detector.pieceBoundaries!.includes(char));
          expect({ match, boundariesInside: inside }).toEqual({ match, boundariesInside: [] });
          expect({ match, gateMatchesWithin: new RE2(detector.lineGate!).test(match) }).toEqual({ match, gateMatchesWithin: true });
        }
      }
    }
  });

  it('include piece boundaries where minified code makes a keyword line a whole file', () => {
    expect(declaring.filter((detector) => detector.pieceBoundaries !== undefined).map((detector) => detector.id)).toEqual(['generic-secret']);
    expect(detectors.filter((detector) => detector.pieceBoundaries !== undefined && detector.lineGate === undefined)).toEqual([]); // pieces need a gate
  });

  it.each(declaring.map((detector) => [detector.id, detector] as const))('%s: matching the keyword lines finds what matching everywhere finds', (_, detector) => {
    const lines = new DetectorCatalog([detector]);
    const everywhere = { ...detector, keywordLines: false };
    const whole = new DetectorCatalog([everywhere]);
    let matches = 0;
    for (const text of textsFor(detector)) {
      const expected = [...patternMatches(utf8Text(text), everywhere, whole)].map(({ match: { secret, start, end } }) => ({ secret, start, end }));
      const actual = [...patternMatches(utf8Text(text), detector, lines)].map(({ match: { secret, start, end } }) => ({ secret, start, end }));
      expect(actual).toEqual(expected);
      matches += expected.length;
    }
    expect(matches).toBeGreaterThanOrEqual(detector.examples.positive.length);
  });
});

describe('keywordLineSpans', () => {
  const spans = (text: string) => keywordLineSpans(Buffer.from(text), keywordRegex(['key', 'token']));

  it('keeps the lines with a keyword, any case, with the newlines around them', () => {
    expect(spans('a\nKEY=1\nb\nc')).toEqual([[1, 8]]);
  });

  it('joins consecutive keyword lines into one run and keeps apart runs separated by other lines', () => {
    expect(spans('key\ntoken\nplain\nkey')).toEqual([[0, 10], [15, 19]]);
  });

  it('reads a line once however many keywords it holds, and a text without newlines whole', () => {
    expect(spans('key key token key')).toEqual([[0, 17]]);
    expect(spans('nothing here\n')).toEqual([]);
  });
});

describe('gatedPieceSpans', () => {
  const spans = (text: string) => gatedPieceSpans(Buffer.from(text), new RE2('key=\\w+', 'g'), boundaryTable(';{}'));

  it('keeps the piece around each gate hit, with the boundary before and after it', () => {
    expect(spans('a=1;key=abc;b=2;c=3')).toEqual([[3, 12]]);
    expect(spans('key=abc')).toEqual([[0, 7]]);
  });

  it('joins pieces that share a boundary and keeps apart pieces with a piece between them', () => {
    expect(spans('{key=a}key=b;x=1;key=c}')).toEqual([[0, 13], [16, 23]]);
  });

  it('reads a long stretch without boundaries once, however many hits it holds', () => {
    const stretch = 'key=abc '.repeat(500_000); // 4 MB, 500,000 hits: walking to its end from each would never finish
    expect(spans(`x=1;${stretch};y=2`)).toEqual([[3, 4 + stretch.length + 1]]);
  });

  it('treats a newline as a boundary: a line without a hit is left out', () => {
    expect(spans('x=1\nkey=a\ny=2')).toEqual([[3, 10]]);
    expect(spans('nothing;here\n')).toEqual([]);
  });
});
