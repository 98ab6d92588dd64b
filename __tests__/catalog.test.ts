import { detectors } from '../detectors';
import { defineDetector, Detector, exampleText } from '../src/detector';
import { DetectorCatalog } from '../src/scan/catalog';

function detector(id: string, keywords: string[]): Detector {
  return defineDetector({
    id,
    provider: 'Test',
    title: id,
    severity: 'low',
    keywords,
    pattern: '(x)',
    remediation: 'none needed here',
    examples: { positive: [], negative: [] },
  });
}

describe('DetectorCatalog.candidates', () => {
  const catalog = new DetectorCatalog([
    detector('test-prefix', ['sk_']),
    detector('test-live', ['sk_live_']),
    detector('test-regex-chars', ['a.b(c)', '[x]*']),
    detector('test-absent', ['nowhere']),
  ]);

  it('selects every detector with a keyword anywhere in the text, overlapping keywords included', () => {
    expect(catalog.candidates('key = sk_live_abc').map((found) => found.id)).toEqual(['test-prefix', 'test-live']);
  });

  it('treats keywords as literal text, not patterns', () => {
    expect(catalog.candidates('a.b(c)').map((found) => found.id)).toEqual(['test-regex-chars']);
    expect(catalog.candidates('axb(c) xxx').map((found) => found.id)).toEqual([]);
    expect(catalog.candidates('list [x]* here').map((found) => found.id)).toEqual(['test-regex-chars']);
  });

  it('selects nothing when no keyword occurs, or when there are no detectors', () => {
    expect(catalog.candidates('plain text')).toEqual([]);
    expect(new DetectorCatalog([]).candidates('sk_live_')).toEqual([]);
  });
});

describe('DetectorCatalog.utf8Candidates', () => {
  const ids = (found: Detector[]) => found.map((each) => each.id);
  const viaLowercase = (catalog: DetectorCatalog, text: string) => ids(catalog.candidates(text.toLowerCase()));
  const viaBytes = (catalog: DetectorCatalog, text: string) => ids(catalog.utf8Candidates(Buffer.from(text, 'utf8'), text));
  const registry = new DetectorCatalog(detectors);

  it("selects what the lowercased string selects, on every detector's examples behind non-ASCII text", () => {
    const texts = detectors.flatMap((each) => each.examples.positive.map((example) => `// café ☕ Ünïcødé\n${exampleText(example).toUpperCase()} 🔑`));
    let selected = 0;
    for (const text of texts) {
      expect({ text, ids: viaBytes(registry, text) }).toEqual({ text, ids: viaLowercase(registry, text) });
      selected += viaBytes(registry, text).length;
    }
    expect(selected).toBeGreaterThan(texts.length);
  });

  it('takes the lowercased string for each character whose lowercase form is ASCII (İ, the Kelvin sign)', () => {
    const lowercasesToAscii: string[] = [];
    for (let code = 0x80; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (/[\x00-\x7f]/.test(character.toLowerCase())) lowercasesToAscii.push(character);
    }
    expect(lowercasesToAscii.length).toBeGreaterThan(0);
    const catalog = new DetectorCatalog([detector('test-api', ['api']), detector('test-key', ['k_id'])]);
    for (const character of lowercasesToAscii) {
      const text = `x = "AP${character}_${character}_ID"`; // "APİ" lowercases to "api̇", holding "api"
      expect({ character, ids: viaBytes(catalog, text) }).toEqual({ character, ids: viaLowercase(catalog, text) });
      expect(viaBytes(catalog, text).length).toBe(1);
    }
    expect(viaBytes(catalog, 'é \u212a_ID')).toEqual(['test-key']); // the Kelvin sign lowercases to "k"
  });

  it('takes the lowercased string when a keyword is not lowercase ASCII (a custom detector)', () => {
    const catalog = new DetectorCatalog([detector('test-accented', ['clé_'])]);
    expect(viaBytes(catalog, 'CLÉ_API = 1')).toEqual(['test-accented']);
  });
});
