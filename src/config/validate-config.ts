import picomatch from 'picomatch';
import { ConfigError, ConfigProblem, DEFAULT_CONFIG, KeyguardConfig } from './config';

const KNOWN_KEYS = new Set(['exclude']);

/** Checks a loaded config object and lists every problem at once (ConfigError), or returns it typed. */
export function validateConfig(raw: unknown, file: string): KeyguardConfig {
  const problems: ConfigProblem[] = [];
  const problem = (key: string, message: string) => problems.push({ file, key, message });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError([{ file, key: '(root)', message: 'must be an object' }]);
  }
  const config = raw as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!KNOWN_KEYS.has(key)) problem(key, `unknown option (known: ${[...KNOWN_KEYS].join(', ')})`);
  }
  const exclude = config.exclude ?? DEFAULT_CONFIG.exclude;
  if (!Array.isArray(exclude)) problem('exclude', 'must be an array of glob strings');
  else {
    exclude.forEach((glob, index) => {
      if (typeof glob !== 'string' || glob.trim() === '') problem(`exclude[${index}]`, 'must be a non-empty glob string');
      else if (!isValidGlob(glob)) problem(`exclude[${index}]`, `invalid glob ${JSON.stringify(glob)}`);
    });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { exclude: exclude as string[] };
}

function isValidGlob(glob: string): boolean {
  try {
    picomatch.makeRe(glob, { dot: true, strictBrackets: true });
    return true;
  } catch {
    return false;
  }
}
