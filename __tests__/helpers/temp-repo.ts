import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository root of keyguard itself (tests run from dist/__tests__/…). */
export const KEYGUARD_ROOT = path.resolve(__dirname, '..', '..', '..');
export const KEYGUARD_BIN = path.join(KEYGUARD_ROOT, 'bin', 'keyguard.js');

const TEMP_ROOT = realpathSync(os.tmpdir());

/**
 * An environment isolated from the machine's git configuration (no global or system config, a
 * private HOME), so tests see only what they set up.
 */
export function isolatedEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
    LANG: 'C',
    ...extra,
  };
  return env;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function toResult(result: SpawnSyncReturns<string>): RunResult {
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Every output any test saw from keyguard or git (and keyguard's state files read by snapshots), so
 * a final check (`expectNoSecretLeaked` in suite.ts) can prove no secret leaked.
 */
export const capturedOutputs: string[] = [];

/** A real git repository in a fresh temp directory. */
export class TempRepo {
  readonly dir: string;
  readonly home: string;
  readonly env: NodeJS.ProcessEnv;

  private constructor(base: string) {
    this.home = path.join(base, 'home');
    this.dir = path.join(base, 'repo');
    mkdirSync(this.home);
    mkdirSync(this.dir);
    writeFileSync(path.join(this.home, '.gitconfig'), '');
    this.env = isolatedEnv(this.home);
  }

  /** Creates and `git init`s a repository (branch main) in a new temp directory. */
  static create(): TempRepo {
    const base = mkdtempSync(path.join(TEMP_ROOT, 'keyguard-test-'));
    const repo = new TempRepo(base);
    repo.git('init', '-q', '-b', 'main');
    return repo;
  }

  /** Absolute path of a file in the work tree. */
  path(file: string): string {
    return path.join(this.dir, file);
  }

  /** Writes a file in the work tree (creating directories). */
  write(file: string, content: string | Buffer): this {
    const target = this.path(file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    return this;
  }

  /** Runs git in the repository; throws if it fails. */
  git(...args: string[]): string {
    const result = this.gitResult(...args);
    if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
    return result.stdout;
  }

  /** Runs git and returns its exit code and output (for commands expected to fail, like a blocked commit). */
  gitResult(...args: string[]): RunResult {
    const result = toResult(spawnSync('git', args, { cwd: this.dir, env: this.env, encoding: 'utf8' }));
    capturedOutputs.push(result.stdout, result.stderr);
    return result;
  }

  /** Runs the real keyguard CLI (bin/keyguard.js) in the repository. */
  keyguard(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): RunResult {
    const result = toResult(
      spawnSync(process.execPath, [KEYGUARD_BIN, ...args], {
        cwd: options.cwd ?? this.dir,
        env: { ...this.env, ...options.env },
        encoding: 'utf8',
      }),
    );
    capturedOutputs.push(result.stdout, result.stderr);
    return result;
  }

  /** Deletes the temp directory; refuses anything outside the system temp directory. */
  remove(): void {
    const base = path.dirname(this.dir);
    if (!base.startsWith(TEMP_ROOT + path.sep) || !path.basename(base).startsWith('keyguard-test-')) {
      throw new Error(`refusing to delete ${base}: not a keyguard test directory`);
    }
    rmSync(base, { recursive: true, force: true });
  }
}
