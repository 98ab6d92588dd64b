import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { FINGERPRINT_PATTERN } from '../fingerprint';

/**
 * `.keyguard-baseline` at the repository root: the fingerprints of findings that were already in
 * the repository when `keyguard baseline` ran. Scans treat them as allowed (counted apart from
 * `.keyguardignore`), so adopting keyguard in a legacy repository blocks only new secrets.
 *
 * The file holds fingerprints only (detector id and a hash: no path, no line, no secret), sorted and
 * unique, under a fixed header: re-running the baseline on an unchanged repository rewrites the same
 * bytes, and renaming or editing a file never changes it, so it does not churn or conflict in merges.
 */
export const BASELINE_FILE_NAME = '.keyguard-baseline';

const HEADER = [
  '# keyguard baseline: findings that were already in this repository, by fingerprint (no secrets).',
  '# Scans allow them. Regenerate with `npx keyguard baseline`; new secrets still block.',
];

/** The file's content for these fingerprints: sorted, unique, one per line, after the header. */
export function formatBaseline(fingerprints: Iterable<string>): string {
  const sorted = [...new Set(fingerprints)].sort();
  return `${[...HEADER, ...sorted].join('\n')}\n`;
}

/** The fingerprints in a baseline file's text (comments and blank lines ignored). */
export function parseBaseline(content: string): string[] {
  return content
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#') && FINGERPRINT_PATTERN.test(line));
}

/** The baselined fingerprints of the repository at `root` (empty when there is no file). */
export function readBaseline(root: string): Set<string> {
  try {
    return new Set(parseBaseline(readFileSync(path.join(root, BASELINE_FILE_NAME), 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw error;
  }
}

/**
 * Writes the baseline (atomically: a temporary file renamed over the old one) unless its content
 * would not change, so an unchanged repository keeps the file byte for byte, mtime included.
 * Returns whether the file was written.
 */
export async function writeBaseline(root: string, fingerprints: Iterable<string>): Promise<boolean> {
  const file = path.join(root, BASELINE_FILE_NAME);
  const content = formatBaseline(fingerprints);
  const existing = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (existing === content) return false;
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temporary, content);
  await fs.rename(temporary, file);
  return true;
}
