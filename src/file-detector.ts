/**
 * The shape of a file detector: a credential FILE staged for commit, recognised by its path (a key
 * store, an `id_rsa`, a `.env`) and, for text files, by what its added lines hold. Content detectors
 * (`src/detector.ts`) look at every file's text; a file detector only at the paths it names, where
 * the name alone makes a weak value (a low-entropy `.env` password, a truncated key) worth reporting.
 * Built-ins live in `detectors/` and are listed in `fileDetectors` in `detectors/index.ts`.
 */
import { Severity } from './detector';

/** What in a text file's added lines makes it a finding. */
export interface FileContentCheck {
  /**
   * RE2 syntax, run on the file's added lines joined with "\n". The first capture group that took
   * part in the match is the credential (use `(?:…)` for other groups) and ends the match (a closing
   * quote may follow); it must pass `validate` and the global placeholder filter. Use `+` / `*` rather than large counted repetitions: RE2 unrolls
   * them, and `{1,1000}` made one pattern take 79 ms to compile (0.05 ms without), on the hook's path.
   */
  readonly pattern: string;
  /** Offline check of the credential (not a reference, not a boolean…); `match` is the whole match (the name it is assigned to). */
  readonly validate?: (value: string, match: string) => boolean;
  /**
   * What the fingerprint hashes. `value` (default): group 1, like a content finding, one finding per
   * match. `file`: the staged blob (for key material spread over the file), one finding per file.
   */
  readonly identity?: 'value' | 'file';
}

/** An example file: a path and its text, or its raw bytes for a binary file. */
export interface FileDetectorExample {
  /** Repository-relative path to stage it at (the test puts it under a per-example directory). */
  readonly path: string;
  readonly content: string | Uint8Array;
}

export interface FileDetector {
  /** `<kind>-file` or `<provider>-<kind>`, lowercase; never reuses a content detector's id. */
  readonly id: string;
  readonly provider: string;
  /** What it finds: `PKCS#12 key store (.p12, .pfx)`. */
  readonly title: string;
  readonly severity: Severity;
  /** picomatch globs on the repository-relative path (case-insensitive, dotfiles included): `**\/*.p12`. */
  readonly paths: readonly string[];
  /** Globs that rule a matching path out again: `**\/.env.example`. */
  readonly ignorePaths?: readonly string[];
  /**
   * True: a binary file at a matching path is a finding by itself (its fingerprint hashes the
   * staged blob id). Default false: binary files never fire.
   */
  readonly binary?: boolean;
  /** For text files at a matching path. Without it, text files never fire. */
  readonly content?: FileContentCheck;
  /** One line: where to revoke and how to rotate. */
  readonly remediation: string;
  /** Why this file is a credential and what the content check looks for. */
  readonly description?: string;
  readonly examples: {
    /** Each yields exactly one finding of this detector. */
    readonly positive: readonly FileDetectorExample[];
    /** Each yields no finding of this detector. */
    readonly negative: readonly FileDetectorExample[];
  };
}

/** Identity function that gives detector files type checking. */
export function defineFileDetector(detector: FileDetector): FileDetector {
  return detector;
}
