import RE2 from 're2';
import { Detector } from '../detector';

/**
 * The detectors of one scan, with their patterns compiled on first use only: a typical commit's
 * text contains the keywords of a handful of detectors, so most patterns are never compiled.
 */
export class DetectorCatalog {
  private readonly compiled = new Map<Detector, RE2>();

  constructor(readonly detectors: readonly Detector[]) {}

  /** Detectors with at least one keyword in `lowerText` (the text, lowercased). */
  candidates(lowerText: string): Detector[] {
    return this.detectors.filter((detector) => detector.keywords.some((keyword) => lowerText.includes(keyword)));
  }

  /** The detector's pattern as a global RE2 regex (compiled once per catalog). */
  regex(detector: Detector): RE2 {
    let regex = this.compiled.get(detector);
    if (regex === undefined) {
      regex = new RE2(detector.pattern, 'g');
      this.compiled.set(detector, regex);
    }
    return regex;
  }
}
