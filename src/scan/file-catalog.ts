import picomatch from 'picomatch';
import RE2 from 're2';
import { FileDetector } from '../file-detector';

type PathTest = (path: string) => boolean;

/**
 * The file detectors of one scan. Path globs are compiled once, on the first staged file; content
 * patterns on the first file whose path calls for them, so a commit without credential files never
 * compiles one.
 */
export class FileDetectorCatalog {
  private pathTests?: Array<{ detector: FileDetector; test: PathTest }>;
  private readonly compiled = new Map<FileDetector, RE2>();

  constructor(readonly detectors: readonly FileDetector[]) {}

  /** Detectors whose `paths` match `path` and whose `ignorePaths` do not. */
  forPath(path: string): FileDetector[] {
    if (this.detectors.length === 0) return [];
    this.pathTests ??= this.detectors.map((detector) => ({ detector, test: compilePaths(detector) }));
    return this.pathTests.filter(({ test }) => test(path)).map(({ detector }) => detector);
  }

  /** The detector's content pattern as a global RE2 regex (compiled once per catalog). */
  regex(detector: FileDetector & { content: { pattern: string } }): RE2 {
    let regex = this.compiled.get(detector);
    if (regex === undefined) {
      regex = new RE2(detector.content.pattern, 'g');
      this.compiled.set(detector, regex);
    }
    return regex;
  }
}

// nocase: `ID_RSA`, `Keystore.P12` on case-insensitive file systems; dot: `.env`, `.aws/credentials`.
const GLOB_OPTIONS = { dot: true, nocase: true } as const;

function compilePaths(detector: FileDetector): PathTest {
  const matches = picomatch([...detector.paths], GLOB_OPTIONS);
  if (detector.ignorePaths === undefined || detector.ignorePaths.length === 0) return matches;
  const ignored = picomatch([...detector.ignorePaths], GLOB_OPTIONS);
  return (path) => matches(path) && !ignored(path);
}
