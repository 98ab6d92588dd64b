import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

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
  /** Commands started ahead of need: a call with the same arguments takes its process instead of spawning one. */
  early?: EarlyGit;
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
  const git = options.early?.take(args) ?? startGit(args, options);
  git.read((chunk) => {
    if (git.failure !== undefined) return;
    try {
      onChunk(chunk);
    } catch (error) {
      git.failure = error;
      git.child.kill();
    }
  });
  return git.ended.then((code) => {
    if (git.failure !== undefined) throw git.failure;
    if (code === 0) return;
    return gitVersion(options).then((version) => {
      throw new GitError(args, code, Buffer.concat(git.stderr).toString('utf8'), version);
    });
  });
}

/** A running git command. Its output is held (up to EARLY_OUTPUT_BYTES, then git waits) until read() is called. */
interface StartedGit {
  readonly child: ChildProcessWithoutNullStreams;
  readonly stderr: Buffer[];
  /** Resolves with the exit code once git ended and its output was read (null if it never ran). */
  readonly ended: Promise<number | null>;
  /** Hands the held output, then all further output, to `onChunk`. */
  read(onChunk: (chunk: Buffer) => void): void;
  failure?: unknown;
}

/**
 * Output held for a command nobody reads yet. The stream must have a reader from the start: Node
 * discards the unread output of a child that has exited (its stdio is flushed).
 */
const EARLY_OUTPUT_BYTES = 1 << 20;

function startGit(args: readonly string[], options: GitOptions): StartedGit {
  const child = spawn('git', args, { cwd: options.cwd, env: gitEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
  const held: Buffer[] = [];
  let heldBytes = 0;
  let reader: ((chunk: Buffer) => void) | undefined;
  const git: StartedGit = {
    child,
    stderr: [],
    ended: new Promise((resolve) => child.on('close', resolve)),
    read(onChunk) {
      reader = onChunk;
      for (const chunk of held.splice(0)) onChunk(chunk);
      child.stdout.resume();
    },
  };
  child.stdout.on('data', (chunk: Buffer) => {
    if (reader !== undefined) return reader(chunk);
    held.push(chunk);
    heldBytes += chunk.length;
    if (heldBytes >= EARLY_OUTPUT_BYTES) child.stdout.pause();
  });
  child.on('error', (error: NodeJS.ErrnoException) => {
    git.failure = error.code === 'ENOENT' ? new GitNotFoundError(options.env.PATH) : error;
  });
  child.stdin.on('error', () => undefined); // git may exit before reading it all: its exit code says why
  child.stdin.end(options.input); // empty unless given: git never waits on a terminal
  child.stderr.on('data', (chunk: Buffer) => git.stderr.push(chunk));
  return git;
}

/**
 * git commands started before their output is wanted, so that git works while keyguard loads its
 * detectors and configuration instead of after. Their output is held (up to EARLY_OUTPUT_BYTES,
 * then git blocks on the full pipe, so a big diff is not read ahead) until streamGit takes the
 * process; discard() kills those never taken.
 */
export class EarlyGit {
  private readonly started = new Map<string, StartedGit>();

  start(args: readonly string[], options: GitOptions): void {
    this.started.set(args.join('\0'), startGit(args, options));
  }

  take(args: readonly string[]): StartedGit | undefined {
    const key = args.join('\0');
    const git = this.started.get(key);
    this.started.delete(key);
    return git;
  }

  /** Kills the commands never taken; resolves once they have exited. */
  discard(): Promise<void> {
    const untaken = [...this.started.values()];
    this.started.clear();
    for (const git of untaken) {
      git.child.stdout.destroy(); // its held output is not wanted; a paused stream would keep the process open
      git.child.kill();
    }
    return Promise.all(untaken.map((git) => git.ended)).then(() => undefined);
  }
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
