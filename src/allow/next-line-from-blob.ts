import { Finding } from '../finding';
import { GitOptions } from '../git/exec';
import { readBlob } from '../git/blob';
import { lineAllows } from './inline';

/**
 * A finding whose line above is not an added line: the staged diff (`-U0`) does not contain it, so
 * whether it says `keyguard:allow-next-line` is only known from the staged file.
 */
export interface DeferredAllow {
  readonly finding: Finding;
}

/**
 * Drops the deferred findings whose line above, read from the staged blob (or the blob at
 * `revision`, for a scan of commits), allows them. Only files with such a finding are read (one
 * `git cat-file` each), so a clean commit costs nothing. Returns the findings kept and how many
 * were allowed.
 */
export async function settleNextLineAllows(
  git: GitOptions,
  findings: readonly Finding[],
  deferred: readonly DeferredAllow[],
  isDetectorId: (id: string) => boolean,
  revision?: string,
): Promise<{ kept: Finding[]; allowed: number }> {
  if (deferred.length === 0) return { kept: [...findings], allowed: 0 };
  const linesOf = new Map<string, Promise<string[]>>();
  const dropped = new Set<Finding>();
  for (const { finding } of deferred) {
    if (!linesOf.has(finding.file)) linesOf.set(finding.file, readBlob(git, finding.file, revision).then((text) => text.split('\n')));
    const lines = await linesOf.get(finding.file)!;
    const above = (lines[finding.line - 2] ?? '').replace(/\r$/, '');
    if (lineAllows(above, 'nextLine', finding.ruleId, isDetectorId)) dropped.add(finding);
  }
  return { kept: findings.filter((finding) => !dropped.has(finding)), allowed: dropped.size };
}
