import { parseArgs } from 'node:util';
import { BASELINE_FILE_NAME, readBaseline, writeBaseline } from '../allow/baseline';
import { EXIT_CLEAN } from '../cli/exit-codes';
import { Io } from '../cli/io';
import { progressReporter } from '../cli/progress';
import { listTrackedFiles } from '../git/tracked-files';
import { openScan } from '../scan/scan-staged';
import { scanTrackedFiles } from '../scan/scan-tree';

/**
 * `keyguard baseline`: (re)writes the baseline from the tracked tree as it is now. The previous
 * baseline is ignored while scanning (so what is still there is recorded again and what has gone
 * drops out); `.keyguardignore` and inline comments still apply (those findings are allowed anyway).
 */
export async function baselineCommand(args: string[], io: Io): Promise<number> {
  parseArgs({ args, options: {}, allowPositionals: false, strict: true });
  const session = await openScan({ cwd: io.cwd, env: io.env });
  const files = await listTrackedFiles([], session.git);
  const progress = progressReporter(io, 'files');
  let fingerprints: string[];
  try {
    const tally = scanTrackedFiles(files, { ...session, baseline: new Set() }, progress?.update);
    fingerprints = [...new Set(tally.findings.map((finding) => finding.fingerprint))];
  } finally {
    progress?.done();
  }
  const previous = readBaseline(session.root);
  const written = await writeBaseline(session.root, fingerprints);
  io.stdout(`${summary(fingerprints, previous, written, files.length)}\n`);
  return EXIT_CLEAN;
}

function summary(fingerprints: readonly string[], previous: ReadonlySet<string>, written: boolean, files: number): string {
  const count = `${fingerprints.length} ${fingerprints.length === 1 ? 'finding' : 'findings'} in ${files} tracked ${files === 1 ? 'file' : 'files'}`;
  if (!written) return `keyguard: ${BASELINE_FILE_NAME} is up to date (${count}); nothing changed`;
  const added = fingerprints.filter((fingerprint) => !previous.has(fingerprint)).length;
  const removed = [...previous].filter((fingerprint) => !fingerprints.includes(fingerprint)).length;
  return (
    `keyguard: wrote ${BASELINE_FILE_NAME}: ${count} (${added} added, ${removed} removed). ` +
    'Scans allow these from now on; commit the file.'
  );
}
