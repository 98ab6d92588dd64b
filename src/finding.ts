import { Severity } from './detector';

/** A reported secret. Holds no secret: only its redacted form and fingerprint. */
export interface Finding {
  /** Detector id, e.g. `github-pat`. */
  readonly ruleId: string;
  readonly provider: string;
  /** What was found, e.g. `Personal access token (classic)`. */
  readonly title: string;
  readonly severity: Severity;
  /** Path relative to the repository root, as git stores it. */
  readonly file: string;
  /** 1-based line in the new version of the file. */
  readonly line: number;
  /** 1-based column where the secret starts. Absent for a whole binary file (its line is 1). */
  readonly column?: number;
  /** `<rule>:<hash>`: what `keyguard allow` takes. */
  readonly fingerprint: string;
  /** A short prefix and the length, e.g. `ghp_Ab…(40 chars)`. */
  readonly redacted: string;
  readonly description: string;
  readonly remediation: string;
  /** Short sha of the commit that added the secret (range scans only). */
  readonly commit?: string;
}

/** Provider and title, e.g. `GitHub Personal access token`: the heading of a finding, and its description when the detector has none. */
export function displayName(provider: string, title: string): string {
  return `${provider} ${title}`;
}
