/**
 * Timing for `npm run bench`: run commands as child processes, N times each, interleaved (A B C A B C …)
 * so that background load spreads over every command alike, and summarise with the median and min–max.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -f %M`, the child's ru_maxrss in KiB, which covers its
 * waited-for children too). Without it, the fallback polls /proc/<pid>/status VmHWM (the kernel's own
 * high-water mark) every 20 ms: a lower bound that misses only growth in the last 20 ms of the process
 * and never sees grandchildren. spawnSync returns no rusage, and Node exposes no RUSAGE_CHILDREN.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const GNU_TIME = '/usr/bin/time';

/** One command line to time. */
export interface Command {
  /** Row label in the report, e.g. `keyguard scan --staged`. */
  label: string;
  /** Executable and arguments (no shell: quoting never changes what is measured). */
  argv: string[];
  cwd: string;
  /** Where the child's stdout goes; `/dev/null` unless set (stderr is kept for error messages). */
  stdoutFile?: string;
  /** Kill the child after this many ms and report it as not finished. Default: no limit. */
  timeoutMs?: number;
  /** Exit codes that count as a normal run (a scanner reporting findings exits 1). Default [0]. */
  okExitCodes?: number[];
}

/** The runs of one command. */
export interface Measurement {
  label: string;
  command: string;
  /** Wall times in ms, in run order. */
  timesMs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Peak resident set in MiB (max over the runs), when measured. */
  peakRssMiB?: number;
  rssMethod?: 'gnu-time' | 'proc-vmhwm';
  exitCodes: number[];
  /** Set when a run did not finish within the timeout (no further runs are made). */
  timedOutAfterS?: number;
  /** First lines of stderr of a run that exited with an unexpected code. */
  error?: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

interface RunResult {
  ms: number;
  exitCode: number | null;
  timedOut: boolean;
  rssKiB?: number;
  stderr: string;
}

/** Runs `commands` `runs` times each, interleaved. With `rss`, also records peak RSS. */
export async function measure(commands: readonly Command[], runs: number, options: { rss?: boolean } = {}): Promise<Measurement[]> {
  const results = commands.map((command) => emptyMeasurement(command));
  for (let run = 0; run < runs; run++) {
    for (const [index, command] of commands.entries()) {
      const result = results[index];
      if (result.timedOutAfterS !== undefined) continue;
      const outcome = options.rss ? await runWithRss(command) : await runOnce(command);
      record(result, command, outcome, options.rss === true);
    }
  }
  return results.map(summarise);
}

function emptyMeasurement(command: Command): Measurement {
  return { label: command.label, command: command.argv.join(' '), timesMs: [], medianMs: NaN, minMs: NaN, maxMs: NaN, exitCodes: [] };
}

function record(result: Measurement, command: Command, outcome: RunResult, rss: boolean): void {
  if (outcome.timedOut) {
    result.timedOutAfterS = Math.round((command.timeoutMs ?? 0) / 1000);
    return;
  }
  result.timesMs.push(outcome.ms);
  result.exitCodes.push(outcome.exitCode ?? -1);
  if (!(command.okExitCodes ?? [0]).includes(outcome.exitCode ?? -1) && result.error === undefined) {
    result.error = outcome.stderr.split('\n').slice(0, 3).join(' | ').slice(0, 300);
  }
  if (rss && outcome.rssKiB !== undefined) {
    result.peakRssMiB = Math.max(result.peakRssMiB ?? 0, outcome.rssKiB / 1024);
    result.rssMethod = existsSync(GNU_TIME) ? 'gnu-time' : 'proc-vmhwm';
  }
}

function summarise(result: Measurement): Measurement {
  if (result.timesMs.length === 0) return result;
  return { ...result, medianMs: median(result.timesMs), minMs: Math.min(...result.timesMs), maxMs: Math.max(...result.timesMs) };
}

/** Plain timed run: the child's wall time as seen from here (spawn cost included, equally for all). */
function runOnce(command: Command): Promise<RunResult> {
  if (command.timeoutMs !== undefined) return runAsGroup(command);
  const stdout = openSync(command.stdoutFile ?? '/dev/null', 'w');
  try {
    const start = process.hrtime.bigint();
    const child = spawnSync(command.argv[0], command.argv.slice(1), { cwd: command.cwd, stdio: ['ignore', stdout, 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    return Promise.resolve({ ms, exitCode: child.status, timedOut: false, stderr: child.stderr?.toString() ?? String(child.error ?? '') });
  } finally {
    closeSync(stdout);
  }
}

/**
 * A run that may be cut short: the child leads a process group of its own, and the timeout (if
 * any) kills the whole group. Killing the child alone left the real work running: a peer started through GNU
 * time (or npx, or a shell) went on scanning in the background after its wrapper died, and slowed
 * every later row of the bench (keyguard's 100 MiB runs read 2.84 s instead of 2.26 s).
 * `sample(pid)`, when given, is called every 20 ms while it runs (RSS polling); its largest value
 * is returned.
 */
function runAsGroup(command: Command, sample?: (pid: number) => number): Promise<RunResult & { sampled: number }> {
  return new Promise((resolve) => {
    const stdout = openSync(command.stdoutFile ?? '/dev/null', 'w');
    const start = process.hrtime.bigint();
    const child = spawn(command.argv[0], command.argv.slice(1), { cwd: command.cwd, stdio: ['ignore', stdout, 'pipe'], detached: true });
    let stderr = '';
    let sampled = 0;
    let timedOut = false;
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const poll = sample === undefined ? undefined : setInterval(() => (sampled = Math.max(sampled, sample(child.pid ?? 0))), 20);
    const killGroup = () => {
      timedOut = true;
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL');
      } catch {
        child.kill('SIGKILL'); // the group is gone already: at least the child
      }
    };
    const timer = command.timeoutMs === undefined ? undefined : setTimeout(killGroup, command.timeoutMs);
    child.on('close', (exitCode) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (poll) clearInterval(poll);
      if (timer) clearTimeout(timer);
      closeSync(stdout);
      resolve({ ms, exitCode, timedOut, stderr, sampled });
    });
  });
}

async function runWithRss(command: Command): Promise<RunResult> {
  if (!existsSync(GNU_TIME)) return runPollingVmHwm(command);
  const rssFile = path.join(os.tmpdir(), `keyguard-bench-rss-${process.pid}.txt`);
  // -f %M: maximum resident set size in KiB; -o: into a file, so the child's own stderr stays clean.
  const wrapped = { ...command, argv: [GNU_TIME, '-f', '%M', '-o', rssFile, ...command.argv] };
  const result = await runOnce(wrapped);
  try {
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
    result.rssKiB = Number(lines[lines.length - 1]);
  } catch {
    // killed by the timeout: GNU time wrote nothing
  } finally {
    rmSync(rssFile, { force: true });
  }
  return result;
}

/** Fallback without GNU time: poll the child's VmHWM until it exits (a lower bound, see above). */
async function runPollingVmHwm(command: Command): Promise<RunResult> {
  const { sampled, ...result } = await runAsGroup(command, readVmHwmKiB);
  return { ...result, rssKiB: sampled };
}

function readVmHwmKiB(pid: number | undefined): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
