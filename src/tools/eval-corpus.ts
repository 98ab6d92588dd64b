/**
 * `npm run eval`: keyguard's recall and false-positive rate on other scanners' own rule examples
 * (../shared/corpus/*.jsonl.gz, see its README), measured through the real pipeline: every example
 * is staged as a file of one temp repository and scanned with scanStaged.
 *
 *   node dist/src/tools/eval-corpus.js [--corpus DIR] [--misses]
 *
 * Positives whose known secret is a placeholder (`xxxx…`, `EXAMPLE`, …) are counted apart: keyguard
 * drops those by design. A "flagged negative" is a negative example with any finding at all (the
 * corpus README explains why some are arguable).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isPlaceholder } from '../scan/placeholder';
import { scanStaged } from '../scan/scan-staged';

interface CorpusRecord {
  source: string;
  rule: string;
  label: 'positive' | 'negative';
  text: string;
  expect: string | null;
}

interface Tally {
  positives: number;
  placeholders: number;
  detected: number;
  negatives: number;
  flagged: number;
}

const emptyTally = (): Tally => ({ positives: 0, placeholders: 0, detected: 0, negatives: 0, flagged: 0 });

function readCorpus(dir: string): CorpusRecord[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl.gz'))
    .sort()
    .flatMap((name) =>
      gunzipSync(readFileSync(path.join(dir, name)))
        .toString('utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as CorpusRecord),
    );
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
}

/** Stages every record as its own file; returns the file name of each record. */
function stageRecords(repo: string, records: readonly CorpusRecord[]): string[] {
  git(repo, 'init', '-q');
  const files = records.map((record, index) => `${record.source}/${record.label}/${index}.txt`);
  records.forEach((record, index) => {
    const file = path.join(repo, files[index]);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${record.text}\n`);
  });
  git(repo, 'add', '-A');
  return files;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '   -  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
}

function row(name: string, tally: Tally): string {
  const scored = tally.positives - tally.placeholders;
  return [
    name.padEnd(12),
    `recall ${percent(tally.detected, scored)} (${tally.detected}/${scored})`,
    `placeholders set aside ${String(tally.placeholders).padStart(3)}`,
    `negatives flagged ${percent(tally.flagged, tally.negatives)} (${tally.flagged}/${tally.negatives})`,
  ].join('   ');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const corpusDir = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : path.resolve(__dirname, '../../../../shared/corpus');
  const showMisses = args.includes('--misses');
  const records = readCorpus(corpusDir);
  const repo = mkdtempSync(path.join(os.tmpdir(), 'keyguard-eval-'));
  try {
    const files = stageRecords(repo, records);
    const result = await scanStaged({ cwd: repo });
    const flaggedFiles = new Map<string, string[]>();
    for (const finding of result.findings) flaggedFiles.set(finding.file, [...(flaggedFiles.get(finding.file) ?? []), finding.ruleId]);

    const tallies = new Map<string, Tally>();
    const misses: string[] = [];
    records.forEach((record, index) => {
      const tally = tallies.get(record.source) ?? emptyTally();
      tallies.set(record.source, tally);
      const found = flaggedFiles.get(files[index]);
      if (record.label === 'negative') {
        tally.negatives++;
        if (found) {
          tally.flagged++;
          misses.push(`flagged negative  ${record.source} ${record.rule}: ${found.join(',')}  ${preview(record.text)}`);
        }
        return;
      }
      tally.positives++;
      if (record.expect !== null && isPlaceholder(record.expect)) tally.placeholders++;
      else if (found) tally.detected++;
      else misses.push(`missed positive   ${record.source} ${record.rule}  ${preview(record.text)}`);
    });

    const total = emptyTally();
    for (const tally of tallies.values()) for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += tally[key];
    console.log(`keyguard corpus evaluation: ${records.length} examples, scanned in ${result.stats.durationMs} ms`);
    for (const [source, tally] of [...tallies].sort()) console.log(row(source, tally));
    console.log(row('overall', total));
    if (showMisses) console.log(`\n${misses.sort().join('\n')}`);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

function preview(text: string): string {
  return JSON.stringify(text.length > 70 ? `${text.slice(0, 70)}…` : text);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
