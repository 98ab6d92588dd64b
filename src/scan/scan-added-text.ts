import { lineAllows } from '../allow/inline';
import { DeferredAllow } from '../allow/next-line-from-blob';
import { AddedText, lineText } from '../diff/added-text';
import { displayName, Finding } from '../finding';
import { fingerprintOf } from '../fingerprint';
import { redact } from '../redact';
import { DetectorCatalog } from './catalog';
import { findSecrets, locate, SecretMatch } from './find-secrets';

/** What a scan knows beyond the text: the detectors and the repository's allow-list. */
export interface ScanContext {
  readonly catalog: DetectorCatalog;
  /** Fingerprints from `.keyguardignore`. */
  readonly allowedFingerprints: ReadonlySet<string>;
  /** The config's allowed values (`allow.regexes`, `allow.stopwords`): true drops the finding. */
  readonly isAllowedValue?: (secret: string) => boolean;
}

/** Counts of findings let through, for the summary. */
export interface AllowedCounts {
  inline: number;
  fingerprint: number;
}

/**
 * Findings in one file's added text, after inline and fingerprint allow-listing. A finding whose
 * line above is an unchanged line (absent from the diff) goes into `deferred` when given, for
 * the caller to check that line for `keyguard:allow-next-line` (next-line-from-blob.ts).
 */
export function scanAddedText(
  file: string,
  added: AddedText,
  context: ScanContext,
  allowed: AllowedCounts,
  deferred?: DeferredAllow[],
): Finding[] {
  const findings: Finding[] = [];
  for (const match of findSecrets(added, context.catalog)) {
    const judged = judgeMatch(file, added, match, context, allowed);
    if (judged === undefined) continue;
    findings.push(judged.finding);
    if (judged.lineAboveUnknown) deferred?.push({ finding: judged.finding });
  }
  return findings;
}

/**
 * One match as a finding, unless the config's allowed values, an inline marker on its lines or
 * `.keyguardignore` allows it (then counted in `allowed`). `lineAboveUnknown`: the line above is
 * not in `added`, so a `keyguard:allow-next-line` there is for the caller to check.
 */
export function judgeMatch(
  file: string,
  added: AddedText,
  match: SecretMatch,
  context: ScanContext,
  allowed: AllowedCounts,
): { finding: Finding; lineAboveUnknown: boolean } | undefined {
  if (context.isAllowedValue?.(match.secret) === true) return undefined;
  const isDetectorId = (id: string): boolean => context.catalog.hasDetector(id);
  const { line, column, firstLine, lastLine } = locate(added, match);
  const inline = inlineAllowState(added, firstLine, lastLine, match.detector.id, isDetectorId);
  if (inline === 'allowed') {
    allowed.inline++;
    return undefined;
  }
  const { detector } = match;
  const fingerprint = fingerprintOf(detector.id, match.secret);
  if (context.allowedFingerprints.has(fingerprint)) {
    allowed.fingerprint++;
    return undefined;
  }
  const finding: Finding = {
    ruleId: detector.id,
    provider: detector.provider,
    title: detector.title,
    severity: detector.severity,
    file,
    line,
    column,
    fingerprint,
    redacted: redact(match.secret),
    description: detector.description ?? displayName(detector.provider, detector.title),
    remediation: detector.remediation,
  };
  return { finding, lineAboveUnknown: inline === 'line above unknown' };
}

/**
 * Whether inline markers allow a match spanning added lines `firstLine..lastLine`: a same-line
 * marker on one of them, or a next-line marker on the line above when that line is itself added.
 */
function inlineAllowState(
  added: AddedText,
  firstLine: number,
  lastLine: number,
  ruleId: string,
  isDetectorId: (id: string) => boolean,
): 'allowed' | 'not allowed' | 'line above unknown' {
  for (let index = firstLine; index <= lastLine; index++) {
    if (lineAllows(lineText(added, index), 'sameLine', ruleId, isDetectorId)) return 'allowed';
  }
  const lineNumber = added.lineNumbers[firstLine];
  if (firstLine > 0 && added.lineNumbers[firstLine - 1] === lineNumber - 1) {
    return lineAllows(lineText(added, firstLine - 1), 'nextLine', ruleId, isDetectorId) ? 'allowed' : 'not allowed';
  }
  return lineNumber > 1 ? 'line above unknown' : 'not allowed';
}

