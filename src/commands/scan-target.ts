import { Io } from '../cli/io';
import { progressReporter } from '../cli/progress';
import { UsageError } from '../cli/usage-error';
import { GitError } from '../git/exec';
import { RangeSpec } from '../git/range';
import { ScanResult, scanStaged } from '../scan/scan-staged';
import type { RangeScanOptions } from '../scan/scan-range';

/** The scan-mode flags of `keyguard scan`, as parsed. */
export interface ScanTargetFlags {
  readonly range?: string;
  readonly 'pre-push'?: boolean;
  readonly stdin?: boolean;
  /** The name of the --stdin text. */
  readonly path?: string;
}

/**
 * Picks what `keyguard scan` reads from its flags and runs that scan: the staged changes by
 * default, a range of commits, the commits a push sends (the pre-push hook's stdin), tracked
 * files (`paths`), or standard input. Modes
 * that read many things report progress on a TTY only.
 */
export async function scanTarget(flags: ScanTargetFlags, paths: readonly string[], io: Io): Promise<ScanResult> {
  const base = { cwd: io.cwd, env: io.env };
  const modes = [flags.range !== undefined, flags['pre-push'] === true, flags.stdin === true, paths.length > 0].filter(Boolean).length;
  if (modes > 1) throw new UsageError('choose one of --range, --pre-push, --stdin and paths');
  if (flags.path !== undefined && flags.stdin !== true) throw new UsageError('--path names the --stdin text: use it with --stdin');
  if (flags.stdin === true) return scanStdin(flags.path, io);
  if (paths.length > 0) return scanTreeWithProgress(paths, io);
  if (flags.range !== undefined) {
    return scanRangeWithProgress({ ...base, range: parseRangeArgument(flags.range), scope: `commits ${flags.range}` }, io);
  }
  if (flags['pre-push'] === true) return scanPush(io);
  return scanStaged(base);
}

async function scanRangeWithProgress(options: RangeScanOptions, io: Io): Promise<ScanResult> {
  const { scanRange } = await import('../scan/scan-range');
  const progress = progressReporter(io, 'commits');
  try {
    return await scanRange({ ...options, onProgress: progress?.update });
  } finally {
    progress?.done();
  }
}

async function scanTreeWithProgress(paths: readonly string[], io: Io): Promise<ScanResult> {
  const { scanTree } = await import('../scan/scan-tree');
  const progress = progressReporter(io, 'files');
  try {
    return await scanTree({ cwd: io.cwd, env: io.env, paths, onProgress: progress?.update });
  } catch (error) {
    // git ls-files --error-unmatch: a mistyped path is the user's to fix, not a git failure.
    const unmatched = error instanceof GitError ? /pathspec '(.*)' did not match/.exec(error.stderr) : null;
    if (unmatched !== null) throw new UsageError(`no tracked file matches "${unmatched[1]}" (only files git tracks are scanned)`);
    throw error;
  } finally {
    progress?.done();
  }
}

/** `--stdin`: the whole input as one text, named by --path (default `<stdin>`). */
async function scanStdin(name: string | undefined, io: Io): Promise<ScanResult> {
  const { scanText } = await import('../scan/scan-text');
  const input = await (io.readStdin ?? noStdin)();
  return scanText(input.toString('utf8'), { cwd: io.cwd, env: io.env, path: name ?? '<stdin>' });
}

/** The pre-push hook: git's ref lines on stdin name what is pushed; deletions push nothing. */
async function scanPush(io: Io): Promise<ScanResult> {
  const { describePush, parsePushLines, pushedRange } = await import('../git/pushed-range');
  const refs = parsePushLines((await (io.readStdin ?? noStdin)()).toString('utf8'));
  const git = { cwd: io.cwd, env: io.env };
  const range = await pushedRange(refs, git);
  const scope = describePush(refs);
  if (range === undefined) {
    return { findings: [], warnings: [], stats: { files: 0, lines: 0, durationMs: 0 }, skipped: [], allowed: { inline: 0, fingerprint: 0, baseline: 0 }, mode: 'push', scope };
  }
  return scanRangeWithProgress({ ...git, range, scope, mode: 'push' }, io);
}

async function noStdin(): Promise<Buffer> {
  return Buffer.alloc(0);
}

/**
 * A `--range` argument as git revisions: `A..B`, `A...B`, `A^!` and `^A` walk history as git does; a
 * lone revision means that one commit (`--no-walk`), not its whole history.
 */
export function parseRangeArgument(text: string): RangeSpec {
  // git would read a leading '-' as an option: never pass one through.
  if (text === '' || text.startsWith('-')) {
    throw new UsageError(`--range needs a revision range like origin/main..HEAD or a commit, not ${JSON.stringify(text.slice(0, 60))}`);
  }
  if (text.includes('..') || text.includes('^!') || text.includes('^@') || text.startsWith('^')) return { revisions: [text] };
  return { revisions: [text], noWalk: true };
}
