/**
 * The shell text keyguard puts into hooks. Everything here is POSIX sh: git runs hooks with /bin/sh
 * semantics (and husky v9 runs `.husky/pre-commit` with `sh -e`), and Git for Windows ships a sh.
 */

/**
 * Ends every line keyguard adds, so a later install recognises its own work (idempotence, updating
 * an old entry path) and uninstall removes exactly those lines and nothing a user wrote.
 */
export const KEYGUARD_MARKER = '# added by keyguard install';

/** The git hooks keyguard installs: before a commit (the default) and before a push. */
export type HookName = 'pre-commit' | 'pre-push';

/** What each hook asks keyguard to scan. */
const SCAN_ARGS: Record<HookName, string> = {
  'pre-commit': 'scan --staged',
  'pre-push': 'scan --pre-push', // reads git's "<local ref> <local sha> <remote ref> <remote sha>" lines on stdin
};

/** What the hook runs and what it says when that file has gone. */
export interface HookEntry {
  /** The keyguard bin relative to the repository root, `./`-prefixed, with `/` separators. */
  readonly path: string;
  /** One line printed (and the commit blocked) when `path` does not exist at commit time. */
  readonly missingMessage: string;
}

/**
 * The single line that runs the scan. It is one line so husky users see one line added to their
 * `.husky/pre-commit`. It runs `node` on the bin directly (not npx, which adds its own start-up to
 * every commit and may go to the network), by a path relative to the work tree root, where git
 * starts hooks. A missing bin blocks the commit with exit 2 (fail closed: a scanner that has been
 * uninstalled must not look like a clean scan).
 */
export function keyguardLine(entry: HookEntry, hook: HookName = 'pre-commit'): string {
  const bin = shellQuote(entry.path);
  return (
    `if [ "\${KEYGUARD-}" = 0 ]; then echo 'keyguard: skipped (KEYGUARD=0)' >&2; ` +
    `elif [ -f ${bin} ]; then node ${bin} ${SCAN_ARGS[hook]} || exit $?; ` +
    `else echo ${shellQuote(entry.missingMessage)} >&2; exit 2; fi ${KEYGUARD_MARKER}`
  );
}

/** Name of the hook a user had before keyguard, kept beside ours in the same hooks directory. */
export function chainedHookName(hook: HookName): string {
  return `${hook}.keyguard-chained`;
}

const PURPOSE: Record<HookName, string> = {
  'pre-commit': 'this pre-commit hook blocks commits that add secrets.\n# Skip it once: KEYGUARD=0 git commit ...',
  'pre-push': 'this pre-push hook blocks pushing commits that add secrets.\n# Skip it once: KEYGUARD=0 git push ...',
};

/**
 * The whole `pre-commit` file for a plain (non-husky) repository. When a previous hook was moved
 * aside it runs first, so anything it changes in the index (formatters, lint-staged) is what gets
 * scanned, and its failure still blocks the commit as it did before. The `-x` test mirrors git,
 * which never ran a non-executable hook either.
 */
export function plainHookScript(entry: HookEntry, chained: boolean, hook: HookName = 'pre-commit'): string {
  const lines = ['#!/bin/sh', `${KEYGUARD_MARKER}: ${PURPOSE[hook]}   Remove it: npx keyguard uninstall`];
  if (hook === 'pre-push') return `${[...lines, ...prePushBody(entry, chained)].join('\n')}\n`;
  if (chained) {
    const previous = `"$(dirname "$0")/${chainedHookName(hook)}"`;
    lines.push(`# The pre-commit hook that was here before keyguard (npx keyguard uninstall puts it back).`);
    lines.push(`if [ -x ${previous} ]; then ${previous} "$@" || exit $?; fi`);
  }
  lines.push(keyguardLine(entry));
  return `${lines.join('\n')}\n`;
}

/**
 * git writes the pushed refs on the pre-push hook's stdin once; a chained hook reading them would
 * leave nothing for the scan. So the lines are read into a variable first and given to each step.
 */
function prePushBody(entry: HookEntry, chained: boolean): string[] {
  const lines = ['keyguard_refs=$(cat) # the refs being pushed, one line each, read once for every step below'];
  if (chained) {
    const previous = `"$(dirname "$0")/${chainedHookName('pre-push')}"`;
    lines.push(`# The pre-push hook that was here before keyguard (npx keyguard uninstall puts it back).`);
    lines.push(`if [ -x ${previous} ]; then printf '%s\\n' "$keyguard_refs" | ${previous} "$@" || exit $?; fi`);
  }
  lines.push(`printf '%s\\n' "$keyguard_refs" | {`, keyguardLine(entry, 'pre-push'), '}');
  return lines;
}

/** True for a line (or a whole file) keyguard wrote. */
export function isKeyguardText(text: string): boolean {
  return text.includes(KEYGUARD_MARKER);
}

/** Quotes a word for sh only when it needs it, so the usual path stays readable in the hook. */
export function shellQuote(word: string): string {
  if (/^[\w./:=@%+-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
