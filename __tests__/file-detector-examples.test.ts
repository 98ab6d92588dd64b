import RE2 from 're2';
import { detectors, fileDetectors } from '../detectors';
import { TempRepo } from './helpers/temp-repo';

/**
 * Every file detector's own examples, run through the real pipeline: each example is staged at its
 * path (under a per-example directory, text or raw bytes) in one temp repository and scanned once
 * by the real CLI. A positive must give exactly one finding of its detector; a negative none.
 */
interface StagedExample {
  detectorId: string;
  kind: 'positive' | 'negative';
  file: string;
  binary: boolean;
}

describe('file detector registry', () => {
  it('has unique ids of the form <a>-<b>, none shared with a content detector', () => {
    const ids = fileDetectors.map((detector) => detector.id);
    expect(new Set([...ids, ...detectors.map((detector) => detector.id)]).size).toBe(ids.length + detectors.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });

  it.each(fileDetectors.map((detector) => [detector.id, detector] as const))('%s: has paths, a check, examples', (_, detector) => {
    expect(detector.paths.length).toBeGreaterThan(0);
    expect(detector.binary === true || detector.content !== undefined).toBe(true);
    if (detector.content !== undefined) {
      expect(() => new RE2(detector.content!.pattern, 'g')).not.toThrow();
      // Counted repetitions are unrolled by RE2 and slow to compile: keep them small.
      expect(detector.content.pattern).not.toMatch(/\{\d*,\d{3,}\}|\{\d{2,},\d*\}/);
    }
    expect(detector.examples.positive.length).toBeGreaterThanOrEqual(3);
    expect(detector.examples.negative.length).toBeGreaterThanOrEqual(3);
    expect(detector.remediation.length).toBeGreaterThan(10);
  });
});

describe('file detector examples through the real scan', () => {
  let repo: TempRepo;
  const staged: StagedExample[] = [];
  const findingsByFile = new Map<string, Array<{ ruleId: string; column?: number }>>();

  beforeAll(() => {
    repo = TempRepo.create();
    for (const detector of fileDetectors) {
      for (const kind of ['positive', 'negative'] as const) {
        detector.examples[kind].forEach((example, index) => {
          const file = `${detector.id}/${kind}-${index}/${example.path}`;
          const binary = typeof example.content !== 'string';
          repo.write(file, typeof example.content === 'string' ? example.content : Buffer.from(example.content));
          staged.push({ detectorId: detector.id, kind, file, binary });
        });
      }
    }
    repo.git('add', '-A');
    const result = repo.keyguard(['scan', '--staged', '--format', 'json']);
    if (result.code !== 0 && result.code !== 1) throw new Error(`scan failed (${result.code}): ${result.stderr}`);
    for (const finding of JSON.parse(result.stdout).findings as Array<{ file: string; ruleId: string; column?: number }>) {
      findingsByFile.set(finding.file, [...(findingsByFile.get(finding.file) ?? []), finding]);
    }
  });

  afterAll(() => repo.remove());

  it.each(fileDetectors.map((detector) => detector.id))('%s: each positive gives exactly one finding, each negative none', (detectorId) => {
    const failures: string[] = [];
    for (const example of staged.filter((entry) => entry.detectorId === detectorId)) {
      const found = (findingsByFile.get(example.file) ?? []).filter((finding) => finding.ruleId === detectorId);
      const expected = example.kind === 'positive' ? 1 : 0;
      if (found.length !== expected) failures.push(`${example.file}: should have ${expected} finding(s) of ${detectorId} but had ${found.length}`);
      // A whole binary file has no column; a text finding points at its line and column.
      for (const finding of found) if ((finding.column === undefined) !== example.binary) failures.push(`${example.file}: column ${finding.column}`);
    }
    expect(failures).toEqual([]);
  });
});
