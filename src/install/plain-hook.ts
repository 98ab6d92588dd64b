import { chmodSync, lstatSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chainedHookName, HookEntry, HookName, isKeyguardText, plainHookScript } from './hook-script';
import { InstallChange } from './husky';
import { InstallError } from './install-error';

/** The files of a plain hooks directory that keyguard deals with. */
export interface PlainHookFiles {
  readonly hook: string;
  readonly chained: string;
}

export function plainHookFiles(dir: string, hook: HookName = 'pre-commit'): PlainHookFiles {
  return { hook: path.join(dir, hook), chained: path.join(dir, chainedHookName(hook)) };
}

export interface PlainInstallResult {
  readonly change: InstallChange;
  /** A user's hook was moved to `files.chained` by this install. */
  readonly movedExisting: boolean;
}

/**
 * Writes keyguard's `pre-commit`. A hook that is not keyguard's is moved aside and run first by
 * ours, rather than edited: it may be Python, Node or a binary, or end in `exec`/`exit`, so a line
 * inserted into it might never run; moved whole it keeps working byte for byte, and uninstall
 * restores it with one rename.
 */
export function installPlainHook(dir: string, entry: HookEntry, hook: HookName = 'pre-commit'): PlainInstallResult {
  const files = plainHookFiles(dir, hook);
  const existing = readIfPresent(files.hook);
  if (existing !== undefined && !isKeyguardText(existing)) {
    if (exists(files.chained)) {
      throw new InstallError(
        `${files.hook} is not keyguard's hook, and ${files.chained} (where keyguard keeps an existing hook) ` +
          'is taken too. Nothing was changed: move one of them away and run npx keyguard install again.',
      );
    }
    renameSync(files.hook, files.chained);
    writeHook(files.hook, plainHookScript(entry, true, hook));
    return { change: 'created', movedExisting: true };
  }
  const script = plainHookScript(entry, exists(files.chained), hook);
  if (existing === script) return { change: 'unchanged', movedExisting: false };
  mkdirSync(dir, { recursive: true }); // core.hooksPath may name a directory that does not exist yet
  writeHook(files.hook, script);
  return { change: existing === undefined ? 'created' : 'updated', movedExisting: false };
}

export interface PlainRemoval {
  readonly removed: boolean;
  /** The user's earlier hook was put back in place. */
  readonly restored: boolean;
}

/** Deletes keyguard's hook (only if it is keyguard's) and puts a chained hook back. */
export function uninstallPlainHook(dir: string, hook: HookName = 'pre-commit'): PlainRemoval {
  const files = plainHookFiles(dir, hook);
  const existing = readIfPresent(files.hook);
  if (existing === undefined || !isKeyguardText(existing)) return { removed: false, restored: false };
  unlinkSync(files.hook);
  if (!exists(files.chained)) return { removed: true, restored: false };
  renameSync(files.chained, files.hook);
  return { removed: true, restored: true };
}

function writeHook(file: string, script: string): void {
  writeFileSync(file, script, { mode: 0o755 });
  chmodSync(file, 0o755); // the mode above applies only to a new file, and the umask trims it
}

/** A hook's text, or undefined if there is none (a dangling symlink counts as a hook: it is in the way). */
function readIfPresent(file: string): string | undefined {
  if (!exists(file)) return undefined;
  try {
    return readFileSync(file, 'utf8'); // a binary hook decodes lossily, which is enough to see it is not ours
  } catch {
    return ''; // unreadable (dangling symlink): not ours, so it is kept and chained
  }
}

/** Like existsSync, but true for a dangling symlink too. */
function exists(file: string): boolean {
  return lstatSync(file, { throwIfNoEntry: false }) !== undefined;
}
