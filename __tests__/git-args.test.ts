import { gitEnv } from '../src/git/exec';
import { parseNameStatus, stagedDiffArgs, stagedNameStatusArgs } from '../src/git/staged';

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
