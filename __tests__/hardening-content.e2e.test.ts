import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unchangedBy } from './helpers/repo-state';
import { expectNoSecretLeaked, newRepo, plant, repoWithHistory, scanJson, useSuite, where } from './helpers/suite';
import { TempRepo } from './helpers/temp-repo';

/**
 * Issue 7, "file names" and "content": whatever the bytes and names, a secret in the added lines
 * is reported at its file and line, nothing else is, and the scan neither crashes nor hangs.
 */
useSuite();

describe('file names', () => {
  const NAMES = [
    'with spaces/and more spaces.env',
    'quotes/"double" and \'single\'.env',
    'back\\slash\\es.env',
    'ünïcødé/日本語/файл.env',
    '-leading-dash.env',
    '--output=stolen.env',
    'new\nline.env',
    'tab\there.env',
    'diff --git a b.env',
    ':(glob)*magic?[x].env',
    ' leading and trailing space .env',
  ];

  it('reports each secret under its exact name', () => {
    const repo = repoWithHistory();
    const expected: Array<[string, string, number]> = [];
    for (const name of NAMES) {
      const fake = plant('github-pat');
      repo.write(name, `# ${name.length}\n${fake.line}\n`);
      expected.push(['github-pat', name, 2]);
    }
    repo.git('add', '--', ...NAMES.map((name) => `:(literal)${name}`));
    const scan = unchangedBy(repo, () => scanJson(repo));
    expect(where(scan).sort()).toEqual(expected.sort());
  });

  it('reports a rename between odd names at the new name', () => {
    const repo = repoWithHistory();
    const body = Array.from({ length: 8 }, (_, index) => `line ${index}`);
    repo.write('-old\nname "x".cfg', `${body.join('\n')}\n`).git('add', '.');
    repo.git('commit', '-q', '-m', 'odd');
    repo.git('mv', '--', '-old\nname "x".cfg', 'nëw\\name.cfg');
    const fake = plant('slack-bot-token');
    repo.write('nëw\\name.cfg', `${[...body, fake.line].join('\n')}\n`).git('add', '.');
    const scan = unchangedBy(repo, () => scanJson(repo));
    expect(where(scan)).toEqual([['slack-bot-token', 'nëw\\name.cfg', 9]]);
  });
});

describe('content', () => {
  it('CRLF lines: right line and column, and the carriage return is not part of the secret', () => {
    const repo = repoWithHistory();
    const fake = plant('stripe-secret-key');
    repo.write('win.env', `A=1\r\nB=2\r\n${fake.line}\r\nC=3\r\n`).git('add', '.');
    const scan = unchangedBy(repo, () => scanJson(repo));
    expect(where(scan)).toEqual([['stripe-secret-key', 'win.env', 3]]);
    expect(scan.findings[0].column).toBe(fake.line.indexOf(fake.secret) + 1);
    expect(scan.findings[0].redacted).toContain(`(${fake.secret.length} chars)`);
  });

  it('a secret on a last line without a final newline', () => {
    const repo = repoWithHistory();
    const fake = plant('openai-api-key');
    repo.write('ai.env', `# ai\n${fake.line}`).git('add', '.');
    expect(where(unchangedBy(repo, () => scanJson(repo)))).toEqual([['openai-api-key', 'ai.env', 2]]);
  });

  it('invalid UTF-8 around a secret does not hide it or shift its line', () => {
    const repo = repoWithHistory();
    const fake = plant('aws-access-key-id');
    const invalid = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0x0a, 0x80, 0xbf, 0x0a]); // two lines of garbage
    repo.write('latin.cfg', Buffer.concat([invalid, Buffer.from(`${fake.line} `), Buffer.from([0xe9, 0xe8, 0x0a])])).git('add', '.');
    expect(where(unchangedBy(repo, () => scanJson(repo)))).toEqual([['aws-access-key-id', 'latin.cfg', 3]]);
  });

  it('an added empty file and an empty commit scan cleanly', () => {
    const repo = repoWithHistory();
    const nothing = unchangedBy(repo, () => repo.keyguard(['scan']));
    expect(nothing.code).toBe(0);
    expect(nothing.stderr).toContain('scanned 0 files, 0 added lines, 0 findings');
    repo.write('empty.txt', '').git('add', '.');
    const empty = unchangedBy(repo, () => scanJson(repo));
    expect(empty.code).toBe(0);
    expect(empty.findings).toEqual([]);
  });

  it('UTF-16 text with a byte-order mark (binary to git) is decoded and scanned, LE and BE', () => {
    const repo = repoWithHistory();
    const little = plant('stripe-secret-key');
    const big = plant('github-pat');
    const utf16 = (text: string, bigEndian: boolean) => {
      const body = Buffer.from(text, 'utf16le');
      return bigEndian ? Buffer.concat([Buffer.from([0xfe, 0xff]), body.swap16()]) : Buffer.concat([Buffer.from([0xff, 0xfe]), body]);
    };
    repo.write('win/settings.env', utf16(`# written by PowerShell\r\n${little.line}\r\n`, false));
    repo.write('win/other.env', utf16(`a=1\nb=2\n${big.line}\n`, true));
    repo.write('win/odd-length.bin', Buffer.from([0xfe, 0xff, 0x00, 0x41, 0x00])).write('win/bom-only.txt', Buffer.from([0xff, 0xfe]));
    repo.git('add', '.');
    expect(repo.git('diff', '--cached', '--numstat')).toContain('-\t-\twin/settings.env'); // binary to git
    const scan = unchangedBy(repo, () => scanJson(repo));
    expect(where(scan).sort()).toEqual([
      ['github-pat', 'win/other.env', 3],
      ['stripe-secret-key', 'win/settings.env', 2],
    ]);
  });

  it('a modified UTF-16 file reports only its new lines, at their new line numbers', () => {
    const repo = repoWithHistory();
    const old = plant('aws-access-key-id');
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    repo.write('conf.ini', utf16(`[a]\r\n${old.line}\r\nx=1\r\n`)).git('add', '.');
    repo.git('commit', '-q', '-m', 'already there');
    const fresh = plant('slack-bot-token');
    repo.write('conf.ini', utf16(`[header]\r\n[a]\r\n${old.line}\r\nx=1\r\n${fresh.line}\r\n`)).git('add', '.');
    const scan = unchangedBy(repo, () => scanJson(repo));
    expect(where(scan)).toEqual([['slack-bot-token', 'conf.ini', 5]]);
  });

  it('many binaries marked `binary` by .gitattributes cost one batch read, not one git call each', () => {
    const repo = repoWithHistory();
    repo.write('.gitattributes', '*.png binary\n');
    for (let index = 0; index < 300; index++) repo.write(`img/icon-${index}.png`, Buffer.concat([Buffer.from([0x89, 0x50, 0, 0]), randomBytes(4000)]));
    repo.git('add', '.');
    // A git on PATH that logs each call: the count, unlike a time limit, cannot be flaky.
    const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    const bin = path.join(repo.home, 'counting-git');
    const log = path.join(repo.home, 'git-calls.log');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$1" >> '${log}'\nexec '${realGit}' "$@"\n`);
    chmodSync(path.join(bin, 'git'), 0o755);
    const result = unchangedBy(repo, () => repo.keyguard(['scan'], { env: { PATH: `${bin}:${repo.env.PATH}` } }));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('300 skipped');
    expect(readFileSync(log, 'utf8').trim().split('\n').length).toBeLessThanOrEqual(8); // was 300+ (one per file)
  });

  it('a large binary (20 MB, NUL bytes) is skipped quickly and said so', () => {
    const repo = repoWithHistory();
    repo.write('model.bin', Buffer.concat([Buffer.from([0]), randomBytes(20 * 1024 * 1024)])).git('add', '.');
    const started = Date.now();
    const result = unchangedBy(repo, () => repo.keyguard(['scan', '--verbose']));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('skipped model.bin (binary)');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a 50 MB single-line minified file: the secret is found at line 1, right column, in bounded time', () => {
    const repo = repoWithHistory();
    const fake = plant('google-api-key');
    const filler = 'function a(b){return b+1}var c=a(2);';
    const half = filler.repeat(Math.ceil(25_000_000 / filler.length));
    const planted = `var k="${fake.secret}";`;
    repo.write('dist/bundle.min.js', `${half}${planted}${half}`).git('add', '.');
    const started = Date.now();
    const scan = scanJson(repo);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(where(scan)).toEqual([['google-api-key', 'dist/bundle.min.js', 1]]);
    expect(scan.findings[0].column).toBe(half.length + 'var k="'.length + 1);
  });

  it('100,000 staged files: every one scanned, the one secret found', () => {
    const repo = newRepo();
    const fake = plant('huggingface-access-token');
    const clean = hashObject(repo, 'export const value = 1;\n');
    const secret = hashObject(repo, `# config\n${fake.line}\n`);
    const entries: string[] = [];
    for (let index = 0; index < 100_000; index++) {
      const blob = index === 73_421 ? secret : clean;
      entries.push(`100644 ${blob}\tpkg${Math.floor(index / 1000)}/file ${index}.js`);
    }
    const update = spawnSync('git', ['update-index', '--index-info'], { cwd: repo.dir, env: repo.env, input: `${entries.join('\n')}\n` });
    expect(update.status).toBe(0);
    const started = Date.now();
    const result = repo.keyguard(['scan', '--staged', '--format', 'json']);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.code).toBe(1);
    const { findings, stats } = JSON.parse(result.stdout);
    expect(findings.map((finding: { file: string; line: number }) => [finding.file, finding.line])).toEqual([['pkg73/file 73421.js', 2]]);
    expect(stats).toMatchObject({ files: 100_000, lines: 100_001 });
  });
});

function hashObject(repo: TempRepo, content: string): string {
  const result = spawnSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo.dir, env: repo.env, input: content, encoding: 'utf8' });
  return result.stdout.trim();
}

describe('secrecy', () => {
  it('never printed a planted secret', () => expectNoSecretLeaked(15));
});
