import { parseArgs } from 'node:util';
import { addAllowedFingerprints, IGNORE_FILE_NAME } from '../allow/ignore-file';
import { EXIT_CLEAN } from '../cli/exit-codes';
import { Io } from '../cli/io';
import { UsageError } from '../cli/usage-error';
import { repositoryRoot } from '../git/repository';

export const ALLOW_USAGE = `keyguard allow <fingerprint>... [--reason TEXT]
  Lets findings with these fingerprints through from now on, by recording them in .keyguardignore
  at the repository root (fingerprints only, never secrets: commit the file).`;

/** `keyguard allow <fp>...`: appends fingerprints to .keyguardignore, once each. */
export async function allowCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { reason: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new UsageError('allow needs at least one fingerprint (printed by keyguard scan)');
  const root = await repositoryRoot({ cwd: io.cwd, env: io.env });
  const added = await addAllowedFingerprints(root, positionals, values.reason);
  for (const fingerprint of positionals) {
    const state = added.includes(fingerprint) ? 'allowed' : 'already allowed';
    io.stderr(`keyguard: ${state} ${fingerprint} (in ${IGNORE_FILE_NAME})\n`);
  }
  if (added.length > 0) io.stderr(`keyguard: commit ${IGNORE_FILE_NAME} so the rest of the team shares it.\n`);
  return EXIT_CLEAN;
}
