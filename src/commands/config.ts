import { parseArgs } from 'node:util';
import { EXIT_CLEAN } from '../cli/exit-codes';
import { Io } from '../cli/io';
import { UsageError } from '../cli/usage-error';
import { KeyguardConfig } from '../config/config';
import { loadConfigWithSource } from '../config/load-config';
import { repositoryRoot } from '../git/repository';

/** `keyguard config check`: what the hook would load, without scanning. */
export async function configCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  if (positionals.length !== 1 || positionals[0] !== 'check') throw new UsageError('config takes one subcommand: check');
  const root = await repositoryRoot({ cwd: io.cwd, env: io.env });
  const { detectors } = await import('../../detectors');
  const { config, source } = await loadConfigWithSource(root, new Set(detectors.map((detector) => detector.id)));
  if (source === undefined) {
    io.stdout('keyguard: no configuration found at the repository root: the defaults apply.\n');
    return EXIT_CLEAN;
  }
  io.stdout(`keyguard: ${source} is valid.\n${summary(config).map((line) => `  ${line}\n`).join('')}`);
  return EXIT_CLEAN;
}

function summary(config: KeyguardConfig): string[] {
  const list = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));
  const examples = config.detectors.reduce((sum, detector) => sum + detector.examples.positive.length + detector.examples.negative.length, 0);
  return [
    `exclude:   ${list(config.exclude)}`,
    `disable:   ${list(config.disable)}`,
    `allow:     ${config.allow.regexes.length} regexes, ${config.allow.stopwords.length} stopwords`,
    `detectors: ${list(config.detectors.map((detector) => detector.id))}${examples > 0 ? ` (${examples} examples checked)` : ''}`,
    `entropy:   ${Object.entries(config.entropy).map(([name, value]) => `${name} ${value}`).join(', ')}`,
    `failOn:    ${config.failOn}`,
  ];
}
