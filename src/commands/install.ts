import { realpathSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT_CLEAN, EXIT_ERROR } from '../cli/exit-codes';
import { Io } from '../cli/io';
import { NotARepositoryError, repositoryRoot } from '../git/repository';
import { isInside, resolveHookEntry } from '../install/entry-point';
import { HookEntry, HookName, keyguardLine } from '../install/hook-script';
import { addHuskyLine, InstallChange, removeHuskyLine } from '../install/husky';
import { InstallError } from '../install/install-error';
import { HookTarget, installedLocations, locateHookTarget } from '../install/locate-hooks';
import { installPlainHook, plainHookFiles, PlainRemoval, uninstallPlainHook } from '../install/plain-hook';

/**
 * `keyguard install`: puts `keyguard scan --staged` into the pre-commit hook git will run (with
 * `--pre-push`, `keyguard scan --pre-push` into the pre-push hook). Every
 * check (work tree, hooks location, keyguard in node_modules) happens before the first write, so a
 * refusal leaves the repository as it was.
 */
export async function installCommand(args: string[], io: Io): Promise<number> {
  const hook = hookOf(args);
  return reportRefusal(io, async () => {
    const root = await workTreeRoot(io, 'install the hook');
    const target = await locateHookTarget(root, io.env);
    const entry = resolveHookEntry(root, realpathSync(io.cwd));
    if (target.kind === 'husky') installIntoHusky({ ...target, file: path.join(path.dirname(target.file), hook) }, entry, root, io, hook);
    else installIntoHooksDir(target.dir, entry, root, io, hook);
    io.stdout(hook === 'pre-push' ? PRE_PUSH_NOTE(entry) : PRE_COMMIT_NOTE(entry));
    return EXIT_CLEAN;
  });
}

const PRE_COMMIT_NOTE = (entry: HookEntry): string =>
  `The hook runs: node ${entry.path} scan --staged (from the repository root)\n` +
  'Test it: stage a change and run git commit, or run npx keyguard scan --staged. Skip it once: KEYGUARD=0 git commit ...\n';

const PRE_PUSH_NOTE = (entry: HookEntry): string =>
  `The hook runs: node ${entry.path} scan --pre-push (the commits being pushed, from the repository root)\n` +
  'Test it: npx keyguard scan --range @{upstream}..HEAD. Skip it once: KEYGUARD=0 git push ...\n';

/** `install` takes one flag: `--pre-push` installs the pre-push hook instead of the pre-commit one. */
function hookOf(args: string[]): HookName {
  const { values } = parseArgs({ args, options: { 'pre-push': { type: 'boolean', default: false } }, strict: true });
  return values['pre-push'] ? 'pre-push' : 'pre-commit';
}

/** `keyguard uninstall`: removes exactly what install added, and puts a chained hook back. */
export async function uninstallCommand(args: string[], io: Io): Promise<number> {
  // Removes both hooks keyguard may have installed (pre-commit, pre-push).
  expectNoArguments(args);
  return reportRefusal(io, async () => {
    const root = await workTreeRoot(io, 'uninstall the hook');
    const { huskyFile, hooksDir } = await installedLocations(root, io.env);
    const messages: string[] = [];
    const looked: string[] = [];
    for (const name of HOOK_NAMES) {
      const husky = huskyFile === undefined ? undefined : path.join(path.dirname(huskyFile), name);
      const hook = plainHookFiles(hooksDir, name).hook;
      if (husky !== undefined) messages.push(...huskyRemovalMessages(removeHuskyLine(husky), display(root, husky)));
      messages.push(...plainRemovalMessages(uninstallPlainHook(hooksDir, name), display(root, hook)));
      looked.push(...[husky, hook].flatMap((file) => (file === undefined ? [] : [display(root, file)])));
    }
    if (messages.length === 0) {
      messages.push(`keyguard: no keyguard hook found (looked in ${looked.join(' and ')}); nothing changed`);
    }
    io.stdout(`${messages.join('\n')}\n`);
    return EXIT_CLEAN;
  });
}

/** Every hook uninstall looks for. */
const HOOK_NAMES: readonly HookName[] = ['pre-commit', 'pre-push'];

function installIntoHusky(target: Extract<HookTarget, { kind: 'husky' }>, entry: HookEntry, root: string, io: Io, hook: HookName): void {
  const file = display(root, target.file);
  const change = addHuskyLine(target.file, keyguardLine(entry, hook));
  io.stdout(`${HUSKY_MESSAGES[change](file)}\n`);
  if (change !== 'unchanged') io.stdout(`Commit ${file} so everyone working on the repository gets the hook.\n`);
  if (!target.active) {
    io.stdout(
      `Note: husky is not set up in this clone (core.hooksPath is not set), so git does not run ${file} yet: ` +
        'run npx husky (npm install does it when package.json has "prepare": "husky").\n',
    );
  }
}

const HUSKY_MESSAGES: Record<InstallChange, (file: string) => string> = {
  created: (file) => `keyguard: created ${file} with the keyguard line`,
  added: (file) => `keyguard: added the keyguard line to ${file} (the lines already there are kept)`,
  updated: (file) => `keyguard: updated the keyguard line in ${file}`,
  unchanged: (file) => `keyguard: already installed in ${file}; nothing changed`,
};

function installIntoHooksDir(dir: string, entry: HookEntry, root: string, io: Io, name: HookName): void {
  const files = plainHookFiles(dir, name);
  const hook = display(root, files.hook);
  const result = installPlainHook(dir, entry, name);
  io.stdout(`${PLAIN_MESSAGES[result.change](hook, name)}\n`);
  if (result.movedExisting) {
    io.stdout(`keyguard: the hook that was there is kept as ${display(root, files.chained)} and runs before the scan\n`);
  }
}

const PLAIN_MESSAGES: Record<InstallChange, (file: string, hook: HookName) => string> = {
  created: (file, hook) => `keyguard: installed the ${hook} hook: wrote ${file}`,
  added: (file, hook) => `keyguard: installed the ${hook} hook: wrote ${file}`,
  updated: (file) => `keyguard: updated the pre-commit hook in ${file}`,
  unchanged: (file) => `keyguard: already installed in ${file}; nothing changed`,
};

function plainRemovalMessages(removal: PlainRemoval, hook: string): string[] {
  if (!removal.removed) return [];
  if (!removal.restored) return [`keyguard: removed ${hook}`];
  return [`keyguard: removed keyguard's ${hook} and put back the hook that was there before keyguard`];
}

function huskyRemovalMessages(removal: ReturnType<typeof removeHuskyLine>, file: string): string[] {
  if (removal === 'removed') return [`keyguard: removed the keyguard line from ${file}`];
  if (removal === 'deleted') return [`keyguard: deleted ${file} (it held only the keyguard line)`];
  return [];
}

/** Neither command takes arguments; a stray one is more likely a typo than something to ignore. */
function expectNoArguments(args: string[]): void {
  parseArgs({ args, options: {}, allowPositionals: false, strict: true });
}

/** The work tree root; a bare repository or a plain directory is refused with the reason. */
async function workTreeRoot(io: Io, action: string): Promise<string> {
  try {
    return await repositoryRoot({ cwd: io.cwd, env: io.env });
  } catch (error) {
    if (!(error instanceof NotARepositoryError)) throw error;
    throw new InstallError(
      `cannot ${action}: ${error.message}\n` +
        'Run it inside the work tree of a git repository (a bare repository has no work tree: nobody commits ' +
        'in it, so a pre-commit hook there would never run). Nothing was changed.',
    );
  }
}

/** Prints an InstallError's reason and exits 2; anything else goes to the CLI's describeError. */
async function reportRefusal(io: Io, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof InstallError)) throw error;
    io.stderr(`keyguard: ${error.message}\n`);
    return EXIT_ERROR;
  }
}

/** A path as the user thinks of it: relative to the repository root when inside it. */
function display(root: string, file: string): string {
  return isInside(root, file) ? path.relative(root, file).split(path.sep).join('/') : file;
}
