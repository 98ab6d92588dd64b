import { symlinkSync } from 'node:fs';
import { FakeSecret, fakeSecret } from './fake-secrets';
import { capturedOutputs, KEYGUARD_ROOT, RunResult, TempRepo } from './temp-repo';

/**
 * The scaffolding the end-to-end test files share: temp repositories removed after the file's
 * tests, fake secrets planted so a final check can prove none leaked, the hook installed as a user
 * would, and JSON scans. Jest loads this module afresh for each test file, so the lists below (and
 * `capturedOutputs`) belong to one file.
 */

const repos: TempRepo[] = [];

/** Every secret planted by this test file: its leak check proves none was printed. */
export const planted: string[] = [];

/** Registers the file's `afterAll` that removes its temp repositories: call once, at the top. */
export function useSuite(): void {
  afterAll(removeRepos);
}

/**
 * Registers an `afterAll` leak check, for files whose last check is a hook rather than a test. It
 * asks for no minimum of planted secrets, so a run filtered to a few tests (`jest -t`) still passes.
 */
export function registerLeakCheck(): void {
  afterAll(() => expectNoSecretLeaked(0));
}

/** A fresh repository, removed by `removeRepos` (the `afterAll` of `useSuite`). */
export function newRepo(): TempRepo {
  const repo = TempRepo.create();
  repos.push(repo);
  return repo;
}

export function removeRepos(): void {
  for (const repo of repos.splice(0)) repo.remove();
}

/** A repository with one commit (README.md), so later commits have a HEAD to diff against. */
export function repoWithHistory(readme = '# demo\n'): TempRepo {
  const repo = newRepo();
  repo.write('README.md', readme).git('add', 'README.md');
  repo.git('commit', '-q', '-m', 'initial');
  return repo;
}

/** Writes and commits one file (hooks run); returns the new commit's short hash. */
export function commitFile(repo: TempRepo, file: string, content: string, message = `add ${file}`): string {
  repo.write(file, content).git('add', '--', file);
  repo.git('commit', '-q', '-m', message);
  return repo.git('rev-parse', '--short', 'HEAD').trim();
}

/** A format-valid fake secret for `detectorId`, remembered for the leak check. */
export function plant(detectorId: string): FakeSecret {
  const fake = fakeSecret(detectorId);
  planted.push(fake.secret);
  return fake;
}

/**
 * No captured output holds a planted secret in full, nor its middle (a redaction that showed all
 * but the first and last few characters would still be a leak). Only middles of 12+ characters:
 * a shorter one could occur in the output by chance. `minimumPlanted` keeps the check from
 * passing vacuously.
 */
export function expectNoSecretLeaked(minimumPlanted: number): void {
  expect(planted.length).toBeGreaterThanOrEqual(minimumPlanted);
  const output = capturedOutputs.join('\n');
  for (const secret of planted) {
    const middle = secret.slice(6, -4);
    expect({ leaked: output.includes(secret) || (middle.length >= 12 && output.includes(middle)) }).toEqual({ leaked: false });
  }
}

/** keyguard in the repository's node_modules (a symlink to this checkout), which .gitignore ignores. */
export function linkKeyguard(repo: TempRepo): void {
  repo.write('node_modules/.keep', '');
  symlinkSync(KEYGUARD_ROOT, repo.path('node_modules/keyguard'));
  repo.write('.gitignore', 'node_modules/\n');
}

export interface InstallOptions {
  /** Environment for `keyguard install` (default: the repository's own). */
  env?: NodeJS.ProcessEnv;
  /** Commit .gitignore first, so it is not part of the tests' staged changes (default: left untracked). */
  commitGitignore?: boolean;
}

/** Installs the hook as a user would: keyguard in node_modules (ignored), then `keyguard install`. */
export function installHook(repo: TempRepo, options: InstallOptions = {}): void {
  linkKeyguard(repo);
  if (options.commitGitignore) {
    repo.git('add', '.gitignore');
    repo.git('commit', '-q', '--no-verify', '-m', 'ignore node_modules');
  }
  expect(repo.keyguard(['install'], { env: options.env }).code).toBe(0);
}

/** One finding of `--format json`, as the tests read it. */
export interface JsonFinding {
  ruleId: string;
  provider: string;
  severity: string;
  file: string;
  line: number;
  /** Absent for whole-file findings (key stores, key files). */
  column?: number;
  fingerprint: string;
  redacted: string;
  description: string;
  remediation: string;
  /** Range scans only: the commit that added the line. */
  commit?: string;
}

export interface JsonScan extends RunResult {
  findings: JsonFinding[];
  /** Findings below the config's failOn: reported, not blocking. */
  warnings: JsonFinding[];
  stats: Record<string, number>;
}

export interface ScanJsonOptions {
  /** What to scan (default `--staged`): e.g. `['--range', 'HEAD~2..HEAD']` or paths. */
  args?: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** `keyguard scan … --format json`; fails the test unless it exits 0 or 1 with valid JSON. */
export function scanJson(repo: TempRepo, options: ScanJsonOptions = {}): JsonScan {
  const result = repo.keyguard(['scan', ...(options.args ?? ['--staged']), '--format', 'json'], options);
  if (result.code !== 0 && result.code !== 1) throw new Error(`scan exited ${result.code}: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as Pick<JsonScan, 'findings' | 'warnings' | 'stats'>;
  return { ...result, findings: report.findings, warnings: report.warnings, stats: report.stats };
}

/** Findings reduced to what the tests assert: detector, file and line. */
export function where(scan: JsonScan): Array<[string, string, number]> {
  return scan.findings.map((finding) => [finding.ruleId, finding.file, finding.line]);
}
