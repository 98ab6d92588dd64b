import { Io } from '../cli/io';
import { UsageError } from '../cli/usage-error';
import { ScanResult } from '../scan/scan-staged';
import { Format, parseFormat, render } from './render';
import { wantsColor } from './style';
import { writeReportFile } from './write-report';

/** The report flags every scan mode shares, in node:util parseArgs form (spread into a command's options). */
export const REPORT_ARGS = {
  format: { type: 'string', default: 'human' },
  output: { type: 'string', short: 'o' },
  verbose: { type: 'boolean', short: 'v', default: false },
} as const;

/** Their lines in `keyguard help`. */
export const REPORT_USAGE = `  --format FORMAT   human (default, on stderr), json or sarif (SARIF 2.1.0, for code scanning; on stdout)
  --output, -o FILE write the report to FILE instead (atomically; never coloured)
  --verbose, -v     also list skipped files (binary, excluded by config)`;

/** How and where to report a scan. */
export interface ReportOptions {
  readonly format: Format;
  /** File to write the report to, relative to the working directory. Default: a standard stream. */
  readonly output?: string;
  readonly verbose: boolean;
}

/** Checks the parsed report flags (before anything is scanned, so mistakes cost nothing). */
export function reportOptions(values: { format: string; output?: string; verbose: boolean }): ReportOptions {
  if (values.output === '') throw new UsageError('--output needs a file name');
  return { format: parseFormat(values.format), output: values.output, verbose: values.verbose };
}

/**
 * Writes the report: to `--output` if given (with one line on stderr saying so), else human to
 * stderr (the hook's channel) and machine formats to stdout.
 */
export function deliverReport(result: ScanResult, options: ReportOptions, io: Io): void {
  // Colour only for the human report on a terminal (or when forced); never in a file or machine format.
  const color = options.format === 'human' && options.output === undefined && wantsColor(io.env, io.stderrIsTTY === true);
  const report = render(options.format, result, { verbose: options.verbose, color });
  if (options.output === undefined) {
    (options.format === 'human' ? io.stderr : io.stdout)(report);
    return;
  }
  writeReportFile(io.cwd, options.output, report);
  const count = result.findings.length;
  io.stderr(`keyguard: ${count} ${count === 1 ? 'finding' : 'findings'}; ${options.format} report written to ${options.output}\n`);
}
