import { readIgnoreEntries } from '../allow/ignore-file';
import { EXIT_CLEAN } from '../cli/exit-codes';
import { Io } from '../cli/io';
import { scanStaged } from '../scan/scan-staged';

/**
 * `keyguard allow --list`: every .keyguardignore entry with its reason and whether it still matches
 * a finding in the staged changes (a scan with the allow-list switched off). An entry that matches
 * nothing staged may still match committed files: only a tree scan can tell (not done here).
 */
export async function listAllowed(root: string, io: Io): Promise<number> {
  const entries = await readIgnoreEntries(root);
  if (entries.length === 0) {
    io.stdout('No entries in .keyguardignore.\n');
    return EXIT_CLEAN;
  }
  const result = await scanStaged({ cwd: root, env: io.env, ignoreAllowedFingerprints: true });
  const staged = new Set([...result.findings, ...result.warnings].map((finding) => finding.fingerprint));
  const width = Math.max(...entries.map((entry) => entry.fingerprint.length));
  for (const entry of entries) {
    const status = staged.has(entry.fingerprint) ? 'matches staged' : 'not staged    ';
    io.stdout(`${entry.fingerprint.padEnd(width)}  ${status}  ${entry.reason ?? '(no reason given)'}\n`);
  }
  return EXIT_CLEAN;
}
