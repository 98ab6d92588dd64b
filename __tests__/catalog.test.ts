import { defineDetector, Detector } from '../src/detector';
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
