import { spawn } from 'node:child_process';

/**
 * The one place keyguard starts git. Everything else builds an argv and calls these, so the exact
 * arguments are unit-testable and the environment hardening lives here only.
 *
 * A plain spawn rather than simple-git: on the hook's hot path it saved ~80 ms per call (measured
 * when the project started; see issue 2), and the cold paths (install, baseline) need nothing more,
 * so simple-git is no longer a dependency.
 */

export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
    /** What `git --version` printed, read after the failure (an old git is a likely cause). */
    readonly version?: string,
  ) {
    super(`git ${args.join(' ')} failed${exitCode === null ? '' : ` (exit ${exitCode})`}: ${stderr.trim() || 'no message'}`);
    this.name = 'GitError';
  }
}

/**
 * The environment git runs with: the caller's (so GIT_DIR, GIT_WORK_TREE and GIT_INDEX_FILE, which
 * git sets for hooks and for `git commit -a`/`git commit <path>`, are honoured), minus variables that
 * would change the diff's shape behind our back.
 */
export function gitEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = { ...base };
  delete env.GIT_DIFF_OPTS; // overrides -U on the command line (git-diff(1), "GIT_DIFF_OPTS")
  delete env.GIT_EXTERNAL_DIFF; // an external diff program would replace the patch format
  delete env.GIT_PAGER;
  env.GIT_OPTIONAL_LOCKS = '0'; // never take index.lock: `git commit` holds it while the hook runs
  env.LC_ALL = 'C'; // stable, untranslated messages
  return env;
}

/** git could not be started at all: it is not installed, or not on the PATH the hook runs with. */
export class GitNotFoundError extends Error {
  constructor(readonly path: string | undefined) {
    super('git was not found on the PATH');
    this.name = 'GitNotFoundError';
  }
}

export interface GitOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Written to git's standard input (for `--stdin` commands); none by default. */
  input?: string;
}

/** Runs git to completion and returns its whole standard output. For small outputs only. */
export function runGit(args: readonly string[], options: GitOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    streamGit(args, options, (chunk) => chunks.push(chunk)).then(() => resolve(Buffer.concat(chunks)), reject);
  });
}

/**
 * Runs git and hands its standard output to `onChunk` as it arrives, so a huge diff is never held
 * whole. Rejects with GitError on a non-zero exit.
 */
export function streamGit(args: readonly string[], options: GitOptions, onChunk: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: options.cwd, env: gitEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.on('error', () => undefined); // git may exit before reading it all: its exit code says why
    child.stdin.end(options.input); // empty unless given: git never waits on a terminal
    const stderr: Buffer[] = [];
    let failure: unknown;
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure !== undefined) return;
      try {
        onChunk(chunk);
      } catch (error) {
        failure = error;
        child.kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      failure = error.code === 'ENOENT' ? new GitNotFoundError(options.env.PATH) : error;
      reject(failure);
    });
    child.on('close', (code) => {
      if (failure !== undefined) reject(failure);
      else if (code === 0) resolve();
      else void gitVersion(options).then((version) => reject(new GitError(args, code, Buffer.concat(stderr).toString('utf8'), version)));
    });
  });
}

/** `git --version`, or undefined if even that fails. Never rejects. */
function gitVersion(options: GitOptions): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn('git', ['--version'], { cwd: options.cwd, env: gitEnv(options.env), stdio: ['ignore', 'pipe', 'ignore'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => resolve(code === 0 ? Buffer.concat(out).toString('utf8').trim() : undefined));
  });
}
