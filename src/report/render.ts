import { UsageError } from '../cli/usage-error';
import { ScanResult } from '../scan/scan-staged';
import { formatHuman, HumanOptions } from './human';
import { formatJson } from './json';
import { formatSarif } from './sarif';

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
  if (format === 'json') return formatJson(result);
  if (format === 'sarif') return formatSarif(result);
  return formatHuman(result, human);
}
