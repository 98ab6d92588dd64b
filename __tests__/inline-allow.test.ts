import { lineAllows } from '../src/allow/inline';
import { blobArgs } from '../src/git/blob';

const isDetectorId = (id: string): boolean => ['github-pat', 'npm-access-token'].includes(id);

describe('lineAllows', () => {
  it.each([
    ['key = x  # keyguard:allow', 'sameLine', 'github-pat', true],
    ['key = x  # keyguard:allow test fixture', 'sameLine', 'github-pat', true], // free text: unscoped
    ['key = x  # keyguard:allow github-pat', 'sameLine', 'github-pat', true],
    ['key = x  # keyguard:allow github-pat', 'sameLine', 'npm-access-token', false],
    ['key = x  // keyguard:allow npm-access-token,github-pat', 'sameLine', 'github-pat', true],
    ['# keyguard:allow-next-line', 'sameLine', 'github-pat', false], // only the next line
    ['# keyguard:allow-next-line', 'nextLine', 'github-pat', true],
    ['# keyguard:allow-next-line github-pat', 'nextLine', 'npm-access-token', false],
    ['<!-- keyguard:allow-next-line npm-access-token -->', 'nextLine', 'npm-access-token', true],
    ['# keyguard:allow', 'nextLine', 'github-pat', false], // a same-line marker says nothing about the next line
    ['# keyguard:allowed', 'sameLine', 'github-pat', false],
    ['plain line', 'sameLine', 'github-pat', false],
  ] as const)('%j (%s, %s) → %s', (line, kind, ruleId, expected) => {
    expect(lineAllows(line, kind, ruleId, isDetectorId)).toBe(expected);
  });
});

describe('blobArgs', () => {
  it('reads stage 0 of the index by default, or a revision, raw (cat-file applies no textconv or filters)', () => {
    expect(blobArgs('-odd name:x.txt')).toEqual(['cat-file', 'blob', ':0:-odd name:x.txt']);
    expect(blobArgs('a/b.yaml', 'HEAD~1')).toEqual(['cat-file', 'blob', 'HEAD~1:a/b.yaml']);
  });
});
