import { UsageError } from '../cli/usage-error';
import { ScanResult } from '../scan/scan-staged';
import { formatHuman, HumanOptions } from './human';
import type { formatJson } from './json';
import type { formatSarif } from './sarif';

/** The report formats `--format` accepts. */
export const FORMATS = ['human', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** Checks a `--format` value; an unknown one is a usage error naming the choices. */
export function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`unknown --format "${value.slice(0, 40)}" (expected ${FORMATS.join(', ')})`);
}

/** The report text in one format. Machine formats are never coloured. */
export function render(format: Format, result: ScanResult, human: HumanOptions): string {
  // Machine formats are required when asked for: the hook prints the human report only.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (format === 'json') return (require('./json') as { formatJson: typeof formatJson }).formatJson(result);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (format === 'sarif') return (require('./sarif') as { formatSarif: typeof formatSarif }).formatSarif(result);
  return formatHuman(result, human);
}
