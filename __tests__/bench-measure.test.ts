import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { measure } from '../src/tools/bench-measure';

/** Pids of live processes whose command line holds `marker`. */
function processesWith(marker: string): string[] {
  return readdirSync('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
    } catch {
      return false; // exited meanwhile
    }
  });
}

describe('bench timing', () => {
  it.each([false, true])('kills a timed-out command with everything it started (peak RSS measured: %s)', async (rss) => {
    const marker = `keyguard-bench-probe-${process.pid}-${rss}`;
    // A wrapper that starts the real work as a grandchild, as GNU time, npx or a shell does.
    const command = { label: 'slow peer', argv: ['sh', '-c', `node -e "setTimeout(() => {}, 30000)" ${marker}; true`], cwd: os.tmpdir(), timeoutMs: 1500 };
    const started = Date.now();
    const [result] = await measure([command], 1, { rss });
    expect(result.timedOutAfterS).toBe(2);
    expect(Date.now() - started).toBeLessThan(20_000); // not the grandchild's 30 s: it was killed too
    await new Promise((resolve) => setTimeout(resolve, 200)); // SIGKILL is delivered at once; give /proc a moment
    expect(processesWith(marker)).toEqual([]);
  });

  it('times a command that finishes, with its exit code', async () => {
    const [result] = await measure([{ label: 'true', argv: ['true'], cwd: os.tmpdir(), timeoutMs: 10_000 }], 2);
    expect(result.exitCodes).toEqual([0, 0]);
    expect(result.timesMs).toHaveLength(2);
    expect(result.timedOutAfterS).toBeUndefined();
  });
});
