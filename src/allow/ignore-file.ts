import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { FINGERPRINT_PATTERN } from '../fingerprint';
import { withFileLock, writeFileAtomically } from './file-lock';

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
 * Adds fingerprints to the file (creating it), keeping one entry per fingerprint. Runs under the
 * file's lock and replaces the file by rename (file-lock.ts), so concurrent calls lose nothing and
 * a reader never sees half a file. Returns the fingerprints that were not there before.
 */
export async function addAllowedFingerprints(root: string, fingerprints: readonly string[], reason?: string): Promise<string[]> {
  checkFingerprints(fingerprints);
  return updateIgnoreFile(root, (existing) => {
    const present = new Set(parseIgnoreFile(existing ?? '').map((entry) => entry.fingerprint));
    const added = [...new Set(fingerprints)].filter((fingerprint) => !present.has(fingerprint));
    if (added.length === 0) return { result: [] };
    const comment = reason === undefined ? '' : `  # ${reason.replace(/[\r\n]+/g, ' ')}`;
    let content = existing ?? `${HEADER.join('\n')}\n`;
    if (content.length > 0 && !content.endsWith('\n')) content += '\n';
    return { result: added, content: content + added.map((fingerprint) => `${fingerprint}${comment}\n`).join('') };
  });
}

/** Removes the entries of these fingerprints, keeping every other line as it was. Returns those removed. */
export async function removeAllowedFingerprints(root: string, fingerprints: readonly string[]): Promise<string[]> {
  checkFingerprints(fingerprints);
  const wanted = new Set(fingerprints);
  return updateIgnoreFile(root, (existing) => {
    const removed = new Set<string>();
    const kept = (existing ?? '').split('\n').filter((line) => {
      const [entry] = parseIgnoreFile(line);
      if (entry === undefined || !wanted.has(entry.fingerprint)) return true;
      removed.add(entry.fingerprint);
      return false;
    });
    return removed.size === 0 ? { result: [] } : { result: [...removed], content: kept.join('\n') };
  });
}

/** The entries of the file, in file order (empty when there is no file). */
export async function readIgnoreEntries(root: string): Promise<IgnoreEntry[]> {
  return parseIgnoreFile((await readIfExists(path.join(root, IGNORE_FILE_NAME))) ?? '');
}

/** Read-modify-write under the lock; `change` returns new content, or none to leave the file alone. */
async function updateIgnoreFile<T>(root: string, change: (existing: string | undefined) => { result: T; content?: string }): Promise<T> {
  const file = path.join(root, IGNORE_FILE_NAME);
  return withFileLock(file, async () => {
    const { result, content } = change(await readIfExists(file));
    if (content !== undefined) await writeFileAtomically(file, content);
    return result;
  });
}

async function readIfExists(file: string): Promise<string | undefined> {
  return fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

function checkFingerprints(fingerprints: readonly string[]): void {
  for (const fingerprint of fingerprints) {
    if (!FINGERPRINT_PATTERN.test(fingerprint)) throw new InvalidFingerprintError(fingerprint);
  }
}

export class InvalidFingerprintError extends Error {
  constructor(readonly fingerprint: string) {
    // The argument is not echoed: someone may have pasted the secret itself.
    super(`not a keyguard fingerprint (${fingerprint.length} characters; expected <detector-id>:<16 hex digits>, as printed by keyguard scan)`);
    this.name = 'InvalidFingerprintError';
  }
}
