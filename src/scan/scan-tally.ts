import { AddedText } from '../diff/added-text';
import { Finding } from '../finding';
import { GitOptions } from '../git/exec';
import { AllowedCounts, ScanContext, scanAddedText } from './scan-added-text';
import type { SkippedFile } from './scan-staged';

/**
 * What every scan mode (staged, range, tree, stdin) shares: where it runs, what it may skip and what
 * is allowed. Built once per scan by `openScan` (scan-staged.ts), then handed to each file.
 */
export interface ScanSession {
  /** git options with `cwd` at the repository root. */
  readonly git: GitOptions;
  readonly root: string;
  /** Paths the configuration excludes from scanning. */
  readonly isExcluded: (path: string) => boolean;
  readonly context: ScanContext;
  /** Fingerprints recorded by `keyguard baseline` (`.keyguard-baseline`): allowed, counted apart. */
  readonly baseline: ReadonlySet<string>;
}

/** Findings let through, for the summary: inline comments, `.keyguardignore`, and the baseline. */
export interface ScanAllowedCounts extends AllowedCounts {
  baseline: number;
}

/** A scan's running totals, filled file by file. */
export interface ScanTally {
  readonly findings: Finding[];
  readonly skipped: SkippedFile[];
  readonly allowed: ScanAllowedCounts;
  files: number;
  lines: number;
}

export function emptyTally(): ScanTally {
  return { findings: [], skipped: [], allowed: { inline: 0, fingerprint: 0, baseline: 0 }, files: 0, lines: 0 };
}

/**
 * Scans one file's text (its added lines, or its whole content as added text) into the tally.
 * `commit` (a short sha) names the commit the lines were added in, for range scans.
 */
export function scanFileText(path: string, added: AddedText, session: ScanSession, tally: ScanTally, commit?: string): void {
  tally.files++;
  tally.lines += added.lineNumbers.length;
  for (const finding of scanAddedText(path, added, session.context, tally.allowed)) {
    if (session.baseline.has(finding.fingerprint)) tally.allowed.baseline++;
    else tally.findings.push(commit === undefined ? finding : { ...finding, commit });
  }
}
