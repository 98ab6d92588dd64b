import { parseArgs } from 'node:util';
import { addAllowedFingerprints, IGNORE_FILE_NAME, removeAllowedFingerprints } from '../allow/ignore-file';
import { readLastScan } from '../allow/last-scan';
import { EXIT_CLEAN, EXIT_ERROR } from '../cli/exit-codes';
import { Io } from '../cli/io';
import { UsageError } from '../cli/usage-error';
import { repositoryRoot } from '../git/repository';

export { ALLOW_USAGE } from './allow-usage';

type Mode = 'add' | 'last' | 'list' | 'remove';

/** `keyguard allow`: adds, lists or removes .keyguardignore entries (one mode per call). */
export async function allowCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      reason: { type: 'string' },
      last: { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
      remove: { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const mode = modeOf(values, positionals);
  const git = { cwd: io.cwd, env: io.env };
  const root = await repositoryRoot(git);
  if (mode === 'list') return (await import('./allow-list')).listAllowed(root, io);
  if (mode === 'remove') {
    const removed = await removeAllowedFingerprints(root, positionals);
    for (const fingerprint of positionals) {
      io.stderr(`keyguard: ${removed.includes(fingerprint) ? 'removed' : 'not in the file:'} ${fingerprint} (${IGNORE_FILE_NAME})\n`);
    }
    return EXIT_CLEAN;
  }
  let fingerprints = positionals;
  if (mode === 'last') {
    const record = await readLastScan({ ...git, cwd: root });
    if (record === undefined || record.findings.length === 0) {
      io.stderr('keyguard: no blocked scan is recorded in this repository (run keyguard scan, or commit, first).\n');
      return EXIT_ERROR;
    }
    io.stderr(`keyguard: the blocked scan of ${record.time} found:\n`);
    for (const finding of record.findings) {
      io.stderr(`  ${finding.file}:${finding.line}  ${finding.ruleId} [${finding.severity}]  ${finding.redacted}  ${finding.fingerprint}\n`);
    }
    fingerprints = record.findings.map((finding) => finding.fingerprint);
  }
  return addAndReport(root, fingerprints, values.reason, io);
}

function modeOf(values: { last: boolean; list: boolean; remove: boolean; reason?: string }, positionals: string[]): Mode {
  const chosen = (['last', 'list', 'remove'] as const).filter((flag) => values[flag]);
  if (chosen.length > 1) throw new UsageError(`allow takes one of --last, --list, --remove, not ${chosen.map((flag) => `--${flag}`).join(' and ')}`);
  const mode: Mode = chosen.length === 0 ? 'add' : chosen[0];
  if ((mode === 'add' || mode === 'remove') && positionals.length === 0) {
    throw new UsageError(`allow ${mode === 'remove' ? '--remove ' : ''}needs at least one fingerprint (printed by keyguard scan)`);
  }
  if ((mode === 'last' || mode === 'list') && positionals.length > 0) throw new UsageError(`allow --${mode} takes no fingerprints`);
  if ((mode === 'list' || mode === 'remove') && values.reason !== undefined) throw new UsageError(`--reason goes with adding entries, not --${mode}`);
  return mode;
}

async function addAndReport(root: string, fingerprints: readonly string[], reason: string | undefined, io: Io): Promise<number> {
  const added = await addAllowedFingerprints(root, fingerprints, reason);
  for (const fingerprint of new Set(fingerprints)) {
    const state = added.includes(fingerprint) ? 'allowed' : 'already allowed';
    io.stderr(`keyguard: ${state} ${fingerprint} (in ${IGNORE_FILE_NAME})\n`);
  }
  if (added.length > 0) io.stderr(`keyguard: commit ${IGNORE_FILE_NAME} so the rest of the team shares it.\n`);
  return EXIT_CLEAN;
}
