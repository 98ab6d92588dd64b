import { Io } from './io';

/** A progress bar on stderr for long scans; created only when stderr is a terminal. */
export interface ProgressReporter {
  readonly update: (done: number, total: number) => void;
  /** Erases the bar so the report starts on a clean line. */
  readonly done: () => void;
}

const WIDTH = 30;
const MIN_INTERVAL_MS = 100; // redraw at most 10 times a second: a terminal write per commit is slow

/**
 * Returns undefined when stderr is not a TTY (CI logs, pipes, hooks run by GUI clients), so nothing
 * extra is printed there.
 */
export function progressReporter(io: Io, unit: string): ProgressReporter | undefined {
  if (io.stderrIsTTY !== true) return undefined;
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < MIN_INTERVAL_MS && done !== total) return;
      last = now;
      drawn = true;
      io.stderr(`\r${bar(done, total)} ${done}/${total} ${unit}`);
    },
    done() {
      if (drawn) io.stderr('\r\x1b[K');
    },
  };
}

function bar(done: number, total: number): string {
  const filled = total > 0 ? Math.min(WIDTH, Math.round((done / total) * WIDTH)) : 0;
  return `[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}]`;
}
