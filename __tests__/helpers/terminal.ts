import { spawnSync } from 'node:child_process';
import { capturedOutputs, KEYGUARD_BIN, TempRepo } from './temp-repo';

/** One shell word: the value in single quotes, any single quote inside closed, escaped and reopened. */
const shellWord = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;

/**
 * Runs the real CLI in the repository with stdout and stderr on a pseudo-terminal (util-linux
 * `script`), for what keyguard does only on a terminal: colour, progress bars. Returns what the
 * terminal showed, CRLF turned into LF, or undefined where script(1) is not installed.
 */
export function keyguardOnTerminal(repo: TempRepo, args: string[], env: NodeJS.ProcessEnv = {}): string | undefined {
  const command = [process.execPath, KEYGUARD_BIN, ...args].map(shellWord).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: repo.dir, env: { ...repo.env, ...env }, encoding: 'utf8' });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return undefined;
  if (result.error) throw result.error;
  capturedOutputs.push(result.stdout);
  return result.stdout.replace(/\r\n/g, '\n');
}
