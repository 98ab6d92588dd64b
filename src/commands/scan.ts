import { parseArgs } from 'node:util';
import { recordLastScan } from '../allow/last-scan';
import { EXIT_CLEAN, EXIT_FINDINGS } from '../cli/exit-codes';
import { Io } from '../cli/io';
import { deliverReport, REPORT_ARGS, REPORT_USAGE, reportOptions } from '../report/deliver';
import { scanStaged } from '../scan/scan-staged';

export const SCAN_USAGE = `keyguard scan [--staged] [--format human|json|sarif] [--output FILE] [--verbose]
  Scans the added lines of the staged changes (what \`git commit\` would record).
  --staged          the staged changes (the default, and the only mode for now)
${REPORT_USAGE}`;

/** `keyguard scan`: exit 0 when clean, 1 when secrets are found. */
export async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      staged: { type: 'boolean', default: true },
      ...REPORT_ARGS,
    },
    strict: true,
  });
  const report = reportOptions(values);
  const result = await scanStaged({ cwd: io.cwd, env: io.env });
  if (result.findings.length > 0) await recordLastScan({ cwd: io.cwd, env: io.env }, result.findings); // for `keyguard allow --last`
  deliverReport(result, report, io);
  return result.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
