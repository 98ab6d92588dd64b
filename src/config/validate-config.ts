import picomatch from 'picomatch';
import RE2 from 're2';
import { SEVERITIES } from '../detector';
import { AllowedValuesConfig, DEFAULT_CONFIG, DEFAULT_ENTROPY, EntropyThresholds, KeyguardConfig } from './config';
import { didYouMean } from './did-you-mean';
import { Problems } from './problems';
import { validateCustomDetectors } from './validate-detectors';

const KNOWN_KEYS = ['exclude', 'disable', 'allow', 'detectors', 'entropy', 'failOn'];
/** `$schema` lets editors find docs/keyguard.schema.json; it is not an option. */
const IGNORED_KEYS = ['$schema'];

/**
 * Checks a loaded config object and lists every problem at once (ConfigError, each naming the
 * file and key path), or returns it typed with defaults filled in. `builtinIds` are the ids of
 * the built-in detectors, which `disable` may name and custom detectors must not reuse.
 */
export function validateConfig(raw: unknown, file: string, builtinIds: ReadonlySet<string>): KeyguardConfig {
  const problems = new Problems(file);
  const config = problems.object(raw, '(root)') ?? {};
  problems.unknownKeys(
    Object.fromEntries(Object.entries(config).filter(([key]) => !IGNORED_KEYS.includes(key))),
    '',
    KNOWN_KEYS,
  );
  const given = (key: string): unknown => config[key];
  const result: KeyguardConfig = {
    exclude: given('exclude') === undefined ? DEFAULT_CONFIG.exclude : validateGlobs(given('exclude'), problems),
    disable: given('disable') === undefined ? DEFAULT_CONFIG.disable : validateDisable(given('disable'), problems, builtinIds),
    allow: given('allow') === undefined ? DEFAULT_CONFIG.allow : validateAllow(given('allow'), problems),
    detectors: given('detectors') === undefined ? [] : validateCustomDetectors(given('detectors'), problems, builtinIds),
    entropy: given('entropy') === undefined ? DEFAULT_ENTROPY : validateEntropy(given('entropy'), problems),
    failOn: given('failOn') === undefined ? DEFAULT_CONFIG.failOn : (problems.oneOf(given('failOn'), 'failOn', SEVERITIES) ?? 'low'),
  };
  problems.throwIfAny();
  return result;
}

function validateGlobs(value: unknown, problems: Problems): string[] {
  const globs = problems.strings(value, 'exclude') ?? [];
  globs.forEach((glob, index) => {
    if (!isValidGlob(glob)) problems.add(`exclude[${index}]`, `invalid glob ${JSON.stringify(glob)} (unbalanced brackets or braces?)`);
  });
  return globs;
}

function isValidGlob(glob: string): boolean {
  try {
    picomatch.makeRe(glob, { dot: true, strictBrackets: true });
    return true;
  } catch {
    return false;
  }
}

function validateDisable(value: unknown, problems: Problems, builtinIds: ReadonlySet<string>): string[] {
  const ids = problems.strings(value, 'disable') ?? [];
  ids.forEach((id, index) => {
    if (!builtinIds.has(id)) problems.add(`disable[${index}]`, `no built-in detector has the id "${id}"${didYouMean(id, builtinIds)} (docs/detectors.md lists them)`);
  });
  return ids;
}

function validateAllow(value: unknown, problems: Problems): AllowedValuesConfig {
  const allow = problems.object(value, 'allow') ?? {};
  problems.unknownKeys(allow, 'allow.', ['regexes', 'stopwords']);
  const regexes = allow.regexes === undefined ? [] : (problems.strings(allow.regexes, 'allow.regexes') ?? []);
  regexes.forEach((pattern, index) => {
    try {
      new RE2(pattern);
    } catch (error) {
      problems.add(`allow.regexes[${index}]`, `RE2 rejects this pattern: ${(error as Error).message}`);
    }
  });
  const stopwords = allow.stopwords === undefined ? [] : (problems.strings(allow.stopwords, 'allow.stopwords') ?? []);
  return { regexes, stopwords };
}

function validateEntropy(value: unknown, problems: Problems): EntropyThresholds {
  const entropy = problems.object(value, 'entropy') ?? {};
  const names = Object.keys(DEFAULT_ENTROPY) as (keyof EntropyThresholds)[];
  problems.unknownKeys(entropy, 'entropy.', names);
  const thresholds = { ...DEFAULT_ENTROPY };
  for (const name of names) {
    if (entropy[name] === undefined) continue;
    // log2 of the alphabet is the ceiling: hex 4 bits, base64 6, anything printable under 7.
    const checked = problems.number(entropy[name], `entropy.${name}`, 0, name === 'hex' ? 4 : name === 'base64' ? 6 : 7);
    if (checked !== undefined) thresholds[name] = checked;
  }
  return thresholds;
}
