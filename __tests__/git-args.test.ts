import { gitEnv } from '../src/git/exec';
import { patchFileOf, unquote } from '../src/git/patch-path';
import { rangeLogArgs } from '../src/git/range';
import { parseNameStatus, stagedDiffArgs, stagedNameStatusArgs } from '../src/git/staged';
import { parseTrackedFiles, trackedFilesArgs } from '../src/git/tracked-files';

describe('staged diff argv', () => {
  it('overrides every user setting that changes the patch format', () => {
    expect(stagedDiffArgs()).toEqual([
      '-c', 'core.quotepath=off',
      '-c', 'diff.relative=false',
      '-c', 'diff.interHunkContext=0',
      '-c', 'core.bigFileThreshold=512m',
      'diff', '--cached', '--no-color', '--no-ext-diff', '--no-textconv',
      '--src-prefix=a/', '--dst-prefix=b/', '-U0', '-M', '--full-index', '--submodule=short',
    ]);
  });

  it('lists names with the same diff options, NUL-separated', () => {
    expect(stagedNameStatusArgs()).toEqual([...stagedDiffArgs(), '--name-status', '-z']);
  });
});

describe('gitEnv', () => {
  it('keeps the variables git sets for hooks and drops those that reshape the diff', () => {
    const env = gitEnv({
      PATH: '/bin',
      GIT_INDEX_FILE: '/repo/.git/index.lock',
      GIT_DIR: '/repo/.git',
      GIT_DIFF_OPTS: '--unified=5',
      GIT_EXTERNAL_DIFF: 'evil',
    });
    expect(env.GIT_INDEX_FILE).toBe('/repo/.git/index.lock');
    expect(env.GIT_DIR).toBe('/repo/.git');
    expect(env.GIT_DIFF_OPTS).toBeUndefined();
    expect(env.GIT_EXTERNAL_DIFF).toBeUndefined();
    expect(env.GIT_OPTIONAL_LOCKS).toBe('0');
  });
});

describe('parseNameStatus', () => {
  it('reads plain, renamed and odd names exactly', () => {
    const output = Buffer.from('M\0src/a b.ts\0R087\0old\nname\0new "name"\0A\0ünï\\cødé\0D\0gone\0');
    expect(parseNameStatus(output)).toEqual([
      { status: 'M', path: 'src/a b.ts' },
      { status: 'R', oldPath: 'old\nname', path: 'new "name"' },
      { status: 'A', path: 'ünï\\cødé' },
      { status: 'D', path: 'gone' },
    ]);
  });

  it('returns nothing for empty output', () => {
    expect(parseNameStatus(Buffer.alloc(0))).toEqual([]);
  });
});

describe('range log argv', () => {
  it('reuses the staged diff hardening and marks each commit with our own header line', () => {
    const args = rangeLogArgs({ revisions: ['origin/main..HEAD'] });
    expect(args.slice(0, 6)).toEqual(['-c', 'core.quotepath=off', '-c', 'diff.relative=false', '-c', 'diff.interHunkContext=0']);
    expect(args).toContain('--format=diff --git keyguard-commit %h');
    expect(args).toContain('--root');
    for (const option of stagedDiffArgs().slice(stagedDiffArgs().indexOf('--cached') + 1)) expect(args).toContain(option);
    expect(args.slice(-2)).toEqual(['origin/main..HEAD', '--']);
    expect(rangeLogArgs({ revisions: ['abc'], noWalk: true }).slice(-3)).toEqual(['--no-walk', 'abc', '--']);
  });
});

describe('patchFileOf', () => {
  it('reads the new path from +++, unquoting and dropping the tab git adds after a space', () => {
    expect(patchFileOf(Buffer.from('diff --git a/x y b/x y\n--- a/x y\t\n+++ b/x y\t\n@@ -1 +1 @@\n-a\n+b\n'))).toEqual({ path: 'x y', status: 'M' });
    expect(patchFileOf(Buffer.from('diff --git "a/t\\tb" "b/t\\tb"\n--- /dev/null\n+++ "b/t\\tb"\n@@ -0,0 +1 @@\n+x\n')).path).toBe('t\tb');
    expect(patchFileOf(Buffer.from('diff --git a/gone b/gone\ndeleted file mode 100644\n--- a/gone\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n'))).toEqual({ path: 'gone', status: 'D' });
    expect(patchFileOf(Buffer.from('diff --git a/i.bin b/i.bin\nnew file mode 100644\nBinary files /dev/null and b/i.bin differ\n')).path).toBe('i.bin');
    expect(patchFileOf(Buffer.from('diff --git a/o b/n\nsimilarity index 100%\nrename from o\nrename to n\n')).path).toBe('n');
    expect(unquote('"\\303\\251t\\"\\\\"')).toBe('ét"\\');
  });
});

describe('tracked files', () => {
  it('lists with modes, NUL-separated, root-relative, erroring on unmatched paths', () => {
    expect(trackedFilesArgs([])).toEqual(['ls-files', '-z', '--stage', '--full-name', '--']);
    expect(trackedFilesArgs(['-x', 'src'])).toEqual(['ls-files', '-z', '--stage', '--full-name', '--error-unmatch', '--', '-x', 'src']);
  });

  it('keeps regular files once each, and drops symlinks and submodules', () => {
    const output = Buffer.from(
      '100644 aaaa 0\ta b.txt\x00100755 bbbb 0\trun\n.sh\x00120000 cccc 0\tlink\x00160000 dddd 0\tvendor/lib\x00' +
        '100644 eeee 1\tconflict\x00100644 ffff 2\tconflict\x00',
    );
    expect(parseTrackedFiles(output)).toEqual(['a b.txt', 'run\n.sh', 'conflict']);
  });
});
