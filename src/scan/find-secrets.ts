import type RE2 from 're2';
import { DEFAULT_TUNING, Detector, DetectorTuning, MatchContext } from '../detector';
import { AddedText, lineIndexAt } from '../diff/added-text';
import { DetectorCatalog } from './catalog';
import { shannonEntropy } from './entropy';
import { MatchStartTables, nextMatchStart } from './match-starts';
import { isPlaceholder } from './placeholder';
import { asciiText, nextCharacter, Utf8Text, utf8Text } from './utf8-offsets';

/** A secret found in an AddedText, before allow-listing. Holds the secret: never print it. */
export interface SecretMatch {
  readonly detector: Detector;
  readonly secret: string;
  /** Offsets of the secret in AddedText.text. */
  readonly start: number;
  readonly end: number;
}

/**
 * keyword prefilter → pattern-set check (big texts) → pattern → offline validation → entropy →
 * placeholder filter, then generic detectors give way to specific ones reporting the same text.
 */
export function findSecrets(added: AddedText, catalog: DetectorCatalog): SecretMatch[] {
  // Encoded once (or taken from the diff's bytes), for the prefilter (ASCII text) and the patterns.
  const text = added.ascii === true && added.bytes !== undefined ? asciiText(added.bytes) : utf8Text(added.text, added.bytes);
  if (text.bytes.length === 0) return [];
  const matches: SecretMatch[] = [];
  const withKeywords = text.ascii ? catalog.asciiCandidates(text.bytes) : catalog.utf8Candidates(text.bytes, added.text);
  for (const detector of catalog.confirmed(text.bytes, withKeywords)) {
    for (const { match, context } of patternMatches(text, detector, catalog)) {
      if (isReportable(detector, match.secret, catalog.tuning, context)) matches.push(match);
    }
  }
  return dropGenericOverlaps(matches);
}

/**
 * Matches on the text's bytes (RE2 then reports byte offsets), converted back to string offsets;
 * only over the spans the catalog says the pattern can match in (the whole text, or the lines
 * holding the detector's keywords). Each comes with its capture groups for the validator.
 */
export function* patternMatches(text: Utf8Text, detector: Detector, catalog: DetectorCatalog): Generator<{ match: SecretMatch; context: MatchContext }> {
  const spans = catalog.spansToMatch(detector, text.bytes);
  if (spans.length === 0) return; // not compiled: nothing to match
  const regex = catalog.regex(detector);
  const starts = catalog.matchStarts(detector);
  const group = detector.secretGroup ?? 1;
  for (const [from, to] of spans) {
    const bytes = from === 0 && to === text.bytes.length ? text.bytes : text.bytes.subarray(from, to);
    for (const match of starts === undefined ? searchAll(regex, bytes) : tryAtStarts(regex, bytes, starts)) {
      const whole = match[0];
      // The typings list group 0 only; the other groups are Buffers too (undefined when unmatched).
      const groups = match as unknown as Array<Buffer | undefined>;
      const found = groups[group] ?? whole;
      if (found.length === 0) continue;
      const secret = found.toString('utf8');
      const start = text.charOffset(from + match.index + Math.max(0, whole.indexOf(found)));
      yield { match: { detector, secret, start, end: start + secret.length }, context: lazyContext(groups) };
    }
  }
}

/** An RE2 match on a Buffer (exec's last overload). */
type BufferMatch = Exclude<ReturnType<RE2['exec']>, null>;

/** Every match of a global regex in `bytes`, left to right. */
function* searchAll(regex: RE2, bytes: Buffer): Generator<BufferMatch> {
  regex.lastIndex = 0;
  for (let match = regex.exec(bytes); match !== null; match = regex.exec(bytes)) {
    if (match[0].length === 0) regex.lastIndex = nextCharacter(bytes, regex.lastIndex); // never loop on an empty match
    yield match;
  }
}

/**
 * The same matches as searchAll, for a sticky regex of a detector with `matchStarts`: tried anchored
 * at each place a match can start, left to right, going on after each match's end. A search finds
 * the first place where an anchored match exists, and this tries every such place in order.
 */
function* tryAtStarts(regex: RE2, bytes: Buffer, starts: MatchStartTables): Generator<BufferMatch> {
  for (let at = nextMatchStart(bytes, 0, starts); at !== -1; ) {
    regex.lastIndex = at;
    const match = regex.exec(bytes);
    if (match === null) {
      at = nextMatchStart(bytes, nextCharacter(bytes, at), starts);
      continue;
    }
    yield match;
    const end = at + match[0].length;
    at = nextMatchStart(bytes, match[0].length === 0 ? nextCharacter(bytes, end) : end, starts);
  }
}

/** The groups as strings, decoded only if a validator asks for them (most never do). */
function lazyContext(groups: Array<Buffer | undefined>): MatchContext {
  let decoded: string[] | undefined;
  return {
    get groups(): readonly string[] {
      decoded ??= Array.from(groups, (bytes) => bytes?.toString('utf8') ?? '');
      return decoded;
    },
  };
}

/** `context` defaults to no groups at all: callers checking a bare value have no surroundings. */
export function isReportable(detector: Detector, secret: string, tuning: DetectorTuning = DEFAULT_TUNING, context: MatchContext = { groups: [] }): boolean {
  if (detector.validate !== undefined && !detector.validate(secret, tuning, context)) return false;
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
