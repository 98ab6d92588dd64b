/**
 * `npm run eval`: keyguard's recall and false-positive rate on other scanners' own rule examples
 * (../shared/corpus/*.jsonl.gz, see its README), measured through the real pipeline: every example
 * is staged as a file of one temp repository and scanned with scanStaged.
 *
 *   node dist/src/tools/eval-corpus.js [--corpus DIR] [--misses]
 *   node dist/src/tools/eval-corpus.js --real-code [--from DIR]... [--ext js,ts,… | --credential-files] [--keep]
 *
 * `--only ID,ID…` runs just the detectors whose id starts with one of the given prefixes.
 * `--real-code` measures false positives on real source instead: the JavaScript, TypeScript and JSON
 * files (or `--ext`'s extensions) of installed packages (default: this project's node_modules) plus synthetic lockfiles
 * (lockfile-fixtures.ts) are staged as one initial commit and scanned; every finding is printed
 * with its redacted value only. `--keep` leaves the temp repository in place for inspection.
 * `--credential-files` stages instead every file whose path a file detector names (`*.pem`, `.env`,
 * key stores…), to measure those detectors on real trees (e.g. `--from /usr/share`).
 *
 * Positives whose known secret is a placeholder (`xxxx…`, `EXAMPLE`, …) are counted apart: keyguard
 * drops those by design. The headline is the strict recall over all other positives; a second line,
 * "recall on credential rules", also sets aside peer rules that find identifiers (IDENTIFIER_RULES). A "flagged negative" is a negative example with any finding at all (the
 * corpus README explains why some are arguable).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import RE2 from 're2';
import { Detector } from '../detector';
import { FileDetectorCatalog } from '../scan/file-catalog';
import { isPlaceholder } from '../scan/placeholder';
import { scanStaged } from '../scan/scan-staged';
import { lockfileFixtures } from './lockfile-fixtures';

interface CorpusRecord {
  source: string;
  rule: string;
  name: string;
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
  /** Scored positives (not placeholders) of identifier rules, and how many of them were detected. */
  identifiers: number;
  identifiersDetected: number;
}

const emptyTally = (): Tally => ({ positives: 0, placeholders: 0, detected: 0, negatives: 0, flagged: 0, identifiers: 0, identifiersDetected: 0 });

/**
 * Peer rules whose positives are identifiers, not credentials: knowing one grants no access, and
 * keyguard deliberately does not report them (a hook that blocks every ARN or bucket URL gets
 * uninstalled). They stay in the strict recall; the "credential rules" line sets them aside so
 * that number says how many secrets are caught. Each was checked against the corpus records.
 */
const IDENTIFIER_RULES: ReadonlyMap<string, string> = new Map([
  ['np.arn.1', 'AWS resource names (arn:aws:s3:::bucket/*)'],
  ['np.s3.1', 'S3 bucket host names'],
  ['np.gcs.1', 'Google Cloud Storage bucket host names'],
  ['np.gcs.2', 'Google Cloud Storage bucket URLs'],
  ['np.shopify.1', 'shop domains (x.myshopify.com)'],
  ['np.linkedin.1', 'LinkedIn client IDs (public in every OAuth redirect)'],
  ['np.reactapp.1', 'usernames (REACT_APP_*_USERNAME=bowie)'],
  ['np.aws.3', 'AWS account IDs'],
  ['np.google.1', 'Google OAuth client IDs (public in every sign-in page)'],
  ['np.age.1', 'age recipients: X25519 public keys'],
]);

/** secretlint names a record by its first finding's messageId; these are identifiers, not secrets. */
const IDENTIFIER_SECRETLINT_FINDINGS: ReadonlySet<string> = new Set(['AWSAccountID', 'AzureTenantId', 'AzureClientId']);

function isIdentifierRule(record: CorpusRecord): boolean {
  return IDENTIFIER_RULES.has(record.rule) || (record.source === 'secretlint' && IDENTIFIER_SECRETLINT_FINDINGS.has(record.name));
}

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

/** Recall without the identifier rules' positives (IDENTIFIER_RULES), which are counted apart. */
function credentialRow(total: Tally): string {
  const scored = total.positives - total.placeholders - total.identifiers;
  const detected = total.detected - total.identifiersDetected;
  return [
    'recall on credential rules'.padEnd(12),
    `${percent(detected, scored)} (${detected}/${scored})`,
    `identifier-rule positives set aside ${total.identifiers} (${total.identifiersDetected} detected)`,
  ].join('   ');
}

/**
 * The registry, or its detectors whose id starts with one of `--only`'s comma-separated prefixes.
 * A detector whose pattern RE2 rejects (someone's work in progress) is left out with a warning, so
 * one broken pattern does not stop the whole evaluation.
 */
async function selectedDetectors(args: string[]): Promise<readonly Detector[]> {
  const prefixes = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : [''];
  const { detectors } = await import('../../detectors');
  return detectors.filter((detector) => {
    if (!prefixes.some((prefix) => detector.id.startsWith(prefix))) return false;
    try {
      new RE2(detector.pattern, 'g');
      return true;
    } catch (error) {
      console.error(`warning: left out ${detector.id}: ${(error as Error).message}`);
      return false;
    }
  });
}

const SOURCE_EXTENSIONS = ['js', 'cjs', 'mjs', 'ts', 'cts', 'mts', 'jsx', 'tsx', 'json'];

/** Every file under `dir` with one of `extensions` (following no symlinks), as paths relative to it. */
function sourceFiles(dir: string, wanted: (file: string) => boolean, relative = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(dir, wanted, child));
    else if (entry.isFile() && wanted(child)) out.push(child);
  }
  return out;
}

/** Top-level package of a node_modules-relative path: `typescript`, `@babel/types`. */
function packageOf(file: string): string {
  const parts = file.split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : parts[0];
}

async function realCode(args: string[], keep: boolean): Promise<void> {
  const sources = args.flatMap((arg, index) => (arg === '--from' ? [path.resolve(args[index + 1])] : []));
  if (sources.length === 0) sources.push(path.resolve(__dirname, '../../../node_modules'));
  const extensions = new Set(args.includes('--ext') ? args[args.indexOf('--ext') + 1].split(',') : SOURCE_EXTENSIONS);
  const credentialFiles = new FileDetectorCatalog((await import('../../detectors')).fileDetectors);
  const wanted = args.includes('--credential-files')
    ? (file: string) => credentialFiles.forPath(file).length > 0
    : (file: string) => extensions.has(path.extname(file).slice(1));
  const repo = mkdtempSync(path.join(os.tmpdir(), 'keyguard-realcode-'));
  try {
    git(repo, 'init', '-q');
    let bytes = 0;
    const perPackage = new Map<string, number>();
    sources.forEach((source, sourceIndex) => {
      for (const file of sourceFiles(source, wanted)) {
        const content = readFileSync(path.join(source, file));
        const target = path.join(repo, `src${sourceIndex}`, file);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, content);
        bytes += content.length;
        const name = packageOf(file);
        perPackage.set(name, (perPackage.get(name) ?? 0) + content.length);
      }
    });
    for (const [name, content] of Object.entries(lockfileFixtures())) {
      const target = path.join(repo, 'lockfiles', name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
      bytes += Buffer.byteLength(content);
    }
    git(repo, 'add', '-A');
    const result = await scanStaged({ cwd: repo, detectors: await selectedDetectors(args) });
    const megabytes = bytes / (1024 * 1024);
    const top = [...perPackage].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log(`keyguard real-code evaluation: ${sources.join(', ')} + lockfile fixtures`);
    console.log(`  ${result.stats.files} files, ${megabytes.toFixed(1)} MB, ${result.stats.lines} lines, scanned in ${result.stats.durationMs} ms`);
    console.log(`  largest packages: ${top.map(([name, size]) => `${name} ${(size / 1048576).toFixed(1)} MB`).join(', ')}`);
    console.log(`  findings ${result.findings.length}: ${(result.findings.length / megabytes).toFixed(3)} per MB, ${((10 * result.findings.length) / megabytes).toFixed(2)} per 10 MB`);
    for (const finding of result.findings) {
      console.log(`  ${finding.ruleId.padEnd(24)} ${finding.file}:${finding.line}:${finding.column ?? '-'}  ${finding.redacted}  ${contextOf(repo, finding.file, finding.line, finding.column, finding.redacted)}`);
    }
    if (keep) console.log(`  kept ${repo}`);
  } finally {
    if (!keep) rmSync(repo, { recursive: true, force: true });
  }
}

/** The finding's line around it, with the secret itself replaced by its redacted form. */
function contextOf(repo: string, file: string, line: number, column: number | undefined, redacted: string): string {
  if (column === undefined) return '(whole binary file)';
  const text = readFileSync(path.join(repo, file), 'utf8').split('\n')[line - 1] ?? '';
  const length = Number(/\((\d+) chars\)$/.exec(redacted)?.[1] ?? 0);
  const start = column - 1;
  const before = text.slice(Math.max(0, start - 50), start);
  const after = text.slice(start + length, start + length + 30);
  return JSON.stringify(`${before}[${redacted}]${after}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--real-code')) return realCode(args, args.includes('--keep'));
  const corpusDir = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : defaultCorpusDir();
  const showMisses = args.includes('--misses');
  const records = readCorpus(corpusDir);
  const repo = mkdtempSync(path.join(os.tmpdir(), 'keyguard-eval-'));
  try {
    const files = stageRecords(repo, records);
    const result = await scanStaged({ cwd: repo, detectors: await selectedDetectors(args) });
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
      if (record.expect !== null && isPlaceholder(record.expect)) {
        tally.placeholders++;
        return;
      }
      if (found) tally.detected++;
      else misses.push(`missed positive   ${record.source} ${record.rule}${isIdentifierRule(record) ? ' (identifier)' : ''}  ${preview(record.text)}`);
      if (isIdentifierRule(record)) {
        tally.identifiers++;
        if (found) tally.identifiersDetected++;
      }
    });

    const total = emptyTally();
    for (const tally of tallies.values()) for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += tally[key];
    console.log(`keyguard corpus evaluation: ${records.length} examples, scanned in ${result.stats.durationMs} ms`);
    for (const [source, tally] of [...tallies].sort()) console.log(row(source, tally));
    console.log(row('overall', total));
    console.log(credentialRow(total));
    if (showMisses) console.log(`\n${misses.sort().join('\n')}`);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

/** `shared/corpus` beside the repository or beside one of its parents (a worktree sits deeper). */
function defaultCorpusDir(): string {
  const repo = path.resolve(__dirname, '../../..');
  const candidates = [1, 2, 3].map((up) => path.resolve(repo, '../'.repeat(up), 'shared/corpus'));
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0];
}

function preview(text: string): string {
  return JSON.stringify(text.length > 70 ? `${text.slice(0, 70)}…` : text);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
