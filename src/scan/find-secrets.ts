import { DEFAULT_TUNING, Detector, DetectorTuning } from '../detector';
import { AddedText, lineIndexAt } from '../diff/added-text';
import { DetectorCatalog } from './catalog';
import { shannonEntropy } from './entropy';
import { isPlaceholder } from './placeholder';

/** A secret found in an AddedText, before allow-listing. Holds the secret: never print it. */
export interface SecretMatch {
  readonly detector: Detector;
  readonly secret: string;
  /** Offsets of the secret in AddedText.text. */
  readonly start: number;
  readonly end: number;
}

/**
 * keyword prefilter → pattern → offline validation → entropy → placeholder filter, then generic
 * detectors give way to specific ones reporting the same text.
 */
export function findSecrets(added: AddedText, catalog: DetectorCatalog): SecretMatch[] {
  if (added.text.length === 0) return [];
  const matches: SecretMatch[] = [];
  for (const detector of catalog.candidates(added.text.toLowerCase())) {
    for (const match of patternMatches(added.text, detector, catalog)) {
      if (isReportable(detector, match.secret, catalog.tuning)) matches.push(match);
    }
  }
  return dropGenericOverlaps(matches);
}

function* patternMatches(text: string, detector: Detector, catalog: DetectorCatalog): Generator<SecretMatch> {
  const regex = catalog.regex(detector);
  const group = detector.secretGroup ?? 1;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (match[0].length === 0) regex.lastIndex++; // never loop on an empty match
    const secret = match[group] ?? match[0];
    if (secret === undefined || secret.length === 0) continue;
    const start = match.index + Math.max(0, match[0].indexOf(secret));
    yield { detector, secret, start, end: start + secret.length };
  }
}

export function isReportable(detector: Detector, secret: string, tuning: DetectorTuning = DEFAULT_TUNING): boolean {
  if (detector.validate !== undefined && !detector.validate(secret, tuning)) return false;
  if (detector.minEntropy !== undefined && shannonEntropy(secret) < detector.minEntropy) return false;
  return !isPlaceholder(secret);
}

/**
 * A generic finding whose secret overlaps a specific detector's finding is the same leak: keep one.
 * So is a value two generic detectors both report (a random password in a quoted string is both
 * `generic-password`'s and `generic-password-quoted`'s): keep the first in registry order.
 */
function dropGenericOverlaps(matches: SecretMatch[]): SecretMatch[] {
  const specific = matches.filter((match) => !match.detector.generic);
  const sameSpan = (a: SecretMatch, b: SecretMatch): boolean => a.start === b.start && a.end === b.end;
  return matches.filter(
    (match, index) =>
      !match.detector.generic ||
      (!specific.some((other) => other.start < match.end && match.start < other.end) &&
        !matches.slice(0, index).some((other) => other.detector.generic && sameSpan(other, match))),
  );
}

/** 1-based line number (in the new file) and column of a match's start, and its last line's index. */
export function locate(added: AddedText, match: SecretMatch): { line: number; column: number; firstLine: number; lastLine: number } {
  const firstLine = lineIndexAt(added, match.start);
  const lastLine = lineIndexAt(added, Math.max(match.start, match.end - 1));
  return {
    line: added.lineNumbers[firstLine],
    column: match.start - added.lineStarts[firstLine] + 1,
    firstLine,
    lastLine,
  };
}
