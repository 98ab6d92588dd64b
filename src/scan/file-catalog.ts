import type picomatchType from 'picomatch';
import RE2 from 're2';
import { FileDetector } from '../file-detector';
import { basenameFilter } from './glob-basename';

type PathTest = (path: string) => boolean;

/**
 * The file detectors of one scan. A staged file's name goes through one regex of all detectors'
 * file-name conditions (glob-basename.ts); only a detector whose condition it meets has its globs
 * compiled (once) and tried. Content patterns are compiled on the first file that calls for them.
 * So a commit without credential files compiles no glob and no pattern.
 */
export class FileDetectorCatalog {
  private nameFilters?: Array<{ detector: FileDetector; mayMatch: PathTest }>;
  private anyMayMatch?: PathTest;
  private readonly pathTests = new Map<FileDetector, PathTest>();
  private readonly compiled = new Map<FileDetector, RE2>();

  constructor(readonly detectors: readonly FileDetector[]) {}

  /** Detectors whose `paths` match `path` and whose `ignorePaths` do not. */
  /** Whether `id` names one of these detectors (an inline marker's scope may name one). */
  hasDetector(id: string): boolean {
    return this.detectors.some((detector) => detector.id === id);
  }

  forPath(path: string): FileDetector[] {
    if (this.detectors.length === 0) return [];
    this.anyMayMatch ??= basenameFilter(this.detectors.flatMap((detector) => detector.paths));
    if (!this.anyMayMatch(path)) return [];
    this.nameFilters ??= this.detectors.map((detector) => ({ detector, mayMatch: basenameFilter(detector.paths) }));
    return this.nameFilters.filter(({ detector, mayMatch }) => mayMatch(path) && this.pathTest(detector)(path)).map(({ detector }) => detector);
  }

  private pathTest(detector: FileDetector): PathTest {
    let test = this.pathTests.get(detector);
    if (test === undefined) {
      test = compilePaths(detector);
      this.pathTests.set(detector, test);
    }
    return test;
  }

  /** The detector's content pattern as a global RE2 regex (compiled once per catalog). */
  regex(detector: FileDetector, pattern: string): RE2 {
    let regex = this.compiled.get(detector);
    if (regex === undefined) {
      regex = new RE2(pattern, 'g');
      this.compiled.set(detector, regex);
    }
    return regex;
  }
}

// nocase: `ID_RSA`, `Keystore.P12` on case-insensitive file systems; dot: `.env`, `.aws/credentials`.
const GLOB_OPTIONS = { dot: true, nocase: true } as const;

function compilePaths(detector: FileDetector): PathTest {
  // Required here: most commits hold no credential file, and never load picomatch.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const picomatch = require('picomatch') as typeof picomatchType;
  const matches = picomatch([...detector.paths], GLOB_OPTIONS);
  if (detector.ignorePaths === undefined || detector.ignorePaths.length === 0) return matches;
  const ignored = picomatch([...detector.ignorePaths], GLOB_OPTIONS);
  return (path) => matches(path) && !ignored(path);
}
