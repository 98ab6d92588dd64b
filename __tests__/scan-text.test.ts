import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectNoSecretLeaked, newRepo, plant, useSuite } from './helpers/suite';
import { capturedOutputs, isolatedEnv, KEYGUARD_BIN, KEYGUARD_ROOT } from './helpers/temp-repo';

/** `keyguard scan --stdin` (the real CLI) and `scanText` from the package's entry point. */
useSuite();

function stdinScan(cwd: string, env: NodeJS.ProcessEnv, input: string, args: string[] = []) {
  const result = spawnSync(process.execPath, [KEYGUARD_BIN, 'scan', '--stdin', ...args], { cwd, env, input, encoding: 'utf8' });
  capturedOutputs.push(result.stdout, result.stderr);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('keyguard scan --stdin', () => {
  it('scans standard input, named by --path, with the repository allow-list and excludes', () => {
    const repo = newRepo();
    repo.write('package.json', JSON.stringify({ name: 'demo', keyguard: { exclude: ['fixtures/**'] } }));
    const fake = plant('github-pat');
    const input = `# editor buffer\n${fake.line}\n`;

    const found = stdinScan(repo.dir, repo.env, input, ['--path', 'src/app.env', '--format', 'json']);
    expect(found.code).toBe(1);
    const [finding] = JSON.parse(found.stdout).findings;
    expect(finding).toMatchObject({ ruleId: 'github-pat', file: 'src/app.env', line: 2 });

    expect(stdinScan(repo.dir, repo.env, input, ['--path', 'fixtures/x.env']).code).toBe(0); // excluded by config
    expect(repo.keyguard(['allow', finding.fingerprint]).code).toBe(0);
    const allowed = stdinScan(repo.dir, repo.env, input);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toMatch(/scanned 1 file, 2 lines, 0 findings, 1 allowed/);
  });

  it('works outside any repository, naming the text <stdin>', () => {
    const base = mkdtempSync(path.join(realpathSync(os.tmpdir()), 'keyguard-test-'));
    try {
      const fake = plant('slack-bot-token');
      const result = stdinScan(base, isolatedEnv(base), `${fake.line}\n`);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('<stdin>:1:');
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('refuses --path without --stdin', () => {
    const result = spawnSync(process.execPath, [KEYGUARD_BIN, 'scan', '--path', 'x'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--path names the --stdin text');
  });
});

describe('scanText (programmatic API)', () => {
  // The package as users import it: package.json "main", and its "types".
  const pkg = JSON.parse(readFileSync(path.join(KEYGUARD_ROOT, 'package.json'), 'utf8')) as { main: string; types: string };
  const api = require(path.join(KEYGUARD_ROOT, pkg.main)) as typeof import('../src/index');

  it('is exported with scanStaged, and declared in the package types', () => {
    expect(typeof api.scanText).toBe('function');
    expect(typeof api.scanStaged).toBe('function');
    const types = readFileSync(path.join(KEYGUARD_ROOT, pkg.types), 'utf8');
    expect(types).toContain('scanText');
    expect(types).toContain('TextScanOptions');
  });

  it('finds secrets with their line, honours inline allow, and never holds the secret', async () => {
    const fake = plant('anthropic-api-key');
    const result = await api.scanText(`a = 1\n${fake.line}\nb = "${fake.secret}" # keyguard:allow\n`, { path: 'notes.md' });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ ruleId: 'anthropic-api-key', file: 'notes.md', line: 2 });
    expect(result.allowed.inline).toBe(1);
    expect(JSON.stringify(result)).not.toContain(fake.secret);
    expect((await api.scanText('nothing here\n')).findings).toEqual([]);
  });
});

describe('secrecy', () => {
  it('never printed a planted secret in full', () => expectNoSecretLeaked(3));
});
