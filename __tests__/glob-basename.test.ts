import picomatch from 'picomatch';
import { fileDetectors } from '../detectors';
import { basenameFilter, basenamePattern } from '../src/scan/glob-basename';

describe('basenamePattern', () => {
  it('translates the glob syntax file detectors use in a file name', () => {
    expect(basenamePattern('**/*.{p12,pfx}')).toBe('[^/]*\\.(?:p12|pfx)');
    expect(basenamePattern('**/.aws/credentials')).toBe('credentials');
    expect(basenamePattern('**/kube[-_]config{,.yaml}')).toBe('kube[-_]config(?:|\\.yaml)');
    expect(basenamePattern('**/id_?sa')).toBe('id_[^/]sa');
  });

  it('gives up (no filtering) on syntax it does not know', () => {
    expect(basenamePattern('secrets/**')).toBeUndefined();
    expect(basenamePattern('**/!(*.md)')).toBeUndefined();
    expect(basenamePattern('**/+(a|b).key')).toBeUndefined();
    expect(basenameFilter(['**/*.pem', 'secrets/**'])('src/index.ts')).toBe(true);
  });
});

describe('basenameFilter', () => {
  const globs = fileDetectors.flatMap((detector) => [...detector.paths, ...(detector.ignorePaths ?? [])]);
  const examplePaths = fileDetectors.flatMap((detector) => [...detector.examples.positive, ...detector.examples.negative].map((example) => example.path));
  const samples = [
    ...examplePaths,
    ...examplePaths.map((path) => `deep/er/${path.toUpperCase()}`),
    'src/index.ts', 'package.json', 'a/b/.env.local', 'x/.Kube/CONFIG', 'kubeconfig.py', 'id_rsa', 'Id_Ed25519.pub', 'keys/a.P12',
  ];

  it.each(globs)('never rejects a path that %s matches', (glob) => {
    const matches = picomatch(glob, { dot: true, nocase: true });
    const mayMatch = basenameFilter([glob]);
    const rejected = samples.filter((path) => matches(path) && !mayMatch(path));
    expect(rejected).toEqual([]);
  });

  it('rejects ordinary source files without compiling a glob', () => {
    const mayMatch = basenameFilter(fileDetectors.flatMap((detector) => detector.paths));
    expect(['src/index.ts', 'README.md', 'package-lock.json', 'lib/kubeconfig.py', 'docs/env.md'].filter(mayMatch)).toEqual([]);
  });
});
