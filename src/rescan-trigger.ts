/**
 * When a multi-line detector must look past the added lines. keyguard scans the lines a commit adds;
 * a secret spread over several lines (a PEM block, a Kubernetes Secret's `data:` entries, a netrc
 * `machine` / `password` pair) is invisible there when only part of it changed: a placeholder key
 * body replaced by a real one adds the body lines without the BEGIN/END armour the pattern needs.
 *
 * A detector declares a cheap sign of that in its own file; when a modified file's patch shows it,
 * the scan reads the file's new content and runs that detector over the whole of it
 * (src/scan/context-rescan.ts). Keep the sign cheap and rare in ordinary code: it is tested on every
 * modified file of every commit, and each file it fires on costs a blob read.
 */
export interface RescanTrigger {
  /**
   * RE2 syntax: a whole added line (without its `+`, anchored at both ends by the engine) that may
   * be part of this detector's secret, e.g. a line of base64 as wide as a PEM body's.
   */
  readonly addedLine: string;
  /**
   * RE2 syntax: what git prints after a hunk header's `@@ … @@` (the hunk's function context: for
   * YAML, the enclosing top-level key such as `data:`). The added line must be in such a hunk.
   * Default: any hunk.
   */
  readonly hunkContext?: string;
  /** RE2 syntax, case-insensitive, on the repository-relative path. Default: any file. */
  readonly path?: string;
}
