/**
 * The bench's output: one table per scenario on stdout (median, min–max, ratios to the scenario's
 * baseline rows, throughput and peak RSS where measured), and the same results as JSON with `--json`.
 */
import { Measurement } from './bench-measure';

/** One scenario's measured rows, with the rows ratios are taken against. */
export interface ScenarioResult {
  name: string;
  description: string;
  /** Bytes of added text scanned, for MB/s. */
  addedBytes?: number;
  rows: Measurement[];
  /** Labels of the rows every other row is divided by (e.g. `node -e 0`, `git diff --cached`). */
  baselines: string[];
  /** Targets from issue 6, as text, and lines such as "not implemented yet" or skipped peers. */
  notes: string[];
}

const seconds = (ms: number): string => (Number.isNaN(ms) ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(3)} s`);

function ratio(row: Measurement, baseline: Measurement | undefined): string {
  if (!baseline || row === baseline || Number.isNaN(row.medianMs) || Number.isNaN(baseline.medianMs)) return '';
  return `${(row.medianMs / baseline.medianMs).toFixed(2)}x`;
}

function throughput(row: Measurement, bytes: number | undefined): string {
  if (bytes === undefined || Number.isNaN(row.medianMs)) return '';
  return `${(bytes / 1024 / 1024 / (row.medianMs / 1000)).toFixed(1)}`;
}

function cells(result: ScenarioResult, row: Measurement): string[] {
  if (row.timedOutAfterS !== undefined && row.timesMs.length === 0) {
    return [row.label, `did not finish in ${row.timedOutAfterS} s`, '', '', ...result.baselines.map(() => ''), '', ''];
  }
  const baselineRows = result.baselines.map((label) => result.rows.find((candidate) => candidate.label === label));
  return [
    row.label,
    seconds(row.medianMs),
    `${seconds(row.minMs)}–${seconds(row.maxMs)}`,
    String(row.timesMs.length),
    ...baselineRows.map((baseline) => ratio(row, baseline)),
    throughput(row, result.addedBytes),
    row.peakRssMiB === undefined ? '' : `${row.peakRssMiB.toFixed(0)}`,
  ];
}

function table(header: string[], lines: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (line: string[]): string => line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(format)].join('\n');
}

/** The human-readable report of all scenarios. */
export function formatReport(results: readonly ScenarioResult[], machine: Record<string, string>): string {
  const parts = [`machine: ${Object.entries(machine).map(([key, value]) => `${key} ${value}`).join(' · ')}`];
  for (const result of results) {
    const header = ['command', 'median', 'min–max', 'runs', ...result.baselines.map((label) => `÷ ${label}`), 'MB/s', 'RSS MiB'];
    parts.push(`\n== ${result.name}: ${result.description}`);
    if (result.rows.length > 0) parts.push(table(header, result.rows.map((row) => cells(result, row))));
    for (const row of result.rows) if (row.error) parts.push(`  ! ${row.label} exited ${row.exitCodes.join(',')}: ${row.error}`);
    for (const note of result.notes) parts.push(`  ${note}`);
  }
  return `${parts.join('\n')}\n`;
}
