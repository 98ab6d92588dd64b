import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { FINGERPRINT_PATTERN } from '../fingerprint';

/**
 * `.keyguardignore` at the repository root: fingerprints of allowed findings, one per line, with an
 * optional `# reason` after it; lines starting with `#` are comments. It holds hashes only, never a
 * secret, so it is meant to be committed.
 */
export const IGNORE_FILE_NAME = '.keyguardignore';

const HEADER = [
  '# keyguard: findings allowed in this repository, by fingerprint (no secrets are stored here).',
  '# Add entries with `npx keyguard allow <fingerprint> --reason "..."`.',
];

export interface IgnoreEntry {
  readonly fingerprint: string;
  readonly reason?: string;
}

export function parseIgnoreFile(content: string): IgnoreEntry[] {
  const entries: IgnoreEntry[] = [];
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const hash = line.indexOf('#');
    const fingerprint = (hash === -1 ? line : line.slice(0, hash)).trim();
    const reason = hash === -1 ? undefined : line.slice(hash + 1).trim() || undefined;
    entries.push({ fingerprint, reason });
  }
  return entries;
}

/** The allowed fingerprints of the repository at `root` (empty when there is no file). */
export function readAllowedFingerprints(root: string): Set<string> {
  let content: string;
  try {
    content = readFileSync(path.join(root, IGNORE_FILE_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw error;
  }
  return new Set(parseIgnoreFile(content).map((entry) => entry.fingerprint));
}

/**
 * Adds fingerprints to the file (creating it), keeping one entry per fingerprint. The new content
 * is written to a temporary file and renamed over the old one, so a reader never sees half a file.
 * Returns the fingerprints that were not there before.
 */
export async function addAllowedFingerprints(root: string, fingerprints: readonly string[], reason?: string): Promise<string[]> {
  for (const fingerprint of fingerprints) {
    if (!FINGERPRINT_PATTERN.test(fingerprint)) throw new InvalidFingerprintError(fingerprint);
  }
  const file = path.join(root, IGNORE_FILE_NAME);
  const existing = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const present = new Set(parseIgnoreFile(existing ?? '').map((entry) => entry.fingerprint));
  const added = [...new Set(fingerprints)].filter((fingerprint) => !present.has(fingerprint));
  if (added.length === 0) return [];
  const comment = reason === undefined ? '' : `  # ${reason.replace(/[\r\n]+/g, ' ')}`;
  const lines = added.map((fingerprint) => `${fingerprint}${comment}\n`).join('');
  let content = existing ?? `${HEADER.join('\n')}\n`;
  if (content.length > 0 && !content.endsWith('\n')) content += '\n';
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temporary, content + lines);
  await fs.rename(temporary, file);
  return added;
}

export class InvalidFingerprintError extends Error {
  constructor(readonly fingerprint: string) {
    // The argument is not echoed: someone may have pasted the secret itself.
    super(`not a keyguard fingerprint (${fingerprint.length} characters; expected <detector-id>:<16 hex digits>, as printed by keyguard scan)`);
    this.name = 'InvalidFingerprintError';
  }
}
