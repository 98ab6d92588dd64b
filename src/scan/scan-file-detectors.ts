import { isAllowedInline } from '../allow/inline';
import { AddedText, lineIndexAt, lineText } from '../diff/added-text';
import { newBlobId } from '../diff/blob-id';
import { FileDetector } from '../file-detector';
import { displayName, Finding } from '../finding';
import { fingerprintOf } from '../fingerprint';
import { redact } from '../redact';
import { FileDetectorCatalog } from './file-catalog';
import { Coverage, contentCoverage } from './content-coverage';
import { isPlaceholder } from './placeholder';
import { AllowedCounts, ScanContext } from './scan-added-text';

/** A scan's context plus its file detectors. */
export interface FileScanContext extends ScanContext {
  readonly files: FileDetectorCatalog;
}

/** One file as the file detectors see it: staged or committed (a patch), or whole (its content). */
export interface StagedContent {
  readonly path: string;
  /** The file's raw patch section (for its blob id), in diff-based scans. */
  readonly patch?: Buffer;
  /** The file's whole content, in tree scans (its blob id is computed as git would). */
  readonly content?: Buffer;
  /** Its added lines; undefined for a binary file. */
  readonly added?: AddedText;
}

/** Where a file detector fired, before allow-listing. */
interface Hit {
  readonly line: number;
  readonly column?: number;
  /** The lines the hit spans, for `keyguard:allow`. */
  readonly lines: readonly string[];
  /** The credential matched in a text file (for the config's allowed values); none for a binary file. */
  readonly value?: string;
  readonly fingerprint: string;
  readonly redacted: string;
}

/**
 * One file's findings: its content findings (from scanAddedText) merged with those of the file
 * detectors whose paths match it, after inline and fingerprint allow-listing. A file detector's
 * text hit on a line a specific content detector matched is dropped; on a line only a generic
 * detector matched, the generic finding is dropped instead (see content-coverage.ts).
 */
export function scanFileDetectors(file: StagedContent, contentFindings: Finding[], context: FileScanContext, allowed: AllowedCounts): Finding[] {
  const detectors = context.files.forPath(file.path);
  if (detectors.length === 0) return contentFindings;
  const findings: Finding[] = [];
  const replacedLines = new Set<number>();
  let coverage: Coverage | undefined;
  const coverageAt = (added: AddedText, index: number) => (coverage ??= contentCoverage(added, context)).get(index);
  // The same allow rules as content findings (scan-added-text.ts): the config's allowed values, and
  // markers scoped by detector id, where the id may be a content or a file detector's.
  const isDetectorId = (id: string): boolean => context.catalog.hasDetector(id) || context.files.hasDetector(id);
  for (const detector of detectors) {
    const hits = file.added === undefined ? binaryHits(detector, file) : textHits(detector, file, file.added, context.files, coverageAt);
    for (const hit of hits) {
      if (hit.column !== undefined) replacedLines.add(hit.line);
      if (hit.value !== undefined && context.isAllowedValue?.(hit.value) === true) continue;
      if (isAllowedInline(hit.lines, detector.id, isDetectorId)) allowed.inline++;
      else if (context.allowedFingerprints.has(hit.fingerprint)) allowed.fingerprint++;
      else findings.push(toFinding(detector, file.path, hit));
    }
  }
  const genericIds = new Set(context.catalog.detectors.filter((detector) => detector.generic === true).map((detector) => detector.id));
  const kept = contentFindings.filter((finding) => !(genericIds.has(finding.ruleId) && replacedLines.has(finding.line)));
  return [...kept, ...findings];
}

function* binaryHits(detector: FileDetector, file: StagedContent): Generator<Hit> {
  if (detector.binary !== true) return;
  const blob = blobIdentity(file);
  yield { line: 1, lines: [], fingerprint: fingerprintOf(detector.id, blob.hashed), redacted: `binary file, blob ${blob.shown}` };
}

function* textHits(
  detector: FileDetector,
  file: StagedContent,
  added: AddedText,
  files: FileDetectorCatalog,
  coverageAt: (added: AddedText, index: number) => 'specific' | 'generic' | undefined,
): Generator<Hit> {
  const { content } = detector;
  if (content === undefined || added.text.length === 0) return;
  const regex = files.regex(detector, content.pattern);
  regex.lastIndex = 0;
  for (let match = regex.exec(added.text); match !== null; match = regex.exec(added.text)) {
    if (match[0].length === 0) regex.lastIndex++; // never loop on an empty match
    const value = match.slice(1).find((group) => group !== undefined);
    if (value === undefined || value === '' || isPlaceholder(value) || content.validate?.(value, match[0]) === false) continue;
    // The credential ends the match (at most a closing quote follows): search from the end, so a
    // value that also occurs in its name (`DB_PASSWORD=PASS`) is located right.
    const valueStart = match.index + Math.max(0, match[0].lastIndexOf(value));
    // A whole-file hit points at where the match starts (a key's BEGIN line), a value hit at the value.
    const start = content.identity === 'file' ? match.index : valueStart;
    const firstLine = lineIndexAt(added, start);
    const lastLine = lineIndexAt(added, valueStart + value.length - 1);
    const lines: string[] = [];
    let covered = false;
    for (let index = firstLine; index <= lastLine; index++) {
      lines.push(lineText(added, index));
      covered ||= coverageAt(added, index) === 'specific';
    }
    if (covered) continue;
    const line = added.lineNumbers[firstLine];
    const column = start - added.lineStarts[firstLine] + 1;
    if (content.identity === 'file') {
      const blob = blobIdentity(file);
      yield { line, column, lines, value, fingerprint: fingerprintOf(detector.id, blob.hashed), redacted: `whole file, blob ${blob.shown}` };
      return; // one finding per file: the fingerprint is the file's
    }
    yield { line, column, lines, value, fingerprint: fingerprintOf(detector.id, value), redacted: redact(value) };
  }
}

/**
 * The file's blob id: from the patch's index line, or computed from the whole content the way
 * `git hash-object` does (so a tree scan and a staged scan agree); failing both, a hash of what
 * was scanned.
 */
function blobIdentity(file: StagedContent): { hashed: string; shown: string } {
  const id =
    (file.patch === undefined ? undefined : newBlobId(file.patch)) ??
    (file.content === undefined ? undefined : gitBlobId(file.content)) ??
    sha('sha256').update(file.patch ?? file.added?.text ?? '').digest('hex');
  return { hashed: `blob:${id}`, shown: id.slice(0, 12) };
}

/** A hash object from node:crypto, loaded on first use only (see fingerprint.ts). */
function sha(algorithm: 'sha1' | 'sha256'): import('node:crypto').Hash {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:crypto') as typeof import('node:crypto')).createHash(algorithm);
}

function gitBlobId(content: Buffer): string {
  return sha('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

function toFinding(detector: FileDetector, file: string, hit: Hit): Finding {
  return {
    ruleId: detector.id,
    provider: detector.provider,
    title: detector.title,
    severity: detector.severity,
    file,
    line: hit.line,
    ...(hit.column === undefined ? {} : { column: hit.column }),
    fingerprint: hit.fingerprint,
    redacted: hit.redacted,
    description: detector.description ?? displayName(detector.provider, detector.title),
    remediation: detector.remediation,
  };
}
