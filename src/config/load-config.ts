import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, DEFAULT_CONFIG, KeyguardConfig } from './config';
import { validateConfig } from './validate-config';

/** Files cosmiconfig would find for the module name `keyguard`, besides package.json. */
const CONFIG_FILE = /^(\.keyguardrc(\.(json|ya?ml|js|cjs|mjs|ts))?|keyguard\.config\.(js|cjs|mjs|ts))$/;

/**
 * Loads the configuration of the repository at `root`. cosmiconfig costs ~30 ms to load, so it is
 * only required when a config file other than package.json exists; `package.json#keyguard` is read
 * directly.
 */
export async function loadConfig(root: string): Promise<KeyguardConfig> {
  const configFile = readdirSync(root).find((name) => CONFIG_FILE.test(name));
  if (configFile !== undefined) return loadWithCosmiconfig(path.join(root, configFile));
  const fromPackage = readPackageJsonConfig(root);
  return fromPackage === undefined ? DEFAULT_CONFIG : validateConfig(fromPackage, 'package.json#keyguard');
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

async function loadWithCosmiconfig(file: string): Promise<KeyguardConfig> {
  const { cosmiconfig } = await import('cosmiconfig');
  const name = path.basename(file);
  let result;
  try {
    result = await cosmiconfig('keyguard').load(file);
  } catch (error) {
    throw new ConfigError([{ file: name, key: '(file)', message: `cannot be read: ${(error as Error).message.split('\n')[0]}` }]);
  }
  return result === null || result.isEmpty ? DEFAULT_CONFIG : validateConfig(result.config, name);
}
