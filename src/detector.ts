/**
 * The shape of a detector: plain data plus, optionally, an offline check of the captured secret.
 * Built-in detectors live in `detectors/` (one file per provider family) and are listed in
 * `detectors/index.ts`; every one carries its own positive and negative examples, which
 * `__tests__/detector-examples.test.ts` runs through the real scan pipeline.
 */

import { DEFAULT_ENTROPY, EntropyThresholds } from './config/config';
import type { RescanTrigger } from './rescan-trigger';

/** How bad a leak of this kind is. `critical`: direct access to money, code or infrastructure. */
export type Severity = 'critical' | 'high' | 'medium' | 'low';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** An example text for a detector: the added lines of one file. */
export type DetectorExample = string | { text: string; /** File name to stage it as. Default `example.txt`. */ path?: string };

export interface Detector {
  /** `<provider>-<kind>`, lowercase. Never renamed: fingerprints, config and docs refer to it. */
  readonly id: string;
  /** Who issues the secret, as users know it: `GitHub`, `AWS`, `Stripe`. */
  readonly provider: string;
  /** What it finds, a short noun phrase: `Personal access token (classic)`. */
  readonly title: string;
  readonly severity: Severity;
  /**
   * Lowercase strings of which at least one occurs in any text the pattern can match. The scanner
   * runs the pattern only on text containing a keyword, so a keyword must be present in every
   * positive example (the example test checks this).
   */
  readonly keywords: readonly string[];
  /**
   * True when every match of the pattern lies within one line (apart from a newline it may start or
   * end with) that contains one of `keywords`, case-insensitively. The scanner then runs the
   * pattern only over those lines (src/scan/keyword-lines.ts): several times faster for a slow
   * pattern whose keywords are rare per line. A pattern using `^` or `$` needs `(?m)`.
   * `__tests__/keyword-lines.test.ts` checks the claim on every example. Default false.
   */
  readonly keywordLines?: boolean;
  /**
   * For a `keywordLines` detector whose pattern is slow to compile: a small RE2 pattern that
   * matches somewhere on every line the pattern matches on (a necessary condition). The scanner
   * then runs (and compiles) the pattern only on lines the gate matches, instead of on every line
   * holding a keyword; a typical commit's ordinary code never compiles it. Checked with
   * keywordLines in `__tests__/keyword-lines.test.ts`.
   */
  readonly lineGate?: string;
  /**
   * For a detector with a `lineGate` that matches within the text of every match (not merely on its
   * line): characters that occur in a match only as its first or last character. The scanner then
   * runs the pattern only over the pieces of a keyword line between two of them (each piece with
   * the boundary characters at both ends) in which the gate matches: a minified bundle's
   * multi-megabyte line is read piece by piece instead of whole. A newline is always a boundary.
   * Checked with keywordLines in `__tests__/keyword-lines.test.ts`.
   */
  readonly pieceBoundaries?: string;
  /**
   * For a large, case-insensitive pattern, whose unanchored search is slow to start (RE2 builds a
   * DFA state for nearly every byte it reads, ~5 µs a byte for generic-secret): the only places
   * where a match can start. The scanner then tries the pattern anchored at those places, in
   * order, and never searches: the same matches, since a search returns the first place where an
   * anchored match exists. Checked in `__tests__/match-starts.test.ts`.
   */
  readonly matchStarts?: MatchStarts;
  /**
   * RE2 syntax (no lookaround, no backreferences): a rule can never backtrack forever. Inline
   * flags such as `(?i)` are allowed. Capture group `secretGroup` is the secret.
   */
  readonly pattern: string;
  /** Which capture group holds the secret. Default 1. */
  readonly secretGroup?: number;
  /** Minimum Shannon entropy (bits per character) of the secret, to skip low-entropy look-alikes. */
  readonly minEntropy?: number;
  /**
   * Offline structure check (checksum, length, charset). A secret failing it is not reported.
   * `tuning` carries the repository's configured thresholds (the generic detectors read them);
   * `context` the pattern's other capture groups (e.g. the host a URL's credentials are for).
   */
  readonly validate?: (secret: string, tuning: DetectorTuning, context: MatchContext) => boolean;
  /**
   * True for catch-all detectors (generic assignments): where a specific detector reports an
   * overlapping secret, the generic finding is dropped.
   */
  readonly generic?: boolean;
  /**
   * For a secret that spans lines: the sign, in a modified file's added lines, that the secret may
   * be only partly added, so the whole new file is scanned with this detector (rescan-trigger.ts);
   * several signs for secrets written in several shapes.
   * Default: the added lines alone.
   */
  readonly rescanWhen?: RescanTrigger | readonly RescanTrigger[];
  /** One line: where to revoke and how to rotate. */
  readonly remediation: string;
  /** Optional extra explanation shown with findings (e.g. other vendors sharing the format). */
  readonly description?: string;
  readonly examples: {
    /** Each yields exactly one finding of this detector. */
    readonly positive: readonly DetectorExample[];
    /** Each yields no finding of this detector. */
    readonly negative: readonly DetectorExample[];
  };
}

/**
 * Where a detector's matches can start (Detector.matchStarts): at one of `openers`; or where a word
 * begins, that is at a line start before a word character or at any other character directly
 * before one (the match then starts with that character, which its pattern requires not to be a
 * word character). Word characters: `wordCharacters` (ASCII), plus whatever RE2's case folding
 * adds to them.
 */
export interface MatchStarts {
  readonly wordCharacters: string;
  readonly openers: string;
}

/** What a detector's pattern captured besides the secret, for checks that need the surroundings. */
export interface MatchContext {
  /** The capture groups by number (0: the whole match); `''` for a group that took no part. */
  readonly groups: readonly string[];
}

/** Settings of one scan that change how detectors judge a value (from the config; no global state). */
export interface DetectorTuning {
  /** Entropy thresholds of the generic detectors' value check (src/validators/assigned-value.ts). */
  readonly entropy: EntropyThresholds;
}

/** The built-in thresholds, for scans without a config. */
export const DEFAULT_TUNING: DetectorTuning = { entropy: DEFAULT_ENTROPY };

/** Identity function that gives detector files type checking and one place to add defaults. */
export function defineDetector(detector: Detector): Detector {
  return detector;
}

export function exampleText(example: DetectorExample): string {
  return typeof example === 'string' ? example : example.text;
}

export function examplePath(example: DetectorExample): string | undefined {
  return typeof example === 'string' ? undefined : example.path;
}
