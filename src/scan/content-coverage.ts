import { AddedText } from '../diff/added-text';
import { fingerprintOf } from '../fingerprint';
import { findSecrets, locate } from './find-secrets';
import { ScanContext } from './scan-added-text';

/**
 * Which added lines of a file the content detectors already speak for, so a file detector neither
 * reports a secret twice nor re-opens one the user allowed. Built from the raw matches (before
 * allow-listing): an allowed content finding still covers its line.
 *
 * - `specific`: a specific detector matched there, or a generic one whose finding was allowed
 *   by fingerprint: the file detector stays quiet on that line.
 * - `generic`: only a generic detector (generic-secret, generic-password…) matched: the file
 *   detector knows better what the value is, reports it, and the generic finding gives way.
 */
export type Coverage = ReadonlyMap<number, 'specific' | 'generic'>;

export function contentCoverage(added: AddedText, context: ScanContext): Coverage {
  const lines = new Map<number, 'specific' | 'generic'>();
  for (const match of findSecrets(added, context.catalog)) {
    const allowed = context.allowedFingerprints.has(fingerprintOf(match.detector.id, match.secret));
    const kind = match.detector.generic === true && !allowed ? 'generic' : 'specific';
    const { firstLine, lastLine } = locate(added, match);
    for (let index = firstLine; index <= lastLine; index++) {
      if (lines.get(index) !== 'specific') lines.set(index, kind);
    }
  }
  return lines;
}
