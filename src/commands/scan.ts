import { parseArgs } from 'node:util';
import { EXIT_CLEAN, EXIT_FINDINGS } from '../cli/exit-codes';
import { Io } from '../cli/io';
import { parseFormat, render } from '../report/render';
import { scanStaged } from '../scan/scan-staged';

export const SCAN_USAGE = `keyguard scan [--staged] [--format human|json|sarif] [--verbose]
  Scans the added lines of the staged changes (what \`git commit\` would record).
  --staged          the staged changes (the default, and the only mode for now)
  --format FORMAT   human (default, on stderr), json or sarif (SARIF 2.1.0, for code scanning; on stdout)
  --verbose, -v     also list skipped files (binary, excluded by config)`;

/** `keyguard scan`: exit 0 when clean, 1 when secrets are found. */
export async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      staged: { type: 'boolean', default: true },
      format: { type: 'string', default: 'human' },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
    strict: true,
  });
  const format = parseFormat(values.format);
  const result = await scanStaged({ cwd: io.cwd, env: io.env });
  const report = render(format, result, { verbose: values.verbose });
  if (format === 'human') io.stderr(report);
  else io.stdout(report);
  return result.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
