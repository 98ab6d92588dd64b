import RE2 from 're2';
import { DEFAULT_TUNING, Detector, DetectorTuning } from '../detector';
import { boundaryTable, ByteSpan, escapeLiteral, gatedPieceSpans, keywordLineSpans, keywordRegex } from './keyword-lines';
import { MatchStartTables, matchStartTables } from './match-starts';
import { PatternSetFilter } from './pattern-sets';

/**
 * The detectors of one scan, with their patterns compiled on first use only: a typical commit's
 * text contains the keywords of a handful of detectors, so most patterns are never compiled.
 */
export class DetectorCatalog {
  private readonly compiled = new Map<Detector, RE2>();
  private readonly lineFinders = new Map<Detector, RE2>();
  private readonly boundaryTables = new Map<Detector, Uint8Array>();
  private readonly startTables = new Map<Detector, MatchStartTables>();
  private ids?: Set<string>;
  private keywordIndex?: { keywords: string[]; set: InstanceType<typeof RE2.Set> };
  private asciiKeywordIndex?: { keywords: string[]; set: InstanceType<typeof RE2.Set> };
  private allKeywordsLowercaseAscii?: boolean;

  /**
   * `tuning`: the configured thresholds detectors judge values with (default: the built-in ones).
   * `patternSets`: confirms a big text's candidates (tests pass one with another size threshold).
   */
  constructor(
    readonly detectors: readonly Detector[],
    readonly tuning: DetectorTuning = DEFAULT_TUNING,
    private readonly patternSets: PatternSetFilter = new PatternSetFilter(),
  ) {}

  /**
   * Detectors with at least one keyword in `lowerText` (the text, lowercased). All keywords are
   * found in one pass of an RE2.Set; a String#includes per keyword per detector read the text
   * ~400 times and took 1.1 s on a 9 MB file against 18 ms for the set.
   */
  candidates(lowerText: string): Detector[] {
    const { keywords, set } = this.keywords();
    if (keywords.length === 0) return [];
    return this.withKeywords(new Set(set.match(lowerText).map((index) => keywords[index])));
  }

  /**
   * candidates() for a text that is all ASCII, given as its bytes: one case-insensitive pass, with
   * no lowercased copy of the text (which RE2 then re-encoded: two copies of a big file). In ASCII
   * text, a lowercase ASCII keyword matches case-insensitively exactly where the lowercased text
   * contains it; any other keyword can never occur in a lowercased ASCII text.
   */
  asciiCandidates(bytes: Buffer): Detector[] {
    this.asciiKeywordIndex ??= keywordSet(this.distinctKeywords().filter(isLowercaseAscii), 'i');
    const { keywords, set } = this.asciiKeywordIndex;
    if (keywords.length === 0) return [];
    return this.withKeywords(new Set(set.match(bytes).map((index) => keywords[index])));
  }

  /**
   * Of a text's keyword candidates, those whose pattern can match in its bytes: in a big text, the
   * whole-text detectors whose pattern matches nowhere are dropped (PatternSetFilter).
   */
  confirmed(bytes: Buffer, candidates: readonly Detector[]): readonly Detector[] {
    return this.patternSets.confirm(bytes, candidates);
  }

  /**
   * candidates() for a text with non-ASCII characters, given as its UTF-8 bytes and its string,
   * without a lowercased copy of the string (two bytes a character in V8's heap for a big file).
   * The case-insensitive pass over the bytes (asciiCandidates) finds every lowercase ASCII keyword
   * that the lowercased string holds, except through the two characters whose lowercase form holds
   * an ASCII letter (`İ` → `i̇`, the Kelvin sign `K` → `k`), which RE2's case folding does not map.
   * A text holding one of them, or a catalog with a keyword that is not lowercase ASCII (a custom
   * detector's), takes the lowercased string as before.
   */
  utf8Candidates(bytes: Buffer, text: string): Detector[] {
    this.allKeywordsLowercaseAscii ??= this.distinctKeywords().every(isLowercaseAscii);
    if (this.allKeywordsLowercaseAscii && !LOWERCASES_TO_ASCII.some((character) => bytes.includes(character))) return this.asciiCandidates(bytes);
    return this.candidates(text.toLowerCase());
  }

  private withKeywords(present: ReadonlySet<string>): Detector[] {
    return this.detectors.filter((detector) => detector.keywords.some((keyword) => present.has(keyword)));
  }

  /** True when a detector of this catalog has the id (a scoped `keyguard:allow <id>` names one). */
  hasDetector(id: string): boolean {
    this.ids ??= new Set(this.detectors.map((detector) => detector.id));
    return this.ids.has(id);
  }

  /**
   * The detector's pattern as an RE2 regex (compiled once per catalog): global, or sticky (tried at
   * one place at a time) for a detector that declares `matchStarts`.
   */
  regex(detector: Detector): RE2 {
    return cached(this.compiled, detector, () => new RE2(detector.pattern, detector.matchStarts !== undefined ? 'y' : 'g'));
  }

  /** The places the detector's matches can start, as lookups; undefined when it declares none. */
  matchStarts(detector: Detector): MatchStartTables | undefined {
    const starts = detector.matchStarts;
    return starts === undefined ? undefined : cached(this.startTables, detector, () => matchStartTables(starts));
  }

  /**
   * Where in `bytes` to run the detector's pattern: for a detector that declares `keywordLines`,
   * the pieces of lines its `lineGate` matches in (with `pieceBoundaries`), or the lines it matches
   * on, or else the lines holding its keywords; otherwise the whole text.
   */
  spansToMatch(detector: Detector, bytes: Buffer): readonly ByteSpan[] {
    if (detector.keywordLines !== true) return [[0, bytes.length]];
    const { lineGate, pieceBoundaries } = detector;
    const finder = cached(this.lineFinders, detector, () => (lineGate !== undefined ? new RE2(lineGate, 'g') : keywordRegex(detector.keywords)));
    if (pieceBoundaries === undefined || lineGate === undefined) return keywordLineSpans(bytes, finder);
    return gatedPieceSpans(bytes, finder, cached(this.boundaryTables, detector, () => boundaryTable(pieceBoundaries)));
  }

  /** Every distinct keyword as a literal pattern of one RE2.Set, built on first use. */
  private keywords(): { keywords: string[]; set: InstanceType<typeof RE2.Set> } {
    this.keywordIndex ??= keywordSet(this.distinctKeywords(), '');
    return this.keywordIndex;
  }

  /** The keywords alone: the ASCII set needs them without the other set (~1.5 ms to compile). */
  private distinctKeywords(): string[] {
    return [...new Set(this.detectors.flatMap((detector) => detector.keywords))];
  }
}

/** The non-ASCII characters whose JS lowercase form holds an ASCII character, as UTF-8. */
const LOWERCASES_TO_ASCII = ['\u0130', '\u212a'].map((character) => Buffer.from(character, 'utf8'));

function isLowercaseAscii(keyword: string): boolean {
  return /^[\x00-\x7f]*$/.test(keyword) && keyword === keyword.toLowerCase();
}

/** The value kept in `cache` for `detector`, made (and kept) on first use. */
function cached<T>(cache: Map<Detector, T>, detector: Detector, make: () => T): T {
  let value = cache.get(detector);
  if (value === undefined) {
    value = make();
    cache.set(detector, value);
  }
  return value;
}

function keywordSet(keywords: string[], flags: string): { keywords: string[]; set: InstanceType<typeof RE2.Set> } {
  return { keywords, set: new RE2.Set(keywords.map(escapeLiteral), flags) };
}
