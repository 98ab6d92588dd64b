import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HookEntry } from './hook-script';
import { InstallError } from './install-error';

const PACKAGE_NAME = 'keyguard';
const DEFAULT_BIN = 'bin/keyguard.js';
const NOT_INSTALLED = 'keyguard is not installed in node_modules: run npm install, or commit with --no-verify';

/**
 * Finds the keyguard bin the hook should run, as a path relative to the repository root: repos
 * move and husky files are shared by a team, so an absolute path would break for everyone else.
 *
 * Like `require.resolve`, it looks in `node_modules/keyguard` of the current directory and each
 * parent, but only up to the repository root (a copy outside the repo could not be written as a
 * repo-relative path), and it keeps symlinks as they are (pnpm and `npm link` install keyguard as a
 * symlink; `require.resolve` would return the real path outside the repo).
 */
export function resolveHookEntry(root: string, cwd: string): HookEntry {
  const rootPackage = readPackageJson(path.join(root, 'package.json'));
  if (rootPackage?.name === PACKAGE_NAME) {
    // keyguard's own checkout guards its own commits with the bin it is developing.
    const bin = binOf(rootPackage);
    return { path: `./${bin}`, missingMessage: `keyguard: ./${bin} is missing: restore it, or commit with --no-verify` };
  }
  for (const dir of directoriesUpTo(root, cwd)) {
    const packageDir = path.join(dir, 'node_modules', PACKAGE_NAME);
    const found = readPackageJson(path.join(packageDir, 'package.json'));
    if (found !== undefined) {
      return { path: repoRelative(root, path.join(packageDir, binOf(found))), missingMessage: NOT_INSTALLED };
    }
  }
  throw new InstallError(
    `keyguard is not installed in this repository's node_modules (looked from ${cwd} up to ${root}).\n` +
      'The hook runs the copy in node_modules, so install it first: npm install --save-dev keyguard, ' +
      'then run npx keyguard install again from the directory that has the package.json.',
  );
}

interface PackageJson {
  name?: unknown;
  bin?: unknown;
}

function readPackageJson(file: string): PackageJson | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
  } catch {
    return undefined; // a broken package.json is not a keyguard install we can use
  }
}

/** The bin as the package declares it (`"bin": {"keyguard": …}` or a string), POSIX-style. */
function binOf(pkg: PackageJson): string {
  const bin = typeof pkg.bin === 'string' ? pkg.bin : (pkg.bin as Record<string, unknown> | undefined)?.[PACKAGE_NAME];
  const declared = typeof bin === 'string' ? bin : DEFAULT_BIN;
  return path.posix.normalize(declared.replace(/\\/g, '/'));
}

/** `cwd` and its parents up to and including `root`; just `root` when `cwd` is outside it. */
function directoriesUpTo(root: string, cwd: string): string[] {
  if (!isInside(root, cwd)) return [root];
  const dirs: string[] = [];
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    dirs.push(dir);
    if (dir === root || dir === path.dirname(dir)) return dirs;
  }
}

export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** `./a/b` with forward slashes: the hook is sh, also on Windows (Git for Windows' sh). */
function repoRelative(root: string, file: string): string {
  return `./${path.relative(root, file).split(path.sep).join('/')}`;
}
