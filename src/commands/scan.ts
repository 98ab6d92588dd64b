import { parseArgs } from 'node:util';
import { EXIT_CLEAN, EXIT_FINDINGS } from '../cli/exit-codes';
import { Io } from '../cli/io';
import { deliverReport, REPORT_ARGS, REPORT_USAGE, reportOptions } from '../report/deliver';
import { scanTarget } from './scan-target';

export const SCAN_USAGE = `keyguard scan [--staged | --range REVS | --pre-push | --stdin [--path NAME] | PATH...]
              [--format human|json|sarif] [--output FILE] [--verbose]
  Scans for secrets: by default the added lines of the staged changes (what \`git commit\` would record).
  --staged          the staged changes (the default)
  --range REVS      the lines added by each commit of a range (origin/main..HEAD) or one commit;
                    each finding names its commit (merges: their parents' commits are scanned)
  --pre-push        the commits being pushed, from git's pre-push hook lines on stdin
  PATH...           tracked files in these files and directories, whole (a first audit; . for all)
  --stdin           standard input, whole; --path NAME names it in findings (and for excludes)
${REPORT_USAGE}`;

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
      ...REPORT_ARGS,
    },
    strict: true,
    allowPositionals: true,
  });
  const report = reportOptions(values);
  const result = await scanTarget(values, positionals, io);
  // A blocked commit is what `keyguard allow --last` allows.
  if (result.findings.length > 0 && (result.mode ?? 'staged') === 'staged') {
    await (await import('../allow/last-scan')).recordLastScan({ cwd: io.cwd, env: io.env }, result.findings);
  }
  deliverReport(result, report, io);
  return result.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
