import { AddedText, addedTextOfWholeText, isBinaryPatch, lineText } from '../diff/added-text';
import { walkHunks } from '../diff/hunk-check';
import { Detector } from '../detector';
import { Finding } from '../finding';
import { fingerprintOf } from '../fingerprint';
import { blobIdsOf, readBlobs } from '../git/blobs';
import { DetectorCatalog } from './catalog';
import { findSecrets, locate, SecretMatch } from './find-secrets';
import { RescanTriggers } from './rescan-triggers';
import { judgeMatch } from './scan-added-text';
import type { FileDiff } from './scan-file-diffs';
import { ScanSession, ScanTally } from './scan-tally';

/** A modified file whose patch fired a rescan trigger. */
interface PendingFile {
  readonly path: string;
  /** The new blob (staged, or at the range's commit): the whole file as committed. */
  readonly blob: string;
  /** The file before the change, whose lines tell new content from re-indented or moved lines. */
  readonly oldBlob: string;
  readonly addedLines: ReadonlySet<number>;
  readonly detectors: readonly Detector[];
  readonly commit?: string;
}

/** Blobs per `git cat-file --batch`: bounds the memory of a range scan that fires often. */
const BLOBS_PER_READ = 100;

/**
 * The stage after the per-file pass for secrets that span lines of which only some were added
 * (see src/rescan-trigger.ts): a modified file whose patch fires a detector's trigger is read whole
 * from git (the index or the commit, never the work tree) and scanned with the triggered
 * detectors. A secret is reported when it covers an added line with new text and the added-lines
 * pass did not report it, as a first commit of the file would report it (fingerprint, allow rules,
 * baseline, line numbers). A commit whose files fire no trigger reads nothing and starts no git.
 */
export class ContextRescan {
  private readonly pending: PendingFile[] = [];
  private readonly triggers: RescanTriggers;
  private readonly catalogs = new Map<string, DetectorCatalog>();

  constructor(private readonly session: ScanSession) {
    this.triggers = new RescanTriggers(session.context.catalog.detectors);
  }

  /** Notes one file diff of the pass; cheap unless its patch fires a trigger. */
  consider(diff: FileDiff): void {
    if (diff.status === 'D' || this.session.isExcluded(diff.path) || isBinaryPatch(diff.patch)) return;
    const blobs = blobIdsOf(diff.patch);
    if (blobs?.old === undefined) return; // an added file's added lines are the whole file
    const detectors = this.triggers.firing(diff.path, diff.patch);
    if (detectors.length === 0) return;
    this.pending.push({ path: diff.path, blob: blobs.new, oldBlob: blobs.old, addedLines: addedLineNumbers(diff.patch), detectors, commit: diff.commit });
  }

  /** Reads the noted files and adds to `tally` what only their whole text shows. */
  async run(tally: ScanTally): Promise<void> {
    for (let at = 0; at < this.pending.length; at += BLOBS_PER_READ) {
      const batch = this.pending.slice(at, at + BLOBS_PER_READ);
      const blobs = await readBlobs(this.session.git, [...new Set(batch.flatMap((file) => [file.blob, file.oldBlob]))]);
      for (const file of batch) {
        const content = blobs.get(file.blob);
        if (content === undefined || content.includes(0)) continue; // gone, or not UTF-8 text (UTF-16)
        let oldLines: Set<string> | undefined; // built only for a match (a big file's lines cost memory)
        const wasInOldFile = (line: string): boolean =>
          (oldLines ??= new Set((blobs.get(file.oldBlob)?.toString('utf8') ?? '').split('\n').map((text) => text.trim()))).has(line);
        this.rescanFile(file, addedTextOfWholeText(content.toString('utf8')), wasInOldFile, tally);
      }
    }
  }

  private rescanFile(file: PendingFile, whole: AddedText, wasInOldFile: (line: string) => boolean, tally: ScanTally): void {
    const { context, baseline } = this.session;
    for (const match of findSecrets(whole, this.catalogFor(file.detectors))) {
      if (!bringsNewLine(whole, match, file.addedLines, wasInOldFile)) continue;
      const reported = tally.findings.filter((finding) => finding.file === file.path && finding.commit === file.commit);
      const fingerprint = fingerprintOf(match.detector.id, match.secret);
      const covering = reported.filter((finding) => startsInside(whole, finding, match));
      if (reported.some((finding) => finding.fingerprint === fingerprint)) continue; // reported already
      // As in a first commit: a generic match gives way to what covers it; a specific one stands next to other specific ones.
      if (match.detector.generic === true && covering.some((finding) => !this.givesWay(finding.ruleId, match.detector))) continue;
      const judged = judgeMatch(file.path, whole, match, context, tally.allowed);
      if (judged === undefined) continue;
      if (baseline.has(judged.finding.fingerprint)) {
        tally.allowed.baseline++;
        continue;
      }
      replaceFindings(tally, covering.filter((finding) => this.givesWay(finding.ruleId, match.detector)), file.commit === undefined ? judged.finding : { ...judged.finding, commit: file.commit });
    }
  }

  /** A catalog of just the triggered detectors (one per distinct set), compiled on first use. */
  private catalogFor(detectors: readonly Detector[]): DetectorCatalog {
    const key = detectors.map((detector) => detector.id).join('\0');
    const catalog = this.catalogs.get(key) ?? new DetectorCatalog(detectors, this.session.context.catalog.tuning);
    this.catalogs.set(key, catalog);
    return catalog;
  }

  /**
   * Whether an added-lines finding of detector `ruleId` gives way to `winner`'s on the same text, as
   * in a first commit: a file detector's does (its hit on a line a content detector matched is
   * dropped, scan-file-detectors.ts); a generic one does to a specific one, or to a generic one
   * earlier in the registry (find-secrets.ts); a specific one never does.
   */
  private givesWay(ruleId: string, winner: Detector): boolean {
    const { catalog, files } = this.session.context;
    if (files.hasDetector(ruleId)) return true;
    const index = catalog.detectors.findIndex((detector) => detector.id === ruleId);
    if (catalog.detectors[index]?.generic !== true) return false;
    return winner.generic !== true || catalog.detectors.indexOf(winner) < index;
  }
}

/** Line numbers (in the new file) of a patch's added lines. */
function addedLineNumbers(patch: Buffer): Set<number> {
  const lines = new Set<number>();
  walkHunks(patch, (_start, _end, lineNumber) => lines.add(lineNumber));
  return lines;
}

/**
 * Whether the secret covers a line the commit added whose text (indentation aside) the old file did
 * not hold: a key already committed whose body lines were only re-indented or moved is not a new
 * leak. (A line re-added whole, armour included, is still the added-lines pass's to report.)
 */
function bringsNewLine(whole: AddedText, match: SecretMatch, addedLines: ReadonlySet<number>, wasInOldFile: (line: string) => boolean): boolean {
  const { firstLine, lastLine } = locate(whole, match);
  for (let index = firstLine; index <= lastLine; index++) {
    if (addedLines.has(whole.lineNumbers[index]) && !wasInOldFile(lineText(whole, index).trim())) return true;
  }
  return false;
}

/** Whether an added-lines finding's secret starts within the match: the same text, found twice. */
function startsInside(whole: AddedText, finding: Finding, match: SecretMatch): boolean {
  const lineStart = whole.lineStarts[finding.line - 1];
  if (lineStart === undefined) return false;
  const offset = lineStart + (finding.column ?? 1) - 1;
  return offset >= match.start && offset < match.end;
}

/** Puts the whole-file finding in place of the findings that give way to it, next to its file's others. */
function replaceFindings(tally: ScanTally, covered: readonly Finding[], finding: Finding): void {
  const gone = new Set(covered);
  for (let index = tally.findings.length - 1; index >= 0; index--) if (gone.has(tally.findings[index])) tally.findings.splice(index, 1);
  for (let index = tally.deferred.length - 1; index >= 0; index--) if (gone.has(tally.deferred[index].finding)) tally.deferred.splice(index, 1);
  let at = tally.findings.length;
  while (at > 0 && !(tally.findings[at - 1].file === finding.file && tally.findings[at - 1].commit === finding.commit)) at--;
  tally.findings.splice(at === 0 ? tally.findings.length : at, 0, finding);
}
