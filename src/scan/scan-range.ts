import { countCommits, forEachRangeFileDiff, RangeSpec } from '../git/range';
import { ContextRescan } from './context-rescan';
import { scanFileDiffs } from './scan-file-diffs';
import { openScan, ScanOptions, ScanResult, scanResult } from './scan-staged';

export interface RangeScanOptions extends ScanOptions {
  readonly range: RangeSpec;
  /** How the range is named in the report, e.g. `commits origin/main..HEAD`. */
  readonly scope: string;
  /** `push` when run by the pre-push hook (the report says the push is blocked). Default `range`. */
  readonly mode?: 'range' | 'push';
}

/**
 * Scans the lines each commit of a range added (for CI and pre-push): the same per-file pipeline as
 * the staged scan, fed by one streamed `git log -p`; each finding names its commit.
 */
export async function scanRange(options: RangeScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const session = await openScan(options);
  const { onProgress } = options;
  const total = onProgress === undefined ? 0 : await countCommits(options.range, session.git);
  let commits = 0;
  const rescan = new ContextRescan(session);
  const tally = await scanFileDiffs(session, (onFile) =>
    forEachRangeFileDiff(options.range, session.git, {
      onCommit: () => {
        commits++;
        onProgress?.(commits, total);
      },
      onFile: ({ commit, file, patch }) => {
        const diff = { path: file.path, status: file.status, patch, commit };
        onFile(diff);
        rescan.consider(diff);
      },
    }),
  );
  await rescan.run(tally); // multi-line secrets only partly added: read at each commit
  const result = await scanResult(session, tally, started, { mode: options.mode ?? 'range', scope: options.scope });
  return { ...result, stats: { ...result.stats, commits } };
}
