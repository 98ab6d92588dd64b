import { parseArgs } from 'node:util';
import { EXIT_CLEAN, EXIT_FINDINGS } from '../cli/exit-codes';
import { Io } from '../cli/io';
import { UsageError } from '../cli/usage-error';
import { formatHuman } from '../report/human';
import { formatJson } from '../report/json';
import { scanTarget } from './scan-target';

export const SCAN_USAGE = `keyguard scan [--staged | --range REVS | --pre-push | --stdin [--path NAME] | PATH...]
              [--format human|json] [--verbose]
  Scans for secrets: by default the added lines of the staged changes (what \`git commit\` would record).
  --staged          the staged changes (the default)
  --range REVS      the lines added by each commit of a range (origin/main..HEAD) or one commit;
                    each finding names its commit (merges: their parents' commits are scanned)
  --pre-push        the commits being pushed, from git's pre-push hook lines on stdin
  PATH...           tracked files in these files and directories, whole (a first audit; . for all)
  --stdin           standard input, whole; --path NAME names it in findings (and for excludes)
  --format FORMAT   human (default, on stderr) or json (on stdout)
  --verbose, -v     also list skipped files (binary, excluded by config)`;

/** `keyguard scan`: exit 0 when clean, 1 when secrets are found. */
export async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      staged: { type: 'boolean', default: true },
      range: { type: 'string' },
      'pre-push': { type: 'boolean' },
      stdin: { type: 'boolean' },
      path: { type: 'string' },
      format: { type: 'string', default: 'human' },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.format !== 'human' && values.format !== 'json') {
    throw new UsageError(`unknown --format "${values.format}" (expected human or json)`);
  }
  const result = await scanTarget(values, positionals, io);
  if (values.format === 'json') io.stdout(formatJson(result));
  else io.stderr(formatHuman(result, { verbose: values.verbose }));
  return result.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
