import { promises as fs } from 'node:fs';

/** How long to wait for another keyguard process to release the lock before giving up. */
const WAIT_MS = 10_000;
/** A lock older than this was left by a process that died: it is taken over. */
const STALE_MS = 30_000;

export class LockTimeoutError extends Error {
  constructor(readonly lockPath: string) {
    super(`${lockPath} is held by another keyguard process (waited ${WAIT_MS / 1000} s); if none is running, delete it`);
    this.name = 'LockTimeoutError';
  }
}

/**
 * Runs `update` while holding `<file>.lock`, created with O_EXCL (`wx`): of two processes, exactly
 * one creates it, the other retries. A rename-based write alone is atomic for readers but two
 * concurrent read-modify-writes would still lose one update; the lock serialises them.
 */
export async function withFileLock<T>(file: string, update: () => Promise<T>): Promise<T> {
  const lockPath = `${file}.lock`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const handle = await fs.open(lockPath, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isStale(lockPath)) await fs.rm(lockPath, { force: true });
      else if (Date.now() > deadline) throw new LockTimeoutError(lockPath);
      else await sleep(5 + Math.random() * 20);
    }
  }
  try {
    return await update();
  } finally {
    await fs.rm(lockPath, { force: true });
  }
}

async function isStale(lockPath: string): Promise<boolean> {
  try {
    return Date.now() - (await fs.stat(lockPath)).mtimeMs > STALE_MS;
  } catch {
    return false; // released meanwhile: retry at once
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Writes `content` to a temporary file and renames it over `file`: readers see the old or the new file, never half of one. */
export async function writeFileAtomically(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temporary, content);
  await fs.rename(temporary, file);
}
