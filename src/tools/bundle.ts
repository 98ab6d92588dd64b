/**
 * `npm run build`'s last step: writes dist/bundle/keyguard.js (every module of dist/src and
 * dist/detectors in one script, see src/cli/load-bundle.ts) and its V8 code cache, made after a
 * real staged scan in a temp repository so that the functions a scan runs are in it already.
 *
 *   node dist/src/tools/bundle.js [DIST_DIR]
 *
 * The cache is specific to the Node (V8) version that builds it; another version refuses it and
 * compiles the bundle instead (still one file, no module resolution).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Detector } from '../detector';
import type { Io } from '../cli/io';
import { BUNDLE_HEADER, bundleBuildId, bundleFile, codeCacheFile, loadBundle } from '../cli/load-bundle';
import { withoutExamples } from './without-examples';

/** dist/ folders bundled: the CLI, the engine and the detectors (not the tools, not the tests). */
const BUNDLED_ROOTS = ['src', 'detectors'];
const NOT_BUNDLED = new Set(['src/tools']);

async function main(): Promise<void> {
  const distDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..'));
  const started = performance.now();
  const files = BUNDLED_ROOTS.flatMap((root) => moduleFiles(distDir, root));
  const source = bundleSource(distDir, files);
  rmSync(path.join(distDir, 'bundle'), { recursive: true, force: true });
  mkdirSync(path.join(distDir, 'bundle'));
  writeFileSync(bundleFile(distDir), source);
  const cache = await codeCacheAfterWarmUp(distDir);
  writeFileSync(codeCacheFile(distDir, bundleBuildId(source)), cache);
  const kib = (bytes: number): string => `${Math.round(bytes / 1024)} KiB`;
  process.stdout.write(`bundle: ${files.length} modules, ${kib(source.length)}, code cache ${kib(cache.length)} (${Math.round(performance.now() - started)} ms)\n`);
}

/** The .js files under dist/<root>, as paths relative to dist/ with forward slashes, sorted. */
function moduleFiles(distDir: string, root: string): string[] {
  const found: string[] = [];
  const walk = (relative: string): void => {
    if (NOT_BUNDLED.has(relative)) return;
    for (const entry of readdirSync(path.join(distDir, relative), { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.js')) found.push(child);
    }
  };
  walk(root);
  return found.sort();
}

/** The bundle: a header naming the build, then an array of [file, resolved requires, body]. */
function bundleSource(distDir: string, files: readonly string[]): string {
  const index = new Map(files.map((file, at) => [file, at]));
  const entries = files.map((file) => {
    const compiled = readFileSync(path.join(distDir, file), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
    const code = file.startsWith('detectors/') ? withoutExamples(file, compiled) : compiled;
    const requires = JSON.stringify(resolvedRequires(file, code, index));
    return `[${JSON.stringify(file)}, ${requires}, function (exports, require, module, __filename, __dirname) {\n${code}}]`;
  });
  const body = `[\n${entries.join(',\n')}\n]\n`;
  return `${BUNDLE_HEADER}${createHash('sha256').update(body).digest('hex').slice(0, 16)}\n${body}`;
}

/**
 * The module's relative requires that name a bundled module (tsc writes `require("./x")`, and
 * `require('./x')` for `await import('./x')`), mapped to its index; any other require is left to
 * Node at run time. (A match inside a string, e.g. a detector's example, resolves to nothing.)
 */
function resolvedRequires(file: string, code: string, index: ReadonlyMap<string, number>): Record<string, number> {
  const requires: Record<string, number> = {};
  for (const [, , id] of code.matchAll(/\brequire\((["'])(\.\.?\/[^"']*)\1\)/g)) {
    const target = path.posix.join(path.posix.dirname(file), id);
    const resolved = [`${target}.js`, `${target}/index.js`, target].find((candidate) => index.has(candidate));
    if (resolved !== undefined) requires[id] = index.get(resolved)!;
  }
  return requires;
}

/**
 * Loads the fresh bundle, runs the CLI's staged scan on a temp repository holding ordinary code
 * and every detector's positive examples (so the scan, its findings and the report all run), and
 * returns V8's code cache of the bundle with everything that compiled on the way.
 */
async function codeCacheAfterWarmUp(distDir: string): Promise<Buffer> {
  const bundle = loadBundle(distDir);
  if (bundle === undefined) throw new Error('bundle: the bundle just written is not loadable');
  // The examples come from dist/detectors: the bundle's own were emptied (withoutExamples).
  const { detectors } = require(path.join(distDir, 'detectors', 'index.js')) as { detectors: readonly Detector[] };
  const { run } = bundle.require('src/cli/run.js') as { run: (argv: string[], io: Io) => Promise<number> };
  const repo = mkdtempSync(path.join(os.tmpdir(), 'keyguard-bundle-'));
  // The build may run inside a git hook (GIT_DIR, GIT_INDEX_FILE…): the warm-up repository is its own.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));
  try {
    const git = (...args: string[]): void => void execFileSync('git', args, { cwd: repo, env, stdio: 'ignore' });
    git('init', '-q');
    writeFileSync(path.join(repo, 'app.ts'), 'export const apiKey = process.env.API_KEY;\nconst token = await login(user, password);\n');
    writeFileSync(path.join(repo, 'examples.txt'), detectors.flatMap((detector) => detector.examples.positive).join('\n'));
    git('add', '.');
    const silent: Io = { stdout: () => undefined, stderr: () => undefined, cwd: repo, env: { ...env, NO_COLOR: '1' } };
    const code = await run(['scan', '--staged'], silent);
    if (code !== 1) throw new Error(`bundle: the warm-up scan exited ${code}, expected 1 (findings)`);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
  return bundle.script.createCachedData();
}

main().catch((error: unknown) => {
  process.stderr.write(`bundle: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
