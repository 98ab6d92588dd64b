import { chmodSync, existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { isKeyguardText } from './hook-script';

/** What install did to a file. */
export type InstallChange = 'created' | 'added' | 'updated' | 'unchanged';

/**
 * Adds keyguard's line to husky's `.husky/pre-commit`, keeping every other line. The line goes at
 * the end, after tools like lint-staged that may re-stage files (so the final index is scanned),
 * but before a top-level `exit`/`exec`, after which it would never run.
 */
export function addHuskyLine(file: string, line: string): InstallChange {
  if (!existsSync(file)) {
    // husky v9 runs this file with `sh -e`, so it needs no shebang; 0755 for husky v8, which has git run it directly.
    writeFileSync(file, `${line}\n`, { mode: 0o755 });
    chmodSync(file, 0o755);
    return 'created';
  }
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines.some((text) => text.replace(/\r$/, '') === line)) return 'unchanged'; // CRLF files too
  const ours = lines.findIndex(isKeyguardText);
  if (ours >= 0) {
    lines[ours] = line; // an older install (another keyguard location or version): replace it in place
    writeFileSync(file, lines.join('\n'));
    return 'updated';
  }
  writeFileSync(file, insertBeforeExit(lines, line).join('\n'));
  return 'added';
}

function insertBeforeExit(lines: string[], line: string): string[] {
  const exit = lines.findIndex((text) => /^(exit|exec)\b/.test(text));
  if (exit >= 0) return [...lines.slice(0, exit), line, ...lines.slice(exit)];
  const body = lines.at(-1) === '' ? lines.slice(0, -1) : lines; // the file's final newline
  return [...body, line, ''];
}

/** What uninstall did to husky's file. */
export type HuskyRemoval = 'removed' | 'deleted' | 'absent';

/**
 * Removes keyguard's lines, and the file itself when nothing else is left in it (install created
 * it then).
 */
export function removeHuskyLine(file: string): HuskyRemoval {
  if (!existsSync(file)) return 'absent';
  const lines = readFileSync(file, 'utf8').split('\n');
  const kept = lines.filter((text) => !isKeyguardText(text));
  if (kept.length === lines.length) return 'absent';
  if (kept.join('').trim() === '') {
    unlinkSync(file);
    return 'deleted';
  }
  writeFileSync(file, kept.join('\n'));
  return 'removed';
}
