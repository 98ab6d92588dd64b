import { Finding } from '../finding';
import { ScanResult } from '../scan/scan-staged';

/** `--format json`: a stable, versioned document. Fields are listed explicitly so nothing else leaks in. */
export function formatJson(result: ScanResult): string {
  const document = {
    version: 1,
    findings: result.findings.map(findingJson),
    // below the config's failOn: reported, not blocking
    warnings: result.warnings.map(findingJson),
    stats: {
      files: result.stats.files,
      lines: result.stats.lines,
      durationMs: result.stats.durationMs,
      ...(result.stats.commits === undefined ? {} : { commits: result.stats.commits }),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function findingJson(finding: Finding): Record<string, unknown> {
  return {
    ruleId: finding.ruleId,
    provider: finding.provider,
    severity: finding.severity,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    fingerprint: finding.fingerprint,
    redacted: finding.redacted,
    description: finding.description,
    remediation: finding.remediation,
    ...(finding.commit === undefined ? {} : { commit: finding.commit }),
  };
}
