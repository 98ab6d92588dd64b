import { readIgnoreEntries } from '../allow/ignore-file';
import { EXIT_CLEAN } from '../cli/exit-codes';
import { Io } from '../cli/io';
import { ScanResult, scanStaged } from '../scan/scan-staged';
import { scanTree } from '../scan/scan-tree';

/**
 * `keyguard allow --list`: every .keyguardignore entry with its reason and what it still matches,
 * from two scans with the allow-list switched off: the staged changes, then the tracked files as
 * they are in the work tree. An entry matching neither is a candidate for `allow --remove`.
 */
export async function listAllowed(root: string, io: Io): Promise<number> {
  const entries = await readIgnoreEntries(root);
  if (entries.length === 0) {
    io.stdout('No entries in .keyguardignore.\n');
    return EXIT_CLEAN;
  }
  const options = { cwd: root, env: io.env, ignoreAllowedFingerprints: true };
  const staged = fingerprintsOf(await scanStaged(options));
  const tracked = fingerprintsOf(await scanTree(options));
  const width = Math.max(...entries.map((entry) => entry.fingerprint.length));
  for (const entry of entries) {
    const status = staged.has(entry.fingerprint) ? 'matches staged' : tracked.has(entry.fingerprint) ? 'in tracked files' : 'matches nothing';
    io.stdout(`${entry.fingerprint.padEnd(width)}  ${status.padEnd(16)}  ${entry.reason ?? '(no reason given)'}\n`);
  }
  return EXIT_CLEAN;
}

function fingerprintsOf(result: ScanResult): Set<string> {
  return new Set([...result.findings, ...result.warnings].map((finding) => finding.fingerprint));
}
