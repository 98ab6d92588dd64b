/** Where a command reads its surroundings and writes its output: injected so tests spawn nothing. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** stderr is a terminal: long scans draw a progress bar there. Default false. */
  readonly stderrIsTTY?: boolean;
  /** All of standard input (for `scan --stdin` and the pre-push hook). Default: none. */
  readonly readStdin?: () => Promise<Buffer>;
}

/** The process's own streams, for bin/keyguard.js. */
export function processIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stderrIsTTY: process.stderr.isTTY === true,
    readStdin,
  };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
