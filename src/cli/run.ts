import { ALLOW_USAGE } from '../commands/allow-usage';
import { SCAN_USAGE, scanCommand } from '../commands/scan';
import { describeError } from './describe-error';
import { EXIT_CLEAN, EXIT_ERROR } from './exit-codes';
import { Io } from './io';
import { UsageError } from './usage-error';

const CONFIG_USAGE = `keyguard config check
  Validates the repository's configuration and runs its custom detectors' examples (docs/configuration.md).`;

const INSTALL_USAGE = `keyguard install [--pre-push]
  Installs the git pre-commit hook that runs \`keyguard scan --staged\` (into .husky/pre-commit when
  the repository uses husky, otherwise into the hooks directory git uses; an existing hook is kept
  and still runs). Skip the hook once with KEYGUARD=0 git commit ...
  --pre-push        install a pre-push hook instead, scanning the commits being pushed

keyguard uninstall
  Removes exactly what install added, both hooks (and puts back a hook it had chained).`;

// Here rather than in commands/baseline.ts, so printing usage does not load the tree scan.
const BASELINE_USAGE = `keyguard baseline
  Scans every tracked file and records the fingerprints of what it finds in .keyguard-baseline
  (sorted, one per line, no paths and no secrets). Scans then allow those, so adopting keyguard in
  an existing repository blocks only new secrets. Commit the file; re-running it on an unchanged
  repository leaves it byte for byte the same.`;

export const USAGE = `keyguard: blocks commits that add secrets (API keys, tokens, private keys).

Usage:
${[SCAN_USAGE, ALLOW_USAGE, BASELINE_USAGE, CONFIG_USAGE, INSTALL_USAGE].map((text) => `  ${text.replace(/\n/g, '\n  ')}`).join('\n\n')}

  keyguard help | --help      this text
  keyguard version | --version

Exit codes: 0 nothing found, 1 secrets found (commit blocked), 2 keyguard could not scan (also blocks).
`;

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  scan: async () => scanCommand,
  allow: async () => (await import('../commands/allow')).allowCommand,
  config: async () => (await import('../commands/config')).configCommand,
  baseline: async () => (await import('../commands/baseline')).baselineCommand,
  install: async () => (await import('../commands/install')).installCommand,
  uninstall: async () => (await import('../commands/install')).uninstallCommand,
};

/** Runs one keyguard command line and returns its exit code. Never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [name = 'help', ...args] = argv;
    if (name === 'help' || name === '--help' || name === '-h') {
      io.stdout(USAGE);
      return EXIT_CLEAN;
    }
    if (name === 'version' || name === '--version' || name === '-V') {
      io.stdout(`${packageVersion()}\n`);
      return EXIT_CLEAN;
    }
    const load = COMMANDS[name];
    if (load === undefined) throw new UsageError(`unknown command "${name.slice(0, 40)}"`);
    return await (await load())(args, io);
  } catch (error) {
    io.stderr(describeError(asUsageError(error)));
    if (io.env.KEYGUARD_DEBUG === '1' && error instanceof Error) io.stderr(`${error.stack}\n`);
    return EXIT_ERROR;
  }
}

/** node:util parseArgs throws TypeErrors with codes for bad flags: those are usage mistakes. */
function asUsageError(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return new UsageError((error as Error).message);
  return error;
}

function packageVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../../package.json') as { version: string }).version;
}
