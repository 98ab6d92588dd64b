import RE2 from 're2';
import { detectors } from '../detectors';
import { Detector, exampleText } from '../src/detector';
import { addedTextOfWholeText } from '../src/diff/added-text';
import { DetectorCatalog } from '../src/scan/catalog';
import { findSecrets } from '../src/scan/find-secrets';
import { PATTERN_SET_MIN_BYTES, PatternSetFilter } from '../src/scan/pattern-sets';
import { fakeSecret, SEED_DETECTOR_IDS } from './helpers/fake-secrets';

/**
 * Ordinary code mentioning every detector's keywords, over the size where pattern sets apply: in
 * such a text every detector is a keyword candidate, and nearly none of their patterns matches.
 */
function bigHarmlessText(): string {
  const keywords = [...new Set(detectors.flatMap((detector) => detector.keywords))];
  const lines = keywords.map((keyword, index) => `  // see the ${keyword} section of the docs (${index})\n  const value${index} = read(options.item${index});`);
  let text = '';
  while (text.length < PATTERN_SET_MIN_BYTES * 1.5) text += `function part${text.length}() {\n${lines.join('\n')}\n}\n`;
  return text;
}

/** The big text with every detector's examples and a fresh fake secret per seeded detector spliced in. */
function bigTextWithSecrets(harmless: string): string {
  const planted = [
    ...detectors.flatMap((detector) => [...detector.examples.positive, ...detector.examples.negative].map(exampleText)),
    ...SEED_DETECTOR_IDS.map((id) => fakeSecret(id).line),
  ];
  const lines = harmless.split('\n');
  const every = Math.floor(lines.length / planted.length);
  planted.forEach((text, index) => lines.splice(index * every + index, 0, text));
  return lines.join('\n');
}

function findings(text: string, filter: PatternSetFilter): string[] {
  return findSecrets(addedTextOfWholeText(text), new DetectorCatalog(detectors, undefined, filter)).map(
    (match) => `${match.detector.id} ${match.start}-${match.end}`,
  );
}

function matchesSomewhere(detector: Detector, bytes: Buffer): boolean {
  return new RE2(detector.pattern).test(bytes);
}

const harmless = bigHarmlessText();

describe('PatternSetFilter', () => {
  it('keeps every candidate of a small text (compiling sets would cost more than it saves)', () => {
    const bytes = Buffer.from('token = read(apiKey)\n');
    const candidates = new DetectorCatalog(detectors).asciiCandidates(bytes);
    expect(new PatternSetFilter().confirm(bytes, candidates)).toBe(candidates);
  });

  it('drops exactly the whole-text candidates whose pattern matches nowhere in a big text', () => {
    const bytes = Buffer.from(harmless);
    const candidates = new DetectorCatalog(detectors).asciiCandidates(bytes);
    const kept = new Set(new PatternSetFilter().confirm(bytes, candidates));
    const dropped = candidates.filter((detector) => !kept.has(detector));

    expect(candidates.length).toBeGreaterThan(200); // every keyword occurs: every detector is a candidate
    expect(dropped.length).toBeGreaterThan(candidates.length / 2);
    expect(dropped.filter((detector) => detector.keywordLines === true)).toEqual([]);
    expect(dropped.filter((detector) => matchesSomewhere(detector, bytes)).map((detector) => detector.id)).toEqual([]);
    const keptWholeText = [...kept].filter((detector) => detector.keywordLines !== true);
    expect(keptWholeText.filter((detector) => !matchesSomewhere(detector, bytes)).map((detector) => detector.id)).toEqual([]);
  });

  it('changes no finding: a big text with every example and fake secret in it gives what one pass per candidate gives', () => {
    const text = bigTextWithSecrets(harmless);
    const withSets = findings(text, new PatternSetFilter(0));
    expect(withSets).toEqual(findings(text, new PatternSetFilter(Infinity)));
    const found = new Set(withSets.map((finding) => finding.split(' ')[0]));
    expect(found.size).toBeGreaterThan(detectors.length / 2);
    for (const id of SEED_DETECTOR_IDS) expect({ id, found: found.has(id) }).toEqual({ id, found: true });
  });

  it('splits a group RE2 cannot compile as one set, and still confirms each detector', () => {
    // 16 copies of generic-secret's ~10 KB pattern exceed RE2's program budget for one set.
    const generic = detectors.find((detector) => detector.id === 'generic-secret')!;
    const copies: Detector[] = Array.from({ length: 16 }, (_, index) => ({ ...generic, id: `copy-${index}`, keywordLines: false }));
    expect(() => new RE2.Set(copies.map((detector) => detector.pattern))).toThrow();
    const line = `client_secret = "${fakeSecret('stripe-secret-key').secret.slice(8)}"\n`;
    const bytes = Buffer.from(harmless + line);
    expect(new PatternSetFilter().confirm(bytes, copies)).toEqual(copies);
    expect(new PatternSetFilter().confirm(Buffer.from(harmless.replace(/=/g, ' ')), copies)).toEqual([]);
  });
});
