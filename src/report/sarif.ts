import { Severity } from '../detector';
import { displayName, Finding } from '../finding';
import { ScanResult } from '../scan/scan-staged';
import { ToolInfo, toolInfo } from './tool-info';

/**
 * `--format sarif`: a SARIF 2.1.0 log (https://docs.oasis-open.org/sarif/sarif/v2.1.0/) for GitHub
 * code scanning and other SARIF viewers. Holds redacted values and fingerprints only, never a secret.
 * `__tests__/sarif.test.ts` validates it against the official schema.
 */

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The name of our fingerprint in `result.partialFingerprints`; versioned so a change of hash can be told apart. */
export const FINGERPRINT_NAME = 'keyguardFingerprint/v1';

/** Severity as SARIF `level`: a leaked secret is an error unless the detector rates it low-impact. */
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

/**
 * GitHub reads `properties.security-severity` (a CVSS-like score) to rank security alerts: over 9.0
 * is critical, 7.0–8.9 high, 4.0–6.9 medium, 3.9 or less low
 * (docs.github.com: code scanning, "SARIF support", reportingDescriptor object).
 */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

/** The SARIF log for one scan, as pretty-printed JSON text. */
export function formatSarif(result: ScanResult, tool: ToolInfo = toolInfo()): string {
  // Only the rules that fired: the catalogue has hundreds, and a viewer needs the ones results point at.
  const rules = firedRules([...result.findings, ...result.warnings]);
  const ruleIndex = new Map(rules.map((finding, index) => [finding.ruleId, index]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: tool.name, version: tool.version, informationUri: tool.informationUri, rules: rules.map(ruleOf) } },
        // Our columns are JavaScript string offsets.
        columnKind: 'utf16CodeUnits',
        results: [
          ...result.findings.map((finding) => resultOf(finding, ruleIndex.get(finding.ruleId) ?? -1, LEVEL[finding.severity])),
          // Below the config's failOn: reported, not blocking.
          ...result.warnings.map((finding) => resultOf(finding, ruleIndex.get(finding.ruleId) ?? -1, 'note')),
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** One finding per distinct rule id, in order of first appearance: it carries the rule's metadata. */
function firedRules(findings: readonly Finding[]): Finding[] {
  const byRule = new Map<string, Finding>();
  for (const finding of findings) if (!byRule.has(finding.ruleId)) byRule.set(finding.ruleId, finding);
  return [...byRule.values()];
}

function ruleOf(finding: Finding) {
  const name = displayName(finding.provider, finding.title);
  return {
    id: finding.ruleId,
    name,
    shortDescription: { text: `${name} committed to the repository` },
    fullDescription: { text: finding.description },
    help: { text: `If the secret is real: ${finding.remediation} If it is a false positive: add \`keyguard:allow\` on the line, or run \`keyguard allow <fingerprint>\`.` },
    defaultConfiguration: { level: LEVEL[finding.severity] },
    properties: { tags: ['security', 'secret'], precision: 'high', 'security-severity': SECURITY_SEVERITY[finding.severity] },
  };
}

function resultOf(finding: Finding, ruleIndex: number, level: 'error' | 'warning' | 'note') {
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level,
    message: {
      text: `${displayName(finding.provider, finding.title)} found: ${finding.redacted}. Fingerprint ${finding.fingerprint}.`,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(finding.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: finding.line, startColumn: finding.column },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_NAME]: finding.fingerprint },
    ...commitProperty(finding),
  };
}

/** Range scans name the commit that added the secret (`Finding.commit`); other scans have none. */
function commitProperty(finding: Finding): { properties?: { commit: string } } {
  const commit = 'commit' in finding ? finding.commit : undefined;
  return typeof commit === 'string' && commit !== '' ? { properties: { commit } } : {};
}

/** A repository path as a relative URI reference: each segment percent-encoded (spaces, `#`, `%`…). */
export function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
