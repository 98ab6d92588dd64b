import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, DEFAULT_CONFIG, KeyguardConfig } from './config';

/**
 * Config files cosmiconfig would find for the module name `keyguard`, in its search order. Only
 * the repository root is searched (a hook runs for the whole repository, so a package's own
 * config in a monorepo would be ambiguous), and two sources at once are an error, not a silent win.
 */
export const CONFIG_FILES = [
  '.keyguardrc', '.keyguardrc.json', '.keyguardrc.yaml', '.keyguardrc.yml', '.keyguardrc.js', '.keyguardrc.ts',
  '.keyguardrc.mjs', '.keyguardrc.cjs', 'keyguard.config.js', 'keyguard.config.ts', 'keyguard.config.mjs', 'keyguard.config.cjs',
];

/**
 * Loads and validates the configuration of the repository at `root`. cosmiconfig costs ~30 ms to
 * load, so it is only required when a config file other than package.json exists;
 * `package.json#keyguard` is read directly. `builtinIds`: ids of the built-in detectors.
 */
export async function loadConfig(root: string, builtinIds: ReadonlySet<string>): Promise<KeyguardConfig> {
  return (await loadConfigWithSource(root, builtinIds)).config;
}

/** loadConfig, also saying where the configuration came from (undefined: none, the defaults). */
export async function loadConfigWithSource(
  root: string,
  builtinIds: ReadonlySet<string>,
): Promise<{ config: KeyguardConfig; source?: string }> {
  const names = new Set(readdirSync(root));
  const files = CONFIG_FILES.filter((name) => names.has(name));
  const fromPackage = readPackageJsonConfig(root);
  const sources = [...(fromPackage === undefined ? [] : ['package.json#keyguard']), ...files];
  if (sources.length > 1) {
    throw new ConfigError([{ file: sources.join(', '), key: '(file)', message: 'more than one keyguard configuration: keep one of them' }]);
  }
  if (files.length === 0 && fromPackage === undefined) return { config: DEFAULT_CONFIG };
  // Loaded only when there is a configuration to check (it brings picomatch).
  const { validateConfig } = await import('./validate-config');
  if (files.length === 1) {
    return { config: validateConfig(await readConfigFile(path.join(root, files[0])), files[0], builtinIds), source: files[0] };
  }
  return { config: validateConfig(fromPackage, 'package.json#keyguard', builtinIds), source: 'package.json#keyguard' };
}

function readPackageJsonConfig(root: string): unknown {
  let text: string;
  try {
    text = readFileSync(path.join(root, 'package.json'), 'utf8');
  } catch {
    return undefined;
  }
  if (!text.includes('"keyguard"')) return undefined; // cheap check before parsing a big package.json
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError([{ file: 'package.json', key: '(file)', message: `invalid JSON: ${(error as Error).message}` }]);
  }
  return (parsed as Record<string, unknown> | null)?.keyguard;
}

/** The file's content as an object: TypeScript through our own loader (see load-ts-config.ts), the rest through cosmiconfig. */
async function readConfigFile(file: string): Promise<unknown> {
  const name = path.basename(file);
  try {
    if (file.endsWith('.ts')) return (await import('./load-ts-config')).loadTsConfig(file);
    const { cosmiconfig } = await import('cosmiconfig');
    const result = await cosmiconfig('keyguard').load(file);
    return result === null || result.isEmpty ? {} : result.config;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError([{ file: name, key: '(file)', message: `cannot be read: ${(error as Error).message.split('\n')[0]}` }]);
  }
}
