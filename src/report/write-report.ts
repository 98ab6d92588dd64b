import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** node:crypto is required only here, when a report file is written (not on the hook's start-up). */
function randomSuffix(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:crypto') as typeof import('node:crypto')).randomBytes(6).toString('hex');
}

/** The usual reasons a write fails, in words. */
const REASONS: Record<string, string> = {
  ENOENT: 'its directory does not exist',
  ENOTDIR: 'part of the path is not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

/** `--output FILE` could not be written: exit 2, and the message says which file and why. */
export class ReportWriteError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    const code = (cause as NodeJS.ErrnoException)?.code ?? '';
    super(`cannot write the report to ${file}: ${REASONS[code] ?? (cause instanceof Error ? cause.message : String(cause))}`);
    this.name = 'ReportWriteError';
  }
}

/**
 * Writes `text` to `file` (relative to `cwd`) atomically: into a temporary file beside it, then
 * renamed over it, so a reader (a CI upload step) sees the old report or the whole new one, never a
 * partial one. Returns the absolute path written.
 */
export function writeReportFile(cwd: string, file: string, text: string): string {
  const target = path.resolve(cwd, file);
  // Same directory, so the rename stays on one file system; `wx` refuses to follow a planted file.
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomSuffix()}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new ReportWriteError(file, error);
  }
  return target;
}
