import { isUnsupportedGitVersion, parseGitVersion } from '../src/git/version';

describe('git version', () => {
  it('reads the versions git prints on each platform', () => {
    expect(parseGitVersion('git version 2.39.5')).toEqual([2, 39, 5]);
    expect(parseGitVersion('git version 2.37.1 (Apple Git-137.1)')).toEqual([2, 37, 1]);
    expect(parseGitVersion('git version 2.41.0.windows.1')).toEqual([2, 41, 0]);
    expect(parseGitVersion('git version 3.0')).toEqual([3, 0, 0]);
    expect(parseGitVersion('no digits')).toBeUndefined();
  });

  it('flags only versions older than the minimum, and never an unreadable one', () => {
    expect(isUnsupportedGitVersion('git version 2.11.0')).toBe(true);
    expect(isUnsupportedGitVersion('git version 1.9.9')).toBe(true);
    expect(isUnsupportedGitVersion('git version 2.20.0')).toBe(false);
    expect(isUnsupportedGitVersion('git version 2.39.5')).toBe(false);
    expect(isUnsupportedGitVersion('git version 10.0.0')).toBe(false);
    expect(isUnsupportedGitVersion('garbage')).toBe(false);
  });
});
