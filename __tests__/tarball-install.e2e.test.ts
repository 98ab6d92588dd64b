import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fakeSecret } from './helpers/fake-secrets';
import { newRepo, removeRepos } from './helpers/suite';
import { KEYGUARD_ROOT, TempRepo } from './helpers/temp-repo';

/**
 * keyguard as users get it: `npm pack`, then in a fresh repository `npm install --save-dev` of the
 * tarball, `npx keyguard install`, and real `git commit`s through the installed hook.
 *
 * What is real: the packed file list (package.json "files"), npm resolving and installing the
 * tarball and its dependencies into a new node_modules, the `keyguard` bin npm links, `npx`, the
 * hook install and git running the hook. One substitution: re2's install script (a native build
 * that takes minutes here) is skipped with --ignore-scripts, and the installed re2 is replaced by a
 * link to the checkout's own, already built re2. So this does not prove re2 builds on a user's
 * machine; it proves everything keyguard itself ships. KEYGUARD_TEST_REAL_INSTALL=1 runs the install
 * as a user would, install scripts included (re2 compiles: minutes).
 */
const REAL_INSTALL = process.env.KEYGUARD_TEST_REAL_INSTALL === '1';

interface PackResult {
  filename: string;
  files: Array<{ path: string }>;
}

// The checkout's npm cache: the tests run with a private HOME, where npm would start from nothing.
const NPM_CACHE = process.env.npm_config_cache ?? path.join(os.homedir(), '.npm');
let packDir: string;
let packed: PackResult;
let repo: TempRepo;
let installMs: number;

/** The machine's environment for npm (its ~/.npmrc: CA file, proxy), without the npm_* variables of an outer `npm test`. */
function npmEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, npm_config_cache: NPM_CACHE, npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' };
}

function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv = npmEnv()): { code: number; stdout: string; stderr: string } {
  const result = spawnSync('npm', args, { cwd, env, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** `npx keyguard …` in the test repository, with its isolated git environment. */
function npxKeyguard(args: string[]) {
  return npm(['exec', '--offline', '--', 'keyguard', ...args], repo.dir, { ...repo.env, npm_config_cache: NPM_CACHE, npm_config_update_notifier: 'false' });
}

beforeAll(() => {
  packDir = mkdtempSync(path.join(realpathSync(os.tmpdir()), 'keyguard-pack-'));
  // --ignore-scripts: prepack would rebuild dist/ under the other test files that run from it.
  const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], KEYGUARD_ROOT);
  if (pack.code !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  [packed] = JSON.parse(pack.stdout) as PackResult[];

  repo = newRepo();
  repo.write('package.json', `${JSON.stringify({ name: 'app', version: '1.0.0', private: true }, null, 2)}\n`);
  repo.write('.gitignore', 'node_modules/\n').git('add', 'package.json', '.gitignore');
  repo.git('commit', '-q', '-m', 'initial');

  const started = performance.now();
  const scripts = REAL_INSTALL ? [] : ['--ignore-scripts'];
  const args = ['install', '--save-dev', '--prefer-offline', ...scripts, '--no-audit', '--no-fund', path.join(packDir, packed.filename)];
  const install = npm(args, repo.dir);
  installMs = Math.round(performance.now() - started);
  if (install.code !== 0) throw new Error(`npm install of the tarball failed: ${install.stderr}`);
  if (REAL_INSTALL) return;
  const re2 = repo.path('node_modules/re2');
  rmSync(re2, { recursive: true, force: true });
  symlinkSync(realpathSync(path.join(KEYGUARD_ROOT, 'node_modules', 're2')), re2, 'dir');
}, 900_000);

afterAll(() => {
  removeRepos();
  if (packDir !== undefined) rmSync(packDir, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships the bin, the compiled sources and detectors, README and LICENSE, and no tests', () => {
    const files = packed.files.map((file) => file.path);
    const pkg = JSON.parse(readFileSync(path.join(KEYGUARD_ROOT, 'package.json'), 'utf8')) as { main: string; types: string };
    for (const file of ['package.json', 'README.md', 'LICENSE', 'bin/keyguard.js', 'dist/src/cli/run.js', 'dist/detectors/index.js', pkg.main, pkg.types]) {
      expect(files).toContain(file);
    }
    expect(files.filter((file) => file.includes('__tests__'))).toEqual([]);
    expect(files.filter((file) => file.startsWith('dist/src/tools/'))).toEqual([]);
    // Compiled JavaScript and declarations only: no TypeScript sources.
    expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
  });
});

describe('installed from the tarball into a fresh repository', () => {
  it('installs as a devDependency with its bin', () => {
    process.stderr.write(`keyguard tarball install${REAL_INSTALL ? ' (with install scripts)' : ''}: npm install took ${installMs} ms\n`);
    const appPackage = JSON.parse(readFileSync(repo.path('package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(appPackage.devDependencies.keyguard).toMatch(/^file:.*keyguard-\d+\.\d+\.\d+\.tgz$/);
    expect(lstatSync(repo.path('node_modules/keyguard')).isSymbolicLink()).toBe(false); // a real copy, not a link to the checkout
    expect(existsSync(repo.path('node_modules/keyguard/__tests__'))).toBe(false);
    expect(existsSync(repo.path('node_modules/.bin/keyguard'))).toBe(true);
    const version = npxKeyguard(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(KEYGUARD_ROOT, 'package.json'), 'utf8')).version);
  });

  it('starts the CLI from its pre-compiled bundle (npm unpacks dist/src after it: no mtime check there)', () => {
    const probe = spawnSync(
      process.execPath,
      ['-e', "const p = require('path'); const d = p.join(p.dirname(require.resolve('keyguard/package.json')), 'dist'); const b = require(p.join(d, 'src/cli/load-bundle.js')).loadBundle(d); console.log(b !== undefined, b !== undefined && b.compiled)"],
      { cwd: repo.dir, encoding: 'utf8' },
    );
    expect(probe.stdout.trim()).toBe('true false'); // used, with its code cache (same Node as the build)
  });

  it('exposes the programmatic API through package.json main', () => {
    const probe = spawnSync(process.execPath, ['-e', "const k = require('keyguard'); console.log(typeof k.scanStaged, typeof k.run)"], {
      cwd: repo.dir,
      encoding: 'utf8',
    });
    expect(probe.stdout.trim()).toBe('function function');
  });

  it('npx keyguard install, then a real commit of a secret is blocked, and allowed after keyguard allow', () => {
    const install = npxKeyguard(['install']);
    expect(install.code).toBe(0);
    const hooksDir = path.resolve(repo.dir, repo.git('rev-parse', '--git-path', 'hooks').trim());
    const hook = readFileSync(path.join(hooksDir, 'pre-commit'), 'utf8');
    expect(hook).toContain('./node_modules/keyguard/bin/keyguard.js');

    const fake = fakeSecret('stripe-secret-key');
    const head = repo.git('rev-parse', 'HEAD').trim();
    repo.write('config/billing.env', `# billing\n${fake.line}\n`).git('add', 'config/billing.env');
    const blocked = repo.gitResult('commit', '-m', 'add billing config');
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain('Commit blocked');
    expect(blocked.stderr).toContain('config/billing.env:2:');
    expect(`${blocked.stdout}${blocked.stderr}`).not.toContain(fake.secret);
    expect(repo.git('rev-parse', 'HEAD').trim()).toBe(head);
    const fingerprint = /npx keyguard allow (stripe-secret-key:[0-9a-f]{16})/.exec(blocked.stderr)?.[1];
    expect(fingerprint).toBeDefined();

    const allow = npxKeyguard(['allow', fingerprint!, '--reason', 'test fixture']);
    expect(allow.code).toBe(0);
    repo.git('add', '.keyguardignore');
    const allowed = repo.gitResult('commit', '-q', '-m', 'add billing config');
    expect(allowed.code).toBe(0);
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(['.keyguardignore', 'config/billing.env']);
  });
});
