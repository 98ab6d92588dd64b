import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Finding } from '../finding';
import { GitOptions, runGit } from '../git/exec';
import { writeFileAtomically } from './file-lock';

/**
 * The findings of the most recent blocked scan, for `keyguard allow --last`. Kept in the git
 * directory (never committed, per work tree) and holding what the report showed: fingerprints,
 * redacted values and locations, never a secret.
 */
export interface LastScanRecord {
  readonly version: 1;
  /** ISO time of the scan. */
  readonly time: string;
  readonly findings: readonly LastScanFinding[];
}

export interface LastScanFinding {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly severity: string;
  readonly file: string;
  readonly line: number;
  readonly redacted: string;
}

/** `git rev-parse --git-path keyguard/last-scan.json`: honours GIT_DIR, worktrees and GIT_COMMON_DIR layouts. */
export function lastScanPathArgs(): string[] {
  return ['rev-parse', '--git-path', 'keyguard/last-scan.json'];
}

async function lastScanPath(git: GitOptions): Promise<string> {
  const output = (await runGit(lastScanPathArgs(), git)).toString('utf8').replace(/\n$/, '');
  return path.resolve(git.cwd, output); // relative paths are relative to where git ran
}

/**
 * Records a blocked scan's findings (replacing the previous record). Best effort: returns false
 * instead of throwing, so a read-only git directory never turns a findings report into an error.
 */
export async function recordLastScan(git: GitOptions, findings: readonly Finding[]): Promise<boolean> {
  try {
    await writeRecord(await lastScanPath(git), findings);
    return true;
  } catch {
    return false;
  }
}

async function writeRecord(file: string, findings: readonly Finding[]): Promise<void> {
  const record: LastScanRecord = {
    version: 1,
    time: new Date().toISOString(),
    findings: findings.map(({ fingerprint, ruleId, severity, file: where, line, redacted }) => ({ fingerprint, ruleId, severity, file: where, line, redacted })),
  };
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomically(file, `${JSON.stringify(record, null, 2)}\n`);
}

/** The last blocked scan's record, or undefined when none was recorded. */
export async function readLastScan(git: GitOptions): Promise<LastScanRecord | undefined> {
  const file = await lastScanPath(git);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const record = JSON.parse(text) as LastScanRecord;
  return record.version === 1 && Array.isArray(record.findings) ? record : undefined;
}
