/**
 * keyguard's configuration, as found in `package.json#keyguard`, `.keyguardrc[.json|.yaml|.yml|.js|.cjs|.mjs|.ts]`
 * or `keyguard.config.[js|cjs|mjs|ts]` at the repository root (see load-config.ts).
 */
export interface KeyguardConfig {
  /**
   * Globs (picomatch syntax, matched against the path from the repository root) of files never
   * scanned, e.g. `["fixtures/**", "**\/*.snap"]`. Default: none.
   */
  readonly exclude: readonly string[];
}

export const DEFAULT_CONFIG: KeyguardConfig = { exclude: [] };

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
