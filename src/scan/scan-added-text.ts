import { isAllowedInline } from '../allow/inline';
import { AddedText, lineText } from '../diff/added-text';
import { displayName, Finding } from '../finding';
import { fingerprintOf } from '../fingerprint';
import { redact } from '../redact';
import { DetectorCatalog } from './catalog';
import { findSecrets, locate } from './find-secrets';

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

/** Findings in one file's added text, after inline and fingerprint allow-listing. */
export function scanAddedText(file: string, added: AddedText, context: ScanContext, allowed: AllowedCounts): Finding[] {
  const findings: Finding[] = [];
  for (const match of findSecrets(added, context.catalog)) {
    if (context.isAllowedValue?.(match.secret) === true) continue;
    const { line, column, firstLine, lastLine } = locate(added, match);
    const spannedLines: string[] = [];
    for (let index = firstLine; index <= lastLine; index++) spannedLines.push(lineText(added, index));
    if (isAllowedInline(spannedLines)) {
      allowed.inline++;
      continue;
    }
    const { detector } = match;
    const fingerprint = fingerprintOf(detector.id, match.secret);
    if (context.allowedFingerprints.has(fingerprint)) {
      allowed.fingerprint++;
      continue;
    }
    findings.push({
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
    });
  }
  return findings;
}
