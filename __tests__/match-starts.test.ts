import RE2 from 're2';
import { detectors } from '../detectors';
import { Detector, exampleText } from '../src/detector';
import { DetectorCatalog } from '../src/scan/catalog';
import { patternMatches } from '../src/scan/find-secrets';
import { matchStartTables, nextMatchStart } from '../src/scan/match-starts';
import { utf8Text } from '../src/scan/utf8-offsets';

const declaring = detectors.filter((detector) => detector.matchStarts !== undefined);
const allExamples = detectors.flatMap((detector) => [...detector.examples.positive, ...detector.examples.negative].map(exampleText));

/**
 * Texts a declaration is checked on: every example alone and at a line's end, all of them as one
 * text and as one minified line, and copies with non-ASCII characters dropped in at pseudo-random
 * places (among them `K` and `ſ`, which RE2's case folding makes name characters under `(?i)`).
 */
function textsFor(detector: Detector): string[] {
  const own = [...detector.examples.positive, ...detector.examples.negative].map(exampleText);
  const texts = [...own, ...own.map((text) => `x = f(a);${text}`), allExamples.join('\n'), allExamples.join(';')];
  let seed = 11;
  const random = (below: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % below;
  const inserts = ['\u212a', '\u017f', 'é', '☕', '🔑', '(', '\n', ' '];
  for (let round = 0; round < 40; round++) {
    const chars = [...own[random(own.length)], ...'\n', ...own[random(own.length)]];
    for (let i = 0; i < 1 + random(4); i++) chars.splice(random(chars.length + 1), 0, inserts[random(inserts.length)]);
    texts.push(chars.join(''));
  }
  return texts;
}

/** Byte offsets where the pattern's matches start when it is searched for over the whole text. */
function searchedStarts(detector: Detector, bytes: Buffer): number[] {
  const regex = new RE2(detector.pattern, 'g');
  const starts: number[] = [];
  for (let match = regex.exec(bytes); match !== null; match = regex.exec(bytes)) {
    starts.push(match.index);
    if (match[0].length === 0) regex.lastIndex++;
  }
  return starts;
}

function matchesOf(detector: Detector, text: string): Array<{ secret: string; start: number; end: number }> {
  return [...patternMatches(utf8Text(text), detector, new DetectorCatalog([detector]))].map(({ match: { secret, start, end } }) => ({ secret, start, end }));
}

describe('matchStarts declarations', () => {
  it('are made by generic-secret, whose search is slow to start', () => {
    expect(declaring.map((detector) => detector.id)).toEqual(['generic-secret']);
  });

  it.each(declaring.map((detector) => [detector.id, detector] as const))('%s: every match starts at a place nextMatchStart finds', (_, detector) => {
    const tables = matchStartTables(detector.matchStarts!);
    let checked = 0;
    for (const text of textsFor(detector)) {
      const bytes = Buffer.from(text, 'utf8');
      for (const start of searchedStarts(detector, bytes)) {
        expect({ text: text.slice(0, 80), start, found: nextMatchStart(bytes, start, tables) }).toEqual({ text: text.slice(0, 80), start, found: start });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(detector.examples.positive.length);
  });

  it.each(declaring.map((detector) => [detector.id, detector] as const))('%s: trying the starts finds what searching finds', (_, detector) => {
    const searched = { ...detector, matchStarts: undefined };
    for (const whole of [false, true]) {
      const [tried, plain] = whole ? [{ ...detector, keywordLines: false }, { ...searched, keywordLines: false }] : [detector, searched];
      for (const text of textsFor(detector)) expect({ text: text.slice(0, 80), matches: matchesOf(tried, text) }).toEqual({ text: text.slice(0, 80), matches: matchesOf(plain, text) });
    }
  });
});

describe('nextMatchStart', () => {
  const tables = matchStartTables({ wordCharacters: 'abcdefghijklmnopqrstuvwxyz_', openers: '(' });
  const starts = (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    const found: number[] = [];
    for (let at = nextMatchStart(bytes, 0, tables); at !== -1; at = nextMatchStart(bytes, at + 1, tables)) found.push(at);
    return found;
  };

  it('finds the character before each word, a word at a line start, and each opener', () => {
    expect(starts('ab = cd_e')).toEqual([0, 4]); // "ab" starts the text; the space before "cd_e"
    expect(starts('x\nyz')).toEqual([0, 1, 2]); // "x" at its line start, "\n" before "yz", "yz" at its line start
    expect(starts('f( "a")')).toEqual([0, 1, 3]); // "f" at the text's start, the opener, the quote before "a"
  });

  it('takes a non-ASCII character for a possible word character or a non-word one', () => {
    expect(starts('é\u212ax')).toEqual([0, 2]); // "é" before "K" (a word character under (?i)), and "K" before "x"
    expect(starts('1é')).toEqual([0]); // "1" (not a word character here) before "é"
  });
});
