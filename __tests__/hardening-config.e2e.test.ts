import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FakeSecret } from './helpers/fake-secrets';
import { unchangedBy, workTreeState } from './helpers/repo-state';
import { expectNoSecretLeaked, installHook, plant, repoWithHistory, scanJson, useSuite, where } from './helpers/suite';
import { TempRepo } from './helpers/temp-repo';

/**
 * Issue 7, "hostile user config": settings a developer may have in ~/.gitconfig or the repository
 * that reshape `git diff` output. Whatever they say, the scan must see the committed bytes, with
 * the right names and line numbers, and never run a user program on them.
 */
useSuite();

const MODIFIED = 'config/app.env';
const ADDED = 'notes/ünïcødé "quoted" name.txt';
const BASE = ['# app', 'A=1', 'B=2', 'C=3', 'D=4', 'E=5'];

/**
 * The standard change: a tracked file gets a secret inserted at line 3 (and a clean line at the
 * end), and a new file with an odd name gets one at line 2.
 */
function stageStandardChange(repo: TempRepo): [FakeSecret, FakeSecret] {
  const first = plant('stripe-secret-key');
  const second = plant('github-pat');
  repo.write(MODIFIED, `${[...BASE.slice(0, 2), first.line, ...BASE.slice(2), 'F=6'].join('\n')}\n`);
  repo.write(ADDED, `intro\n${second.line}\nouttro\n`);
  repo.git('add', '.');
  return [first, second];
}

function repoWithBase(): TempRepo {
  const repo = repoWithHistory();
  repo.write(MODIFIED, `${BASE.join('\n')}\n`).git('add', '.');
  repo.git('commit', '-q', '-m', 'base');
  return repo;
}

/** A program the user configured: it leaves a marker when run, so a test can prove it never was. */
function trap(repo: TempRepo, name: string, output: string): { command: string; ran: () => boolean } {
  const marker = path.join(repo.home, `${name}-ran`);
  const script = path.join(repo.home, `${name}.sh`);
  writeFileSync(script, `#!/bin/sh\ntouch '${marker}'\nprintf '%s\\n' '${output}'\n`);
  chmodSync(script, 0o755);
  return { command: script, ran: () => existsSync(marker) };
}

const EXPECTED = [
  ['stripe-secret-key', MODIFIED, 3],
  ['github-pat', ADDED, 2],
];

function expectStandardFindings(repo: TempRepo, cwd?: string): void {
  const scan = unchangedBy(repo, () => scanJson(repo, { cwd }));
  expect(scan.code).toBe(1);
  expect(where(scan).sort()).toEqual([...EXPECTED].sort());
}

describe('hostile ~/.gitconfig settings', () => {
  const SETTINGS: Array<[string, string]> = [
    ['diff.noprefix', 'true'],
    ['diff.mnemonicPrefix', 'true'],
    ['color.ui', 'always'],
    ['color.diff', 'always'],
    ['core.quotepath', 'true'],
    ['diff.renames', 'copies'],
    ['diff.context', '7'],
    ['diff.interHunkContext', '20'],
    ['diff.algorithm', 'patience'],
    ['diff.suppressBlankEmpty', 'true'],
    ['diff.wsErrorHighlight', 'all'],
    ['diff.relative', 'true'],
    ['diff.ignoreSubmodules', 'all'],
    ['diff.srcPrefix', 'SRC/'],
    ['diff.dstPrefix', 'DST/'],
    ['diff.renameLimit', '1'],
    ['core.pager', 'false'],
    ['pager.diff', 'true'],
    ['core.abbrev', '40'],
    ['core.bigFileThreshold', '16'],
  ];

  it.each(SETTINGS)('%s=%s changes nothing', (key, value) => {
    const repo = repoWithBase();
    repo.git('config', '--global', key, value);
    stageStandardChange(repo);
    expectStandardFindings(repo);
  });

  it('diff.relative=true, run from a subdirectory: paths still from the root', () => {
    const repo = repoWithBase();
    repo.git('config', '--global', 'diff.relative', 'true');
    stageStandardChange(repo);
    expectStandardFindings(repo, repo.path('config'));
  });

  it('diff.orderFile that reverses the file order keeps each name with its own patch', () => {
    const repo = repoWithBase();
    repo.write('order.txt', 'notes/*\nconfig/*\n');
    repo.git('config', '--global', 'diff.orderFile', repo.path('order.txt'));
    stageStandardChange(repo);
    expectStandardFindings(repo);
  });

  it('diff.external is never run, and its output never replaces the patch', () => {
    const repo = repoWithBase();
    const external = trap(repo, 'external', 'nothing to see');
    repo.git('config', '--global', 'diff.external', external.command);
    stageStandardChange(repo);
    expectStandardFindings(repo);
    expect(external.ran()).toBe(false);
  });

  it('GIT_EXTERNAL_DIFF and GIT_DIFF_OPTS in the environment are ignored', () => {
    const repo = repoWithBase();
    const external = trap(repo, 'env-external', 'nothing to see');
    stageStandardChange(repo);
    const scan = scanJson(repo, { env: { GIT_EXTERNAL_DIFF: external.command, GIT_DIFF_OPTS: '--unified=9' } });
    expect(where(scan).sort()).toEqual([...EXPECTED].sort());
    expect(external.ran()).toBe(false);
  });

  it('a textconv driver from .gitattributes is never run: the committed bytes are scanned', () => {
    const repo = repoWithBase();
    const textconv = trap(repo, 'textconv', 'clean');
    repo.write('.gitattributes', '*.env diff=hide\n*.txt diff=hide\n').git('add', '.gitattributes');
    repo.git('commit', '-q', '-m', 'attributes');
    repo.git('config', '--global', 'diff.hide.textconv', textconv.command);
    stageStandardChange(repo);
    expectStandardFindings(repo);
    expect(textconv.ran()).toBe(false);
  });

  it('core.autocrlf=true with CRLF files: lines and columns as committed', () => {
    const repo = repoWithBase();
    repo.git('config', '--global', 'core.autocrlf', 'true');
    const fake = plant('slack-webhook-url');
    repo.write('win/notify.ps1', `# notify\r\n$hook = "${fake.secret}"\r\n`).git('add', '.');
    const scan = unchangedBy(repo, () => scanJson(repo));
    expect(where(scan)).toEqual([['slack-webhook-url', 'win/notify.ps1', 2]]);
    expect(scan.findings[0].column).toBe('$hook = "'.length + 1);
  });

  it('all of the above at once', () => {
    const repo = repoWithBase();
    const external = trap(repo, 'all-external', 'x');
    for (const [key, value] of SETTINGS) repo.git('config', '--global', key, value);
    repo.git('config', '--global', 'diff.external', external.command);
    repo.git('config', '--global', 'core.autocrlf', 'true');
    stageStandardChange(repo);
    expectStandardFindings(repo);
    expect(external.ran()).toBe(false);
  });
});

describe('attributes that make git show text as binary', () => {
  it.each([
    ['.gitattributes', '*.env -diff\n*.txt binary\n'],
    ['.gitattributes', '*.env diff=lockfile\n*.txt diff=lockfile\n'],
    ['.git/info/attributes', '* -diff\n'],
    ['core.attributesFile', '* binary\n'],
  ])('%s with %j: the text is still scanned', (where_, attributes) => {
    const repo = repoWithBase();
    if (where_ === 'core.attributesFile') {
      writeFileSync(path.join(repo.home, 'attributes'), attributes);
      repo.git('config', '--global', 'core.attributesFile', path.join(repo.home, 'attributes'));
    } else {
      repo.write(where_, attributes);
      if (where_ === '.gitattributes') repo.git('add', '.gitattributes');
    }
    repo.git('config', '--global', 'diff.lockfile.binary', 'true');
    stageStandardChange(repo);
    expect(repo.git('diff', '--cached', '--', MODIFIED)).toContain('Binary files');
    expectStandardFindings(repo);
  });

  it('a renamed -diff file reports only the lines added to it', () => {
    const repo = repoWithHistory();
    const lines = Array.from({ length: 20 }, (_, index) => `"dep-${index}": "1.0.${index}",`);
    repo.write('.gitattributes', '*.lock -diff\n').write('old.lock', `${lines.join('\n')}\n`).git('add', '.');
    repo.git('commit', '-q', '-m', 'lock');
    repo.git('mv', 'old.lock', 'new.lock');
    const fake = plant('npm-access-token');
    repo.write('new.lock', `${[...lines.slice(0, 10), fake.line, ...lines.slice(10)].join('\n')}\n`).git('add', '.');
    const scan = unchangedBy(repo, () => scanJson(repo));
    expect(where(scan)).toEqual([['npm-access-token', 'new.lock', 11]]);
  });

  it('real binary content marked `binary` is still skipped as binary', () => {
    const repo = repoWithHistory();
    const fake = plant('github-pat');
    repo.write('.gitattributes', '*.png binary\n').write('logo.png', Buffer.concat([Buffer.from([0x89, 0x50, 0, 0]), Buffer.from(fake.line)]));
    repo.git('add', '.');
    const result = unchangedBy(repo, () => repo.keyguard(['scan', '--verbose']));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('skipped logo.png (binary)');
  });
});

describe('keyguard configuration that cannot be read', () => {
  it.each([
    ['.keyguardrc.json', '{"exclude": ['],
    ['.keyguardrc.yaml', 'exclude: [unclosed'],
    ['keyguard.config.js', 'throw new Error("config exploded");'],
    ['package.json', '{"name": "demo", "keyguard": '],
  ])('%s that does not parse or throws: exit 2, names the file, blocks', (file, content) => {
    const repo = repoWithBase();
    const fake = plant('github-pat');
    repo.write(file, content).write('leak.env', `${fake.line}\n`).git('add', 'leak.env');
    const result = unchangedBy(repo, () => repo.keyguard(['scan']));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toContain('git commit --no-verify');
  });
});

describe('a custom core.hooksPath', () => {
  it('the hook installed there blocks a commit with a secret and passes a clean one', () => {
    const repo = repoWithHistory();
    repo.git('config', 'core.hooksPath', 'tools/git hooks');
    mkdirSync(repo.path('tools/git hooks'), { recursive: true });
    installHook(repo, { commitGitignore: true });
    expect(existsSync(repo.path('tools/git hooks/pre-commit'))).toBe(true);
    const fake = plant('google-api-key');
    repo.write('web/maps.js', `const key = "${fake.secret}";\n`).git('add', 'web');
    const before = workTreeState(repo);
    const blocked = repo.gitResult('commit', '-m', 'maps');
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain('web/maps.js:1:');
    expect(workTreeState(repo)).toEqual(before);
    repo.write('web/maps.js', 'const key = process.env.MAPS_KEY;\n').git('add', 'web');
    expect(repo.gitResult('commit', '-q', '-m', 'maps').code).toBe(0);
  });
});

describe('secrecy', () => {
  it('never printed a planted secret', () => expectNoSecretLeaked(20));
});
