/**
 * `npm run bench`: how long keyguard's hook takes, against the floors it cannot go below (Node's own
 * start-up, git producing the diff) and against peer scanners, all measured in the same run
 * (issue 6; results and how to read them: docs/performance.md).
 *
 *   node dist/src/tools/bench.js [--quick] [--big-mb 100] [--runs 15] [--big-runs 5] [--peers]
 *                                [--peers-dir DIR] [--peer-timeout 120] [--only typical,big,history]
 *                                [--json FILE] [--keep]
 *
 * Scenarios (bench-scenarios.ts) are built under one mkdtemp dir in os.tmpdir(), removed at the end
 * unless --keep. Commands run interleaved, N times each (bench-measure.ts); peak RSS via GNU time.
 * --quick: 20 MB big commit, 7 typical runs, 3 big runs, for trying the bench out.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundleIsCurrent } from '../cli/load-bundle';
import { Command, GNU_TIME, measure } from './bench-measure';
import { Peers, peerCommands, preparePeers } from './bench-peers';
import { ScenarioResult, formatReport } from './bench-report';
import { buildBig, buildHistory, buildTypical } from './bench-scenarios';

const ROOT = path.resolve(__dirname, '..', '..', '..');

interface Options {
  bigMb: number;
  runs: number;
  bigRuns: number;
  historyCommits: number;
  peers: boolean;
  peersDir?: string;
  peerTimeoutMs: number;
  only: string[];
  json?: string;
  keep: boolean;
  keyguard: string;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      'big-mb': { type: 'string' },
      runs: { type: 'string' },
      'big-runs': { type: 'string' },
      'history-commits': { type: 'string', default: '1000' },
      peers: { type: 'boolean', default: false },
      'peers-dir': { type: 'string' },
      'peer-timeout': { type: 'string', default: '120' },
      only: { type: 'string', default: 'typical,big,history' },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
      keyguard: { type: 'string', default: path.join(ROOT, 'bin', 'keyguard.js') },
    },
    strict: true,
  });
  const quick = values.quick === true;
  return {
    bigMb: Number(values['big-mb'] ?? (quick ? 20 : 100)),
    runs: Number(values.runs ?? (quick ? 7 : 15)),
    bigRuns: Number(values['big-runs'] ?? (quick ? 3 : 5)),
    historyCommits: Number(values['history-commits']),
    peers: values.peers === true,
    peersDir: values['peers-dir'],
    peerTimeoutMs: Number(values['peer-timeout']) * 1000,
    only: String(values.only).split(','),
    json: values.json,
    keep: values.keep === true,
    keyguard: path.resolve(values.keyguard),
  };
}

function machine(): Record<string, string> {
  const version = (file: string, args: string[]): string => spawnSync(file, args, { encoding: 'utf8' }).stdout.trim();
  return {
    nproc: String(os.availableParallelism()),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GiB`,
    node: process.version,
    git: version('git', ['--version']).replace('git version ', ''),
    load: os.loadavg().map((load) => load.toFixed(2)).join(' '),
  };
}

function keyguardCommand(options: Options, cwd: string, args: string[], timeoutMs?: number): Command {
  // okExitCodes: 1 means findings; still a complete scan, reported as an error line for a look.
  return { label: `keyguard ${args.join(' ')}`, argv: [process.execPath, options.keyguard, ...args], cwd, timeoutMs };
}

async function typicalScenario(options: Options, dir: string, peers?: Peers): Promise<ScenarioResult> {
  const scenario = buildTypical(dir);
  const commands: Command[] = [
    { label: 'node -e 0', argv: [process.execPath, '-e', '0'], cwd: dir },
    { label: 'git diff --cached', argv: ['git', 'diff', '--cached'], cwd: dir },
    keyguardCommand(options, dir, ['scan', '--staged']),
    ...(peers ? peerCommands(peers, dir) : []),
  ];
  return {
    name: 'typical commit',
    description: `${scenario.stagedFiles} modified files, ${scenario.addedLines} added lines (${(scenario.addedBytes / 1024).toFixed(1)} KiB) staged in a 2,000-file repo`,
    rows: await measure(commands, options.runs),
    baselines: ['node -e 0', 'git diff --cached'],
    notes: ['target (issue 6): keyguard <= 1.5x node -e 0; keyguard >= 3x faster than secretlint'],
  };
}

async function bigScenario(options: Options, dir: string, peers?: Peers): Promise<ScenarioResult> {
  process.stderr.write(`bench: building the ${options.bigMb} MB initial commit …\n`);
  const scenario = buildBig(dir, options.bigMb, path.join(ROOT, 'node_modules'));
  const commands: Command[] = [
    { label: 'git diff --cached -U0', argv: ['git', 'diff', '--cached', '-U0'], cwd: dir },
    keyguardCommand(options, dir, ['scan', '--staged']),
    ...(peers ? peerCommands(peers, dir, options.peerTimeoutMs) : []),
  ];
  const mb = scenario.addedBytes / 1024 / 1024;
  return {
    name: 'big commit',
    description: `initial commit (no HEAD) of ${scenario.stagedFiles} files, ${mb.toFixed(1)} MiB: source, minified bundles, package-lock.json`,
    addedBytes: scenario.addedBytes,
    rows: await measure(commands, options.bigRuns, { rss: true }),
    baselines: ['git diff --cached -U0'],
    notes: [
      'target (issue 6): keyguard <= 1.5x git diff --cached -U0, peak RSS < 200 MiB; git-secrets measured 2.1x there',
      `RSS: ${spawnSync(GNU_TIME, ['--version']).status === 0 ? 'GNU time %M (max RSS of the process and its waited-for children)' : '/proc VmHWM polled every 20 ms (lower bound; install GNU time: apt-get install -y time)'}`,
    ],
  };
}

async function historyScenario(options: Options, dir: string): Promise<ScenarioResult> {
  const scenario = buildHistory(dir, options.historyCommits);
  const range = `HEAD~${options.historyCommits}..HEAD`;
  const commands: Command[] = [
    { label: `git log -p ${range}`, argv: ['git', 'log', '-p', range], cwd: dir },
    { label: `git log -p -U0 ${range}`, argv: ['git', 'log', '-p', '-U0', range], cwd: dir },
  ];
  const probe = spawnSync(process.execPath, [options.keyguard, 'scan', '--range', range], { cwd: dir, encoding: 'utf8' });
  const implemented = !(probe.status === 2 && /unknown option/i.test(probe.stderr));
  if (implemented) commands.push(keyguardCommand(options, dir, ['scan', '--range', range]));
  return {
    name: 'history',
    description: `${options.historyCommits} commits of ~10 added lines each (${(scenario.addedBytes / 1024).toFixed(0)} KiB added)`,
    addedBytes: scenario.addedBytes,
    rows: await measure(commands, options.runs),
    baselines: [`git log -p -U0 ${range}`],
    notes: implemented ? [] : [`keyguard scan --range: not implemented yet (exit 2: ${probe.stderr.trim().split('\n')[0]}); git log rows are the floor`],
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!bundleIsCurrent(path.join(path.dirname(options.keyguard), '..', 'dist'))) {
    // `tsc` alone leaves the bundle older than dist/src: the CLI then loads module by module (slower).
    process.stderr.write(`bench: WARNING: ${options.keyguard} runs without its bundle (missing or stale): run npm run build first\n`);
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'keyguard-bench-'));
  const cleanup = (): void => {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  };
  process.on('SIGINT', () => (cleanup(), process.exit(130)));
  try {
    const peers = options.peers ? preparePeers(options.peersDir ?? path.join(work, 'peers')) : undefined;
    const results: ScenarioResult[] = [];
    const scenarios = { typical: typicalScenario, big: bigScenario, history: historyScenario };
    for (const [name, run] of Object.entries(scenarios)) {
      if (!options.only.includes(name)) continue;
      const dir = path.join(work, name);
      mkdirSync(dir);
      process.stderr.write(`bench: ${name} …\n`);
      const result = await run(options, dir, peers);
      if (peers && name !== 'history') result.notes.push(...peers.notes);
      results.push(result);
    }
    const info = machine();
    process.stdout.write(formatReport(results, info));
    if (options.json) writeFileSync(options.json, `${JSON.stringify({ machine: info, options, scenarios: results }, null, 2)}\n`);
    if (options.keep) process.stderr.write(`bench: scenarios kept in ${work}\n`);
  } finally {
    cleanup();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
});
