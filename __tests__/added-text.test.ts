import { addedTextOf, addedTextOfWholeText, isBinaryPatch, lineIndexAt, lineText } from '../src/diff/added-text';
import { bufferFor, reusedRoom } from '../src/diff/text-room';

const patch = (text: string) => Buffer.from(text);

describe('addedTextOf', () => {
  it('keeps added lines with their new line numbers, never deleted or context lines', () => {
    const added = addedTextOf(
      patch(
        'diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -2 +2 @@\n-deleted secret\n+added one\n@@ -9,0 +10,2 @@\n+added two\r\n+added three\n\\ No newline at end of file\n',
      ),
    );
    expect(added.text).toBe('added one\nadded two\nadded three');
    expect(Array.from(added.lineNumbers)).toEqual([2, 10, 11]);
    expect(Array.from(added.lineStarts)).toEqual([0, 10, 20]);
  });

  const HEADER = 'diff --git a/f b/f\n--- a/f\n+++ b/f\n';

  it('keeps empty added lines, a first one included', () => {
    const added = addedTextOf(patch(`${HEADER}@@ -0,0 +1,3 @@\n+\n+\r\n+x\n`));
    expect(added.text).toBe('\n\nx');
    expect(Array.from(added.lineStarts)).toEqual([0, 1, 2]);
  });

  it('carries an ASCII text as its bytes, decoding the string only when read, and lines from the bytes', () => {
    const added = addedTextOf(patch(`${HEADER}@@ -0,0 +1,2 @@\n+key = 1\r\n+two\n`));
    expect(added.ascii).toBe(true);
    expect(added.bytes?.toString()).toBe('key = 1\ntwo');
    expect(lineText(added, 0)).toBe('key = 1');
    expect(lineText(added, 1)).toBe('two');
    expect(added.text).toBe('key = 1\ntwo');
  });

  it('gives string offsets for a non-ASCII text, and its bytes only when they are valid UTF-8', () => {
    const added = addedTextOf(patch(`${HEADER}@@ -0,0 +1,2 @@\n+caf\u00e9 \u2603\n+key\n`));
    expect(added.ascii).toBeUndefined();
    expect(Array.from(added.lineStarts)).toEqual([0, 7]);
    expect(lineText(added, 1)).toBe('key');
    expect(added.bytes?.equals(Buffer.from(added.text))).toBe(true);
    const invalid = addedTextOf(Buffer.concat([patch(`${HEADER}@@ -0,0 +1,2 @@\n+a\xff`), Buffer.from([0xff]), patch('\n+key\n')]));
    expect(invalid.bytes).toBeUndefined();
    expect(lineText(invalid, 1)).toBe('key');
  });

  it('builds one text after another in a reused room, each whole, whatever the sizes before it', () => {
    const room = reusedRoom();
    const lines = Array.from({ length: 3000 }, (_, index) => `line ${index}`); // past the columns' first capacity
    const big = addedTextOf(patch(`${HEADER}@@ -0,0 +1,3000 @@\n${lines.map((line) => `+${line}\n`).join('')}`), room);
    expect(big.text).toBe(lines.join('\n'));
    expect(big.lineNumbers[2999]).toBe(3000);
    expect(big.lineStarts[2999]).toBe(big.text.lastIndexOf('\n') + 1);
    const small = addedTextOf(patch(`${HEADER}@@ -4,0 +5,2 @@\n+a\n+bc\n`), room);
    expect([small.text, Array.from(small.lineStarts), Array.from(small.lineNumbers)]).toEqual(['a\nbc', [0, 2], [5, 6]]);
    expect(small.bytes?.toString()).toBe('a\nbc');
  });

  it('is empty for a deletion-only diff', () => {
    const added = addedTextOf(patch('diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -1 +0,0 @@\n-gone\n'));
    expect(added.text).toBe('');
    expect(Array.from(added.lineNumbers)).toEqual([]);
  });
});

describe('line lookup', () => {
  const added = addedTextOfWholeText('first\nsecond line\n\nfourth\n');

  it('maps an offset to its line', () => {
    expect(lineIndexAt(added, 0)).toBe(0);
    expect(lineIndexAt(added, 5)).toBe(0);
    expect(lineIndexAt(added, 6)).toBe(1);
    expect(lineIndexAt(added, added.text.length - 1)).toBe(3);
    expect(added.lineNumbers).toEqual([1, 2, 3, 4]);
  });

  it('returns a line without its newline', () => {
    expect(lineText(added, 1)).toBe('second line');
    expect(lineText(added, 2)).toBe('');
    expect(lineText(added, 3)).toBe('fourth');
  });
});

describe('isBinaryPatch', () => {
  it('recognises git binary markers only in headers', () => {
    expect(isBinaryPatch(patch('diff --git a/x b/x\nnew file mode 100644\nBinary files /dev/null and b/x differ\n'))).toBe(true);
    expect(isBinaryPatch(patch('diff --git a/x b/x\n@@ -0,0 +1 @@\n+Binary files are fun\n'))).toBe(false);
  });
});

describe('bufferFor (a buffer reused from file to file)', () => {
  const MiB = 1024 * 1024;

  it('reuses the buffer for any file it holds, a smaller one included', () => {
    const buffer = Buffer.alloc(4 * MiB);
    expect(bufferFor(buffer, 4 * MiB)).toBe(buffer);
    expect(bufferFor(buffer, 10)).toBe(buffer);
  });

  it('grows to exactly the size of a bigger file', () => {
    expect(bufferFor(Buffer.alloc(10), 3 * MiB).length).toBe(3 * MiB);
  });

  it('gives up a huge buffer for a file under a quarter of it, keeping at least 1 MiB', () => {
    const huge = Buffer.alloc(26 * MiB); // a big lockfile's patch
    expect(bufferFor(huge, 7 * MiB)).toBe(huge); // over a quarter: kept
    expect(bufferFor(huge, 2 * MiB).length).toBe(2 * MiB);
    expect(bufferFor(huge, 100).length).toBe(MiB);
  });
});
