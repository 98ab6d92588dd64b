import RE2 from 're2';
import type { Detector } from '../detector';

/**
 * Texts at least this long (bytes) have their candidates confirmed by pattern sets. Below it, one
 * pass per candidate costs less than compiling the sets: a typical commit never builds one.
 */
export const PATTERN_SET_MIN_BYTES = 256 * 1024;

/**
 * Patterns per RE2.Set. Larger sets make RE2's DFA slower per byte (one set of all ~270 patterns
 * that fit ran at 13 MB/s, sets of 16 at several hundred MB/s), and some fail to compile within
 * RE2's memory budget; 8–64 measured alike on the 100 MiB bench commit, 16 slightly best.
 */
const GROUP_SIZE = 16;

/**
 * Sets kept at once. Each set's DFA holds native memory (up to RE2's 8 MiB budget, ~2 MiB seen on
 * minified bundles) that node-re2 frees only when V8 collects the set, and V8, which is not told
 * of that memory, rarely does: unbounded, the sets added 35–85 MiB to the 200 MiB bench commit's
 * peak RSS. With 8 sets and a full collection when they are dropped: +0–5 MiB, at the same speed.
 */
const MAX_SETS = 8;

/**
 * Which of a big text's candidate detectors have a pattern that matches somewhere in it, found with
 * one RE2.Set pass per group of candidates instead of one pass per candidate.
 *
 * Why: in a big file (a minified bundle, a lockfile, a vendored library) nearly every keyword occurs
 * somewhere, so the keyword prefilter keeps dozens of detectors and each read the whole file: 2.3 s
 * of the 100 MiB bench commit's 4 s of pattern time, for patterns that matched nowhere in 3 of 4
 * cases.
 *
 * Exact, not a heuristic: an RE2.Set built with the same options reports every pattern that has a
 * match in the text, so a dropped detector had no match to find. Only detectors that run over the
 * whole text are confirmed here; `keywordLines` detectors run over their lines already. A group
 * that RE2 cannot compile as a set is split, and a pattern that fits in no set, or a set whose
 * match runs out of memory, keeps its detectors: the filter can only drop work, never a finding.
 */
export class PatternSetFilter {
  /** Sets by the ids of their detectors, in order (null: RE2 could not compile it as a set). */
  private readonly sets = new Map<string, InstanceType<typeof RE2.Set> | null>();

  constructor(private readonly minBytes: number = PATTERN_SET_MIN_BYTES) {}

  /** `candidates` without the whole-text detectors whose pattern matches nowhere in `bytes`. */
  confirm(bytes: Buffer, candidates: readonly Detector[]): readonly Detector[] {
    if (bytes.length < this.minBytes) return candidates;
    const wholeText = candidates.filter((detector) => detector.keywordLines !== true);
    if (wholeText.length < 2) return candidates; // one pass either way
    const dropped = new Set(wholeText);
    for (let from = 0; from < wholeText.length; from += GROUP_SIZE) {
      for (const detector of this.matching(bytes, wholeText.slice(from, from + GROUP_SIZE))) dropped.delete(detector);
    }
    return candidates.filter((detector) => !dropped.has(detector));
  }

  /** The detectors of `group` whose pattern matches in `bytes` (all of them when RE2 cannot tell). */
  private matching(bytes: Buffer, group: readonly Detector[]): readonly Detector[] {
    const set = this.setOf(group);
    if (set === null) {
      if (group.length === 1) return group;
      const half = Math.ceil(group.length / 2);
      return [...this.matching(bytes, group.slice(0, half)), ...this.matching(bytes, group.slice(half))];
    }
    try {
      return set.match(bytes).map((index) => group[index]);
    } catch {
      return group; // RE2's DFA ran out of memory on this text: run every pattern as usual
    }
  }

  private setOf(group: readonly Detector[]): InstanceType<typeof RE2.Set> | null {
    const key = group.map((detector) => detector.id).join('\n');
    let set = this.sets.get(key);
    if (set === undefined) {
      if (this.sets.size >= MAX_SETS) this.dropSets();
      try {
        set = new RE2.Set(group.map((detector) => detector.pattern));
      } catch {
        set = null; // over RE2's program size budget for one set
      }
      this.sets.set(key, set);
    }
    return set;
  }

  private dropSets(): void {
    this.sets.clear();
    collectGarbage();
  }
}

let fullCollection: (() => void) | null | undefined;

/**
 * A full V8 collection, so that dropped sets free their native memory now. `gc` exists only with
 * `--expose-gc`; set at run time, the flag gives it to contexts created afterwards. Where that
 * fails, the sets are freed whenever V8 next collects.
 */
function collectGarbage(): void {
  if (fullCollection === undefined) {
    try {
      // Loaded here: a typical commit never drops a set.
      (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--expose-gc');
      const gc: unknown = (require('node:vm') as typeof import('node:vm')).runInNewContext('gc');
      fullCollection = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      fullCollection = null;
    }
  }
  fullCollection?.();
}
