import RE2 from 're2';
import { detectors } from '../detectors';
import { examplePath, exampleText } from '../src/detector';
import { TempRepo } from './helpers/temp-repo';

/**
 * Every detector's own examples, run through the real pipeline: all examples are staged as files
 * of one temp repository and scanned once by the real CLI. A positive must give exactly one finding
 * of its detector; a negative none. A new detector is tested by adding it to the registry.
 */
interface StagedExample {
  detectorId: string;
  kind: 'positive' | 'negative';
  file: string;
}

describe('detector registry', () => {
  it('has unique ids of the form <provider>-<kind>', () => {
    const ids = detectors.map((detector) => detector.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });

  it.each(detectors.map((detector) => [detector.id, detector] as const))('%s: compiles under RE2 and has examples and keywords', (_, detector) => {
    expect(() => new RE2(detector.pattern, 'g')).not.toThrow();
    expect(detector.examples.positive.length).toBeGreaterThanOrEqual(3);
    expect(detector.examples.negative.length).toBeGreaterThanOrEqual(3);
    expect(detector.keywords.length).toBeGreaterThan(0);
    for (const keyword of detector.keywords) expect(keyword).toBe(keyword.toLowerCase());
    for (const example of detector.examples.positive) {
      const text = exampleText(example).toLowerCase();
      expect(detector.keywords.some((keyword) => text.includes(keyword))).toBe(true);
    }
    expect(detector.remediation.length).toBeGreaterThan(10);
  });
});

describe('detector examples through the real scan', () => {
  let repo: TempRepo;
  const staged: StagedExample[] = [];
  const findingsByFile = new Map<string, string[]>();

  beforeAll(() => {
    repo = TempRepo.create();
    for (const detector of detectors) {
      for (const kind of ['positive', 'negative'] as const) {
        detector.examples[kind].forEach((example, index) => {
          const file = `${detector.id}/${kind}-${index}/${examplePath(example) ?? 'example.txt'}`;
          repo.write(file, `${exampleText(example)}\n`);
          staged.push({ detectorId: detector.id, kind, file });
        });
      }
    }
    repo.git('add', '-A');
    const result = repo.keyguard(['scan', '--staged', '--format', 'json']);
    if (result.code !== 0 && result.code !== 1) throw new Error(`scan failed (${result.code}): ${result.stderr}`);
    for (const finding of JSON.parse(result.stdout).findings as Array<{ file: string; ruleId: string }>) {
      findingsByFile.set(finding.file, [...(findingsByFile.get(finding.file) ?? []), finding.ruleId]);
    }
  });

  afterAll(() => repo.remove());

  it('staged every example', () => {
    expect(staged.length).toBeGreaterThan(detectors.length * 6 - 1);
  });

  it.each(detectors.map((detector) => detector.id))('%s: each positive gives exactly one finding, each negative none', (detectorId) => {
    const failures: string[] = [];
    for (const example of staged.filter((entry) => entry.detectorId === detectorId)) {
      const count = (findingsByFile.get(example.file) ?? []).filter((ruleId) => ruleId === detectorId).length;
      const expected = example.kind === 'positive' ? 1 : 0;
      if (count !== expected) failures.push(`${example.file}: should have ${expected} finding(s) of ${detectorId} but had ${count}`);
    }
    expect(failures).toEqual([]);
  });
});
