import { SEVERITIES, Severity } from '../detector';
import { Finding } from '../finding';

/**
 * Splits findings by the config's `failOn`: those at least as severe block the commit, the rest
 * are reported as warnings only. SEVERITIES runs from most to least severe.
 */
export function splitBySeverity(findings: readonly Finding[], failOn: Severity): { blocking: Finding[]; warnings: Finding[] } {
  const threshold = SEVERITIES.indexOf(failOn);
  const blocking: Finding[] = [];
  const warnings: Finding[] = [];
  for (const finding of findings) (SEVERITIES.indexOf(finding.severity) <= threshold ? blocking : warnings).push(finding);
  return { blocking, warnings };
}
