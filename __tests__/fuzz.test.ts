import fc from 'fast-check';
import { detectors } from '../detectors';
import { AddedText, addedTextOf, addedTextOfWholeText, lineIndexAt } from '../src/diff/added-text';
import { UnreadablePatchError } from '../src/diff/hunk-check';
import { splitFileDiffs } from '../src/git/split-file-diffs';
import { DetectorCatalog } from '../src/scan/catalog';
import { findSecrets } from '../src/scan/find-secrets';
import { fakeSecret, SEED_DETECTOR_IDS } from './helpers/fake-secrets';

/**
 * Issue 7, "fuzzing": random and mutated diffs through the patch splitter and the added-line
 * parser, and random texts with planted secrets through the scanner core. Fixed seeds and bounded
 * runs keep it reproducible and under a few seconds; a failure prints its seed and shrunk input.
 */
const RUNS = { seed: Number(process.env.FUZZ_SEED ?? 72026), numRuns: Number(process.env.FUZZ_RUNS ?? 150) };
/** The scanner runs are slower (real detectors): fewer by default. FUZZ_RUNS raises both for a long local run. */
const SCAN_RUNS = { ...RUNS, numRuns: Number(process.env.FUZZ_RUNS ?? 60) };

// ---- generated patches -------------------------------------------------------------------------

/** Lines without newlines, including ones that look like diff syntax once prefixed. */
const contentLine = fc.oneof(
  fc.string({ maxLength: 30 }).map((text) => text.replace(/[\r\n]/g, '')),
  fc.constantFrom('diff --git a/x b/x', '++ b/x', '-- a/x', '@@ -1 +1 @@', '\\ No newline at end of file', '', ' ', 'Binary files a and b differ'),
);

interface Hunk {
  removed: string[];
  added: string[];
}

const hunk = fc.record({ removed: fc.array(contentLine, { maxLength: 4 }), added: fc.array(contentLine, { maxLength: 4 }) });
const fileName = fc.stringMatching(/^[a-z][a-z0-9_./-]{0,12}$/).filter((name) => !name.includes('//') && !name.endsWith('/'));

/** A -U0 patch of one file, as git prints it, and the added lines with their new line numbers. */
function renderFile(name: string, hunks: Hunk[]): { patch: string; added: string[]; numbers: number[] } {
  let patch = `diff --git a/${name} b/${name}\nindex 1111111..2222222 100644\n--- a/${name}\n+++ b/${name}\n`;
  const added: string[] = [];
  const numbers: number[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const { removed, added: lines } of hunks.filter((item) => item.removed.length + item.added.length > 0)) {
    const oldStart = removed.length === 0 ? oldLine - 1 : oldLine;
    const newStart = lines.length === 0 ? newLine - 1 : newLine;
    patch += `@@ -${oldStart},${removed.length} +${newStart},${lines.length} @@\n`;
    patch += removed.map((line) => `-${line}\n`).join('') + lines.map((line) => `+${line}\n`).join('');
    lines.forEach((line, index) => (added.push(line), numbers.push(newLine + index)));
    oldLine += removed.length + 3; // three unchanged lines between hunks
    newLine += lines.length + 3;
  }
  return { patch, added, numbers };
}

const filePatch = fc.tuple(fileName, fc.array(hunk, { maxLength: 5 })).map(([name, hunks]) => renderFile(name, hunks));

// ---- splitFileDiffs ------------------------------------------------------------------------------

function split(whole: Buffer, cuts: number[]): string[] {
  const sections: string[] = [];
  const splitter = splitFileDiffs((patch) => sections.push(patch.toString('latin1')));
  let from = 0;
  for (const cut of [...cuts.map((at) => at % (whole.length + 1)).sort((a, b) => a - b), whole.length]) {
    splitter.push(whole.subarray(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  splitter.end();
  return sections;
}

describe('splitFileDiffs under fuzzing', () => {
  it('gives back exactly the file sections, whatever the chunk boundaries', () => {
    fc.assert(
      fc.property(fc.array(filePatch, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 12 }), (files, cuts) => {
        const patches = files.map((file) => file.patch);
        expect(split(Buffer.from(patches.join(''), 'latin1'), cuts)).toEqual(patches);
      }),
      RUNS,
    );
  });

  it('on mutated bytes, either refuses clearly or returns sections that rebuild the input', () => {
    fc.assert(
      fc.property(fc.array(filePatch, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), (files, flips, cuts) => {
        const bytes = Buffer.from(files.map((file) => file.patch).join(''), 'latin1');
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        let sections: string[];
        try {
          sections = split(bytes, cuts);
        } catch (error) {
          expect(String(error)).toMatch(/unexpected git diff output before the first file/);
          return;
        }
        const text = bytes.toString('latin1');
        expect(sections.join('')).toBe(text.slice(text.startsWith('diff --git ') ? 0 : text.indexOf('\ndiff --git ') + 1));
        for (const section of sections) expect(section.startsWith('diff --git ')).toBe(true);
      }),
      RUNS,
    );
  });
});

// ---- addedTextOf ---------------------------------------------------------------------------------

function expectConsistent(added: AddedText): void {
  expect(added.lineStarts.length).toBe(added.lineNumbers.length);
  Array.from(added.lineStarts).forEach((start, index) => {
    expect(lineIndexAt(added, start)).toBe(index);
    if (index > 0) expect(start).toBeGreaterThan(added.lineStarts[index - 1]);
  });
}

describe('addedTextOf under fuzzing', () => {
  it('returns every added line with its new line number, CR stripped, never a removed one', () => {
    fc.assert(
      fc.property(filePatch, fc.boolean(), ({ patch, added, numbers }, crlf) => {
        const input = crlf ? patch.replace(/\n(?=[+-])/g, '\r\n') : patch;
        const result = addedTextOf(Buffer.from(input, 'latin1'));
        expect(result.text).toBe(added.map((line) => line.replace(/\r$/, '')).join('\n'));
        expect(Array.from(result.lineNumbers)).toEqual(numbers);
        expectConsistent(result);
      }),
      RUNS,
    );
  });

  it('on mutated patches, either reads them consistently or refuses with UnreadablePatchError, quickly', () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('drop-line' as const), at: fc.nat(), value: fc.constant(0) }),
      fc.record({ kind: fc.constant('repeat-line' as const), at: fc.nat(), value: fc.constant(0) }),
    );
    fc.assert(
      fc.property(filePatch, fc.array(mutation, { minLength: 1, maxLength: 5 }), ({ patch }, mutations) => {
        let lines = patch.split('\n');
        for (const { kind, at, value } of mutations) {
          const index = at % lines.length;
          if (kind === 'drop-line') lines.splice(index, 1);
          else if (kind === 'repeat-line') lines.splice(index, 0, lines[index]);
          else {
            const bytes = Buffer.from(lines.join('\n'), 'latin1');
            bytes[at % bytes.length] = value;
            lines = bytes.toString('latin1').split('\n');
          }
        }
        const started = Date.now();
        try {
          expectConsistent(addedTextOf(Buffer.from(lines.join('\n'), 'latin1')));
        } catch (error) {
          if (!(error instanceof UnreadablePatchError)) throw error;
        }
        expect(Date.now() - started).toBeLessThan(1000);
      }),
      RUNS,
    );
  });
});

// ---- findSecrets: findings stable under irrelevant edits -----------------------------------------

const catalog = new DetectorCatalog(detectors);
/** Filler that cannot form a secret: lowercase words, digits, spaces and light punctuation. */
const fillerLine = fc
  .array(fc.constantFrom('the', 'build', 'step', 'runs', 'after', 'tests', 'and', 'ok', 'x', '42', 'v1.2', '-', '#', '//', '(a, b)'), { maxLength: 8 })
  .map((words) => words.join(' '));
/** Fresh fakes are drawn once (fakeSecret uses crypto randomness); fast-check picks among them. */
const FAKES = SEED_DETECTOR_IDS.filter((id) => !id.startsWith('generic-')).map((id) => fakeSecret(id));

function findingsOf(text: string): Array<[string, string, number]> {
  const added = addedTextOfWholeText(text);
  return findSecrets(added, catalog)
    .map((match): [string, string, number] => [match.detector.id, match.secret, added.lineNumbers[lineIndexAt(added, match.start)]])
    .sort();
}

describe('findSecrets under fuzzing', () => {
  const document = fc.record({
    before: fc.array(fillerLine, { maxLength: 6 }),
    planted: fc.array(fc.constantFrom(...FAKES), { minLength: 1, maxLength: 3 }),
    between: fc.array(fillerLine, { maxLength: 3 }),
    after: fc.array(fillerLine, { maxLength: 6 }),
  });

  function render(doc: { before: string[]; planted: typeof FAKES; between: string[]; after: string[] }): string[] {
    return [...doc.before, ...doc.planted.flatMap((fake) => [fake.line, ...doc.between]), ...doc.after];
  }

  it('never crashes on arbitrary text, and every match lies inside it', () => {
    const arbitrary = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(fc.constantFrom('sk_live_', 'ghp_', 'AKIA', 'xoxb-', 'password=', '-----BEGIN ', 'PRIVATE KEY-----', 'a1B2', '"', '\n'), { maxLength: 60 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(arbitrary, (text) => {
        const added = addedTextOfWholeText(text);
        for (const match of findSecrets(added, catalog)) {
          expect(added.text.slice(match.start, match.end)).toBe(match.secret);
        }
      }),
      RUNS,
    );
  });

  it('finds every planted secret at its line', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const lines = render(doc);
        const expected = doc.planted.map((fake): [string, string, number] => [fake.detectorId, fake.secret, lines.indexOf(fake.line) + 1]);
        const unique = [...new Map(expected.map((item) => [item.join('\0'), item])).values()];
        const found = findingsOf(`${lines.join('\n')}\n`);
        for (const item of unique) expect(found.filter((finding) => finding[0] === item[0] && finding[1] === item[1])).toContainEqual(item);
      }),
      SCAN_RUNS,
    );
  });

  it('gives the same findings after unrelated lines, CRLF endings or trailing spaces are added', () => {
    fc.assert(
      fc.property(document, fc.array(fillerLine, { minLength: 1, maxLength: 5 }), fc.constantFrom('lines-above', 'crlf', 'trailing-spaces', 'lines-below'), (doc, extra, edit) => {
        const lines = render(doc);
        const base = findingsOf(`${lines.join('\n')}\n`);
        let edited: string;
        if (edit === 'lines-above') edited = `${[...extra, ...lines].join('\n')}\n`;
        else if (edit === 'lines-below') edited = `${[...lines, ...extra].join('\n')}\n`;
        else if (edit === 'crlf') edited = `${lines.join('\r\n')}\r\n`;
        else edited = `${lines.map((line) => `${line}   `).join('\n')}\n`;
        const shift = edit === 'lines-above' ? extra.length : 0;
        expect(findingsOf(edited)).toEqual(base.map(([id, secret, line]) => [id, secret, line + shift]).sort());
      }),
      SCAN_RUNS,
    );
  });
});
