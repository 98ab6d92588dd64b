import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fakeSecret } from './helpers/fake-secrets';
import { sarifSchemaErrors } from './helpers/sarif-schema';
import { repoWithHistory, useSuite } from './helpers/suite';
import { TempRepo } from './helpers/temp-repo';

/** `keyguard scan --output FILE` on real repositories: every format, written whole, never a secret. */
useSuite();

/** A repository with one commit and a staged GitHub token in `app.env`. */
function repoWithStagedSecret(): { repo: TempRepo; secret: string } {
  const repo = repoWithHistory();
  const fake = fakeSecret('github-pat');
  repo.write('app.env', `A=1\n${fake.line}\n`).git('add', 'app.env');
  return { repo, secret: fake.secret };
}

describe('keyguard scan --output FILE', () => {
  it.each(['human', 'json', 'sarif'])('writes the %s report to the file, not to stdout, and says so on stderr', (format) => {
    const { repo, secret } = repoWithStagedSecret();
    const run = repo.keyguard(['scan', '--format', format, '--output', 'reports/keyguard.out'], { env: { FORCE_COLOR: '1' } });
    expect(run.code).toBe(2); // reports/ does not exist yet
    expect(run.stderr).toContain('cannot write the report to reports/keyguard.out: its directory does not exist');

    mkdirSync(repo.path('reports'));
    const written = repo.keyguard(['scan', '--format', format, '-o', 'reports/keyguard.out'], { env: { FORCE_COLOR: '1' } });
    expect(written.code).toBe(1);
    expect(written.stdout).toBe('');
    expect(written.stderr).toBe(`keyguard: 1 finding; ${format} report written to reports/keyguard.out\n`);
    const text = readFileSync(repo.path('reports/keyguard.out'), 'utf8');
    expect(text).not.toContain(secret);
    expect(text).toContain('github-pat:');
    // A file is never coloured, whatever the environment asks for.
    expect(text).not.toContain('\u001b[');
    if (format === 'json') expect(JSON.parse(text).findings[0]).toMatchObject({ file: 'app.env', line: 2 });
    if (format === 'sarif') expect(sarifSchemaErrors(JSON.parse(text))).toEqual([]);
    if (format === 'human') expect(text).toContain('app.env:2:');
  });

  it('replaces an existing report by renaming a complete file over it, leaving no temporary file', () => {
    const { repo } = repoWithStagedSecret();
    writeFileSync(repo.path('keyguard.sarif'), 'old report');
    const before = statSync(repo.path('keyguard.sarif')).ino;
    expect(repo.keyguard(['scan', '--format', 'sarif', '--output', 'keyguard.sarif']).code).toBe(1);
    expect(statSync(repo.path('keyguard.sarif')).ino).not.toBe(before);
    expect(JSON.parse(readFileSync(repo.path('keyguard.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(repo.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('resolves the path from the working directory, like any command-line tool', () => {
    const { repo } = repoWithStagedSecret();
    mkdirSync(repo.path('sub'));
    expect(repo.keyguard(['scan', '--format', 'json', '--output', 'out.json'], { cwd: repo.path('sub') }).code).toBe(1);
    expect(JSON.parse(readFileSync(repo.path('sub/out.json'), 'utf8')).findings).toHaveLength(1);
  });

  it('exits 2 with a clear message when the path is a directory or empty, and leaves nothing behind', () => {
    const { repo } = repoWithStagedSecret();
    mkdirSync(repo.path('out'));
    writeFileSync(repo.path('out/keep.txt'), 'kept');
    const directory = repo.keyguard(['scan', '--output', 'out']);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain('cannot write the report to out: it is a directory');
    expect(directory.stderr).toContain('git commit --no-verify');
    expect(readdirSync(repo.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(repo.path('out'))).toEqual(['keep.txt']);

    const empty = repo.keyguard(['scan', '--output', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--output needs a file name');
  });

  it('writes a clean report too (exit 0)', () => {
    const { repo } = repoWithStagedSecret();
    repo.git('rm', '-q', '--cached', 'app.env');
    const run = repo.keyguard(['scan', '--format', 'json', '--output', 'clean.json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('keyguard: 0 findings; json report written to clean.json\n');
    expect(JSON.parse(readFileSync(repo.path('clean.json'), 'utf8')).findings).toEqual([]);
  });
});
