import { splitFileDiffs } from '../src/git/split-file-diffs';

const PATCH = [
  'diff --git a/one b/one\nnew file mode 100644\n--- /dev/null\n+++ b/one\n@@ -0,0 +1,2 @@\n+diff --git is data here\n+x\n',
  'diff --git a/two b/two\nindex 1..2 100644\n--- a/two\n+++ b/two\n@@ -1 +1 @@\n-old\n+new\n',
  'diff --git a/bin b/bin\nnew file mode 100644\nBinary files /dev/null and b/bin differ\n',
];

function split(chunks: Buffer[]): string[] {
  const files: string[] = [];
  const splitter = splitFileDiffs((patch) => files.push(patch.toString('utf8')));
  chunks.forEach((chunk) => splitter.push(chunk));
  splitter.end();
  return files;
}

describe('splitFileDiffs', () => {
  const whole = Buffer.from(PATCH.join(''));

  it('splits a patch into one section per file', () => {
    expect(split([whole])).toEqual(PATCH);
  });

  it('gives the same sections whatever the chunk boundaries', () => {
    for (const size of [1, 2, 5, 11, 12, 13, 64]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < whole.length; at += size) chunks.push(whole.subarray(at, at + size));
      expect(split(chunks)).toEqual(PATCH);
    }
  });

  it('drops the "* Unmerged path" lines git prints before the first file', () => {
    expect(split([Buffer.from(`* Unmerged path a\n${PATCH[1]}`)])).toEqual([PATCH[1]]);
  });

  it('drops "* Unmerged path" lines git prints between files', () => {
    const notes = '* Unmerged path b\n* Unmerged path c\n';
    expect(split([Buffer.from(`${PATCH[0]}${notes}${PATCH[1]}${notes}`)])).toEqual([PATCH[0], PATCH[1]]);
  });

  it('refuses output it does not understand', () => {
    expect(() => split([Buffer.from(`warning: something\n${PATCH[1]}`)])).toThrow(/unexpected git diff output/);
  });

  it('emits nothing for an empty diff', () => {
    expect(split([])).toEqual([]);
  });
});
