import { statSync } from 'node:fs';
import path from 'node:path';
import { GitError, GitOptions, runGit } from '../git/exec';
import { InstallError } from './install-error';

/** Where keyguard's pre-commit entry goes. */
export type HookTarget =
  /** husky's shared `.husky/pre-commit` (a sh snippet husky runs); `active`: git is set up to run it. */
  | { readonly kind: 'husky'; readonly file: string; readonly active: boolean }
  /** A plain hooks directory, as git resolves it: `.git/hooks`, `core.hooksPath`, a worktree's common dir. */
  | { readonly kind: 'hooks-dir'; readonly dir: string };

/** Config scopes that belong to this repository only (git-config(1), "--show-scope"). */
const REPOSITORY_SCOPES = new Set(['local', 'worktree']);

/**
 * Decides where the hook goes. An explicit `core.hooksPath` wins, because it is what git runs: one
 * inside a `.husky` directory (husky v9 sets `.husky/_`, v8 `.husky`) means husky; any other is a
 * plain hooks directory. Without it, a `.husky/` directory at the root means the team uses husky
 * even if this clone has not run `husky` yet (so `.husky/pre-commit` is the shared file to edit).
 */
export async function locateHookTarget(root: string, env: NodeJS.ProcessEnv): Promise<HookTarget> {
  // Asked from the root: a relative core.hooksPath means relative to the work tree root (githooks(5)),
  // and --git-path's relative answers are then relative to the root too, whatever the user's cwd.
  const git: GitOptions = { cwd: root, env };
  const configured = await configuredHooksPath(git);
  if (configured !== undefined) refuseSharedHooksPath(configured);
  const hooksDir = await gitHooksDir(root, env);
  if (configured !== undefined) {
    const huskyDir = enclosingHuskyDir(hooksDir);
    if (huskyDir !== undefined) return { kind: 'husky', file: path.join(huskyDir, 'pre-commit'), active: true };
    return { kind: 'hooks-dir', dir: hooksDir };
  }
  const rootHusky = path.join(root, '.husky');
  if (isDirectory(rootHusky)) return { kind: 'husky', file: path.join(rootHusky, 'pre-commit'), active: false };
  return { kind: 'hooks-dir', dir: hooksDir };
}

export interface InstalledLocations {
  /** `.husky/pre-commit`, when the repository has a `.husky` directory. */
  readonly huskyFile?: string;
  readonly hooksDir: string;
}

/** Where an earlier install may have written: husky's file (if the repo has one) and git's hooks directory. */
export async function installedLocations(root: string, env: NodeJS.ProcessEnv): Promise<InstalledLocations> {
  const hooksDir = await gitHooksDir(root, env);
  const huskyDir = enclosingHuskyDir(hooksDir) ?? path.join(root, '.husky');
  return { huskyFile: isDirectory(huskyDir) ? path.join(huskyDir, 'pre-commit') : undefined, hooksDir };
}

/** The hooks directory git runs, absolute (`git rev-parse --git-path hooks` honours core.hooksPath and worktrees). */
async function gitHooksDir(root: string, env: NodeJS.ProcessEnv): Promise<string> {
  return path.resolve(root, firstLine(await runGit(['rev-parse', '--git-path', 'hooks'], { cwd: root, env })));
}

interface ConfiguredHooksPath {
  readonly scope: string;
  readonly value: string;
}

async function configuredHooksPath(git: GitOptions): Promise<ConfiguredHooksPath | undefined> {
  try {
    const output = await runGit(['config', '--show-scope', '--get', 'core.hooksPath'], git);
    const [scope = '', value = ''] = firstLine(output).split('\t');
    return { scope, value };
  } catch (error) {
    if (error instanceof GitError && error.exitCode === 1) return undefined; // git config: "key not set"
    throw error;
  }
}

/**
 * A hooksPath from the global or system config serves every repository on the machine; a hook
 * there that runs this repository's node_modules would block commits in all the others.
 */
function refuseSharedHooksPath(configured: ConfiguredHooksPath): void {
  if (REPOSITORY_SCOPES.has(configured.scope)) return;
  throw new InstallError(
    `core.hooksPath is set in your ${configured.scope} git config (${configured.value}), so git runs the hooks ` +
      'there for every repository; keyguard will not write a hook for this repository into it.\n' +
      'Either add `npx keyguard scan --staged` to that shared pre-commit hook yourself, or give this ' +
      'repository its own hooks directory (git config core.hooksPath .git/hooks) and run npx keyguard install again.',
  );
}

/** The `.husky` directory a hooks path lies in (`/repo/.husky/_` → `/repo/.husky`), if any. */
function enclosingHuskyDir(hooksDir: string): string | undefined {
  const parts = hooksDir.split(path.sep);
  const index = parts.lastIndexOf('.husky');
  return index < 0 ? undefined : parts.slice(0, index + 1).join(path.sep);
}

function isDirectory(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function firstLine(output: Buffer): string {
  return output.toString('utf8').split('\n')[0].replace(/\r$/, '');
}
