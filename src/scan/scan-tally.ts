import { DeferredAllow } from '../allow/next-line-from-blob';
import { Severity } from '../detector';
import { AddedText } from '../diff/added-text';
import { Finding } from '../finding';
import { GitOptions } from '../git/exec';
import { AllowedCounts, scanAddedText } from './scan-added-text';
import { FileScanContext, scanFileDetectors } from './scan-file-detectors';
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
  readonly context: FileScanContext;
  /** Fingerprints recorded by `keyguard baseline` (`.keyguard-baseline`): allowed, counted apart. */
  readonly baseline: ReadonlySet<string>;
  /** The config's `failOn`: less severe findings are warnings. */
  readonly failOn: Severity;
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
  /** Findings whose line above is unchanged, for `keyguard:allow-next-line` (settled by scanResult). */
  readonly deferred: DeferredAllow[];
  files: number;
  lines: number;
}

export function emptyTally(): ScanTally {
  return { findings: [], skipped: [], allowed: { inline: 0, fingerprint: 0, baseline: 0 }, deferred: [], files: 0, lines: 0 };
}

/** One file as the scan sees it: its path, its added text (none for a binary file), its patch. */
export interface ScannedFile {
  readonly path: string;
  /** Undefined for a binary file (only file detectors see it). */
  readonly added?: AddedText;
  /** The raw patch section, whose `index` line names the staged blob (diff scans only). */
  readonly patch?: Buffer;
  /** The whole content (tree scans only). */
  readonly content?: Buffer;
  /** Short sha of the commit the lines were added in (range scans only). */
  readonly commit?: string;
}

/**
 * Scans one file (its added lines, or its whole content as added text) into the tally: content
 * detectors, then the file detectors whose paths match it, then the baseline.
 */
export function scanFileText(file: ScannedFile, session: ScanSession, tally: ScanTally): void {
  const { added } = file;
  const deferred: DeferredAllow[] = [];
  const content = added === undefined ? [] : scanAddedText(file.path, added, session.context, tally.allowed, deferred);
  if (added !== undefined) {
    tally.files++;
    tally.lines += added.lineNumbers.length;
  }
  const findings = scanFileDetectors({ path: file.path, patch: file.patch, content: file.content, added }, content, session.context, tally.allowed);
  const named = new Map<Finding, Finding>();
  for (const finding of findings) {
    if (session.baseline.has(finding.fingerprint)) {
      tally.allowed.baseline++;
      continue;
    }
    const withCommit = file.commit === undefined ? finding : { ...finding, commit: file.commit };
    named.set(finding, withCommit);
    tally.findings.push(withCommit);
  }
  for (const entry of deferred) {
    const finding = named.get(entry.finding);
    if (finding !== undefined) tally.deferred.push({ ...entry, finding });
  }
}
