import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';

/**
 * The CLI's start-up in one file read and (mostly) no compilation: `npm run build` writes every
 * module of dist/src and dist/detectors into one script, dist/bundle/keyguard.js, plus a V8 code
 * cache of it made after a real scan (src/tools/bundle.ts). Requiring ~250 modules one by one cost
 * a typical commit's hook ~20 ms of path resolution and compilation (docs/performance.md).
 *
 * The bundle holds the modules unchanged, each as a function of (exports, require, module,
 * __filename, __dirname) with its original file name, so they behave as if loaded from dist/;
 * relative requires between them were resolved at build time, anything else (node:*, re2,
 * package.json) goes to Node's own require from the module's original place.
 */

/** One module of the bundle: its path relative to dist/, its resolved relative requires, its body. */
export type BundledModule = [file: string, requires: Record<string, number>, body: ModuleBody];

type ModuleBody = (exports: object, require: (id: string) => unknown, module: { exports: unknown }, filename: string, dirname: string) => void;

/** The bundle's first line: `// keyguard bundle <build id>`; the code cache's file name carries the same id. */
export const BUNDLE_HEADER = '// keyguard bundle ';

/** The build id a bundle's header line names. */
export const bundleBuildId = (source: string): string => source.slice(BUNDLE_HEADER.length, source.indexOf('\n'));

export const bundleFile = (distDir: string): string => path.join(distDir, 'bundle', 'keyguard.js');
export const codeCacheFile = (distDir: string, buildId: string): string => path.join(distDir, 'bundle', `keyguard-${buildId}.cache`);

export interface LoadedBundle {
  /** Runs a bundled module (path relative to dist/, e.g. `src/cli/run.js`) and returns its exports. */
  require(file: string): unknown;
  readonly script: Script;
  /** No code cache was found, or V8 refused it (another Node version): the bundle was compiled. */
  readonly compiled: boolean;
}

/**
 * The bundle of `distDir`, or undefined when there is none, or when in a source checkout it is
 * older than dist/src (a developer ran `tsc` alone after a full build): the caller then loads
 * dist/src as usual. An installed package is never rebuilt, and npm gives its files the time they
 * were unpacked (dist/src after the bundle): there, the bundle is always the one to run.
 */
export function loadBundle(distDir: string): LoadedBundle | undefined {
  if (isSourceCheckout(distDir) && !bundleIsCurrent(distDir)) return undefined;
  const file = bundleFile(distDir);
  const source = readIfPresent(file)?.toString('utf8');
  if (source === undefined) return undefined;
  const cachedData = readIfPresent(codeCacheFile(distDir, bundleBuildId(source)));
  const script = new Script(source, { filename: file, cachedData });
  const modules = script.runInThisContext() as BundledModule[];
  return { require: moduleLoader(distDir, modules), script, compiled: cachedData === undefined || script.cachedDataRejected === true };
}

/** keyguard's own repository (tsconfig.json beside dist/; the published package has none). */
function isSourceCheckout(distDir: string): boolean {
  return existsSync(path.join(distDir, '..', 'tsconfig.json'));
}

/** The bundle exists and is not older than dist/src. */
export function bundleIsCurrent(distDir: string): boolean {
  try {
    return statSync(bundleFile(distDir)).mtimeMs >= statSync(path.join(distDir, 'src', 'cli', 'run.js')).mtimeMs;
  } catch {
    return false;
  }
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** A CommonJS loader over the bundled modules: each runs once, on first require, like Node's. */
function moduleLoader(distDir: string, modules: readonly BundledModule[]): (file: string) => unknown {
  const byFile = new Map(modules.map((entry, index) => [entry[0], index]));
  const loaded = new Map<number, { exports: unknown }>();
  const load = (index: number): unknown => {
    const done = loaded.get(index);
    if (done !== undefined) return done.exports;
    const [file, requires, body] = modules[index];
    const filename = path.join(distDir, file);
    const module = { exports: {} };
    loaded.set(index, module);
    let nodeRequire: NodeRequire | undefined;
    const requireFromModule = (id: string): unknown => {
      const bundled = requires[id];
      if (bundled !== undefined) return load(bundled);
      nodeRequire ??= createRequire(filename);
      return nodeRequire(id);
    };
    body.call(module.exports, module.exports, requireFromModule, module, filename, path.dirname(filename));
    return module.exports;
  };
  return (file) => {
    const index = byFile.get(file);
    if (index === undefined) throw new Error(`keyguard bundle: no module ${file}`);
    return load(index);
  };
}
