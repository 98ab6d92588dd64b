import { newBlobId } from '../src/diff/blob-id';

describe('newBlobId', () => {
  const id = 'a'.repeat(8) + '0123456789abcdef0123456789abcdef';

  it('reads the new blob id of a binary and of a text patch', () => {
    const binary = `diff --git a/x.p12 b/x.p12\nnew file mode 100644\nindex ${'0'.repeat(40)}..${id}\nBinary files /dev/null and b/x.p12 differ\n`;
    expect(newBlobId(Buffer.from(binary))).toBe(id);
    const text = `diff --git a/a b/a\nindex ${'1'.repeat(40)}..${id} 100644\n--- a/a\n+++ b/a\n@@ -1 +1 @@\n-x\n+index 1..2\n`;
    expect(newBlobId(Buffer.from(text))).toBe(id);
  });

  it('reads a SHA-256 repository id, and nothing from a pure rename or added lines', () => {
    const long = 'b'.repeat(64);
    expect(newBlobId(Buffer.from(`diff --git a/a b/a\nindex ${'0'.repeat(64)}..${long}\nBinary files a/a and b/a differ\n`))).toBe(long);
    expect(newBlobId(Buffer.from('diff --git a/a b/c\nsimilarity index 100%\nrename from a\nrename to c\n'))).toBeUndefined();
    expect(newBlobId(Buffer.from(`diff --git a/a b/a\n--- a/a\n+++ b/a\n@@ -0,0 +1 @@\n+index 1234567..${id}\n`))).toBeUndefined();
  });
});
