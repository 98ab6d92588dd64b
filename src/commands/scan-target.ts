import { Io } from '../cli/io';
import { UsageError } from '../cli/usage-error';
import { RangeSpec } from '../git/range';
import { ScanResult, scanStaged } from '../scan/scan-staged';
import { progressReporter } from '../cli/progress';

/** The scan-mode flags of `keyguard scan`, as parsed. */
export interface ScanTargetFlags {
  readonly range?: string;
}

/**
 * Picks what `keyguard scan` reads from its flags and runs that scan: the staged changes by
 * default, or a range of commits. Modes that read many things report progress on a TTY only.
 */
export async function scanTarget(flags: ScanTargetFlags, io: Io): Promise<ScanResult> {
  const base = { cwd: io.cwd, env: io.env };
  if (flags.range !== undefined) {
    const { scanRange } = await import('../scan/scan-range');
    const progress = progressReporter(io, 'commits');
    try {
      return await scanRange({ ...base, range: parseRangeArgument(flags.range), label: flags.range, onProgress: progress?.update });
    } finally {
      progress?.done();
    }
  }
  return scanStaged(base);
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
