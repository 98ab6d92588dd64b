import { addedTextOfWholeText } from '../diff/added-text';
import { NotARepositoryError } from '../git/repository';
import { DetectorCatalog } from './catalog';
import { FileDetectorCatalog } from './file-catalog';
import { openScan, ScanOptions, ScanResult, scanResult } from './scan-staged';
import { emptyTally, ScanSession, scanFileText } from './scan-tally';

/** Options of `scanText`. */
export interface TextScanOptions extends Partial<ScanOptions> {
  /** The name findings give the text, also matched against config excludes. Default `<text>`. */
  readonly path?: string;
}

const DEFAULT_NAME = '<text>';

/**
 * Scans a text as if every line were added (editor and tool integrations, `keyguard scan --stdin`).
 * With a `cwd` inside a git work tree, that repository's configuration, `.keyguardignore` and
 * baseline apply, as they would to a commit; without one (or outside a repository) only the
 * detectors and inline `keyguard:allow` comments do.
 */
export async function scanText(text: string, options: TextScanOptions = {}): Promise<ScanResult> {
  const started = performance.now();
  const name = options.path ?? DEFAULT_NAME;
  const session = await textSession(options);
  const tally = emptyTally();
  if (session.isExcluded(name)) tally.skipped.push({ path: name, reason: 'excluded by config' });
  else scanFileText({ path: name, added: addedTextOfWholeText(text), content: Buffer.from(text, 'utf8') }, session, tally);
  return scanResult(session, tally, started, { mode: 'text', scope: name });
}

async function textSession(options: TextScanOptions): Promise<ScanSession> {
  if (options.cwd !== undefined) {
    try {
      return await openScan({ ...options, cwd: options.cwd });
    } catch (error) {
      if (!(error instanceof NotARepositoryError)) throw error;
    }
  }
  const registry = await import('../../detectors');
  const detectors = options.detectors ?? registry.detectors;
  const fileDetectors = options.fileDetectors ?? registry.fileDetectors;
  const cwd = options.cwd ?? process.cwd();
  return {
    git: { cwd, env: options.env ?? process.env },
    root: cwd,
    isExcluded: () => false,
    context: { catalog: new DetectorCatalog(detectors), files: new FileDetectorCatalog(fileDetectors), allowedFingerprints: new Set() },
    baseline: new Set(),
    failOn: 'low',
  };
}
