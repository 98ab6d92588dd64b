import { addedTextOf } from '../src/diff/added-text';
import { countAddedLines, UnreadablePatchError } from '../src/diff/hunk-check';

const HEADER = 'diff --git a/f b/f\n--- a/f\n+++ b/f\n';

describe('countAddedLines', () => {
  it('counts the added lines of well-formed hunks, with and without context', () => {
    expect(countAddedLines(`${HEADER}@@ -0,0 +1,2 @@\n+one\n+two\n`)).toBe(2);
    expect(countAddedLines(`${HEADER}@@ -2 +2 @@ fn()\n-old\n+new\n@@ -9,0 +10 @@\n+x\n\\ No newline at end of file\n`)).toBe(2);
    expect(countAddedLines(`${HEADER}@@ -1,3 +1,3 @@\n a\n\n-b\n+c\n`)).toBe(1); // "" is a blank context line
    expect(countAddedLines('diff --git a/f b/f\nold mode 100644\nnew mode 100755\n')).toBe(0);
    expect(countAddedLines('diff --git a/f b/f\nnew file mode 100644\nBinary files /dev/null and b/f differ\n')).toBe(0);
  });

  it.each([
    ['a hunk shorter than its header (truncated output)', `${HEADER}@@ -0,0 +1,3 @@\n+one\n`, /ends inside a hunk/],
    ['a hunk longer than its header', `${HEADER}@@ -0,0 +1 @@\n+one\n+two\n`, /longer than its header/],
    ['a hunk cut short by the next header', `${HEADER}@@ -0,0 +1,2 @@\n+one\n@@ -5,0 +7 @@\n+x\n`, /ended early/],
    ['a combined-diff header it does not read', `${HEADER}@@@ -0,0 -0,0 +1,2 @@@\n++one\n++two\n`, /hunk header it does not know/],
    ['a line that belongs to no hunk', `${HEADER}@@ -0,0 +1 @@\n+one\nwarning: junk\n`, /outside any hunk/],
  ])('refuses %s', (_, patch, message) => {
    expect(() => countAddedLines(patch)).toThrow(UnreadablePatchError);
    expect(() => countAddedLines(patch)).toThrow(message);
  });
});

describe('addedTextOf fails closed', () => {
  it('throws instead of returning fewer added lines than the patch holds', () => {
    // parse-diff trusts the header and would silently drop "+two" (where a secret could be).
    expect(() => addedTextOf(Buffer.from(`${HEADER}@@ -0,0 +1 @@\n+one\n+two\n`))).toThrow(UnreadablePatchError);
  });

  it.each([
    `${HEADER}@@ -0,0 +1,2 @@\n+sk_live_1234\n`,
    `${HEADER}@@ -0,0 +1 @@\n+one\nsk_live_1234 outside\n`,
    `${HEADER}@@@ -0,0 +1 @@@ sk_live_1234\n+x\n`,
  ])('names the file in the message, never content (%#)', (patch) => {
    expect(() => addedTextOf(Buffer.from(patch))).toThrow(/"diff --git a\/f b\/f".*nothing was let through/);
    expect(() => addedTextOf(Buffer.from(patch))).not.toThrow(/sk_live/);
  });
});
