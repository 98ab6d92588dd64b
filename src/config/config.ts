import { Detector, Severity } from '../detector';

/**
 * keyguard's configuration, as found at the repository root in `package.json#keyguard`,
 * `.keyguardrc[.json|.yaml|.yml|.js|.cjs|.mjs|.ts]` or `keyguard.config.[js|cjs|mjs|ts]` (see
 * load-config.ts and docs/configuration.md). Validated whole before any scan (validate-config.ts).
 */
export interface KeyguardConfig {
  /**
   * Globs (picomatch syntax, matched against the path from the repository root) of files never
   * scanned, e.g. `["fixtures/**", "**\/*.snap"]`. Default: none.
   */
  readonly exclude: readonly string[];
  /** Ids of built-in detectors that never run, e.g. `["generic-password"]`. Default: none. */
  readonly disable: readonly string[];
  /** Values that are never secrets, whatever detector finds them. */
  readonly allow: AllowedValuesConfig;
  /** The repository's own detectors, run like the built-in ones (ids must not clash with them). */
  readonly detectors: readonly Detector[];
  /** Minimum entropies of the generic detectors (`generic-secret`, `generic-password`). */
  readonly entropy: EntropyThresholds;
  /**
   * The least severe finding that blocks a commit. Less severe findings are printed as warnings and
   * the scan exits 0. Default `low`: every finding blocks.
   */
  readonly failOn: Severity;
}

export interface AllowedValuesConfig {
  /** RE2 patterns: a finding whose secret matches one (anywhere in it) is dropped. Default: none. */
  readonly regexes: readonly string[];
  /** Words: a finding whose secret contains one (ignoring case) is dropped. Default: none. */
  readonly stopwords: readonly string[];
}

/**
 * Shannon entropy (bits per character) a value assigned to a secret-looking name needs before the
 * generic detectors report it, per alphabet (see src/validators/assigned-value.ts for why each
 * alphabet has its own ceiling). Raise them to report fewer, lower them to report more.
 */
export interface EntropyThresholds {
  /** Values of hex digits only (ceiling 4.0). Default 3.0. */
  readonly hex: number;
  /** Values of `A-Za-z0-9+/=_-` (ceiling 6.0). Default 3.5. */
  readonly base64: number;
  /** Values with other symbols. Default 3.5. */
  readonly other: number;
  /** Passwords (`generic-password`), which people choose and are shorter. Default 3.0. */
  readonly password: number;
}

export const DEFAULT_ENTROPY: EntropyThresholds = { hex: 3.0, base64: 3.5, other: 3.5, password: 3.0 };

export const DEFAULT_CONFIG: KeyguardConfig = {
  exclude: [],
  disable: [],
  allow: { regexes: [], stopwords: [] },
  detectors: [],
  entropy: DEFAULT_ENTROPY,
  failOn: 'low',
};

/** One thing wrong with a config file. */
export interface ConfigProblem {
  readonly file: string;
  /** Dotted path of the offending key, e.g. `exclude[2]`. */
  readonly key: string;
  readonly message: string;
}

/** Every problem of a config file, reported together before any scan. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(problems.map((problem) => `${problem.file}: ${problem.key}: ${problem.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}
