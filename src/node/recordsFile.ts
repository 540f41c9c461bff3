/**
 * Records files on a local disk through Node's fs: the atomic, flushed, locked side of
 * `updateRecordsFile`. The new text goes to a randomly named temp file next to the target, is
 * fsynced, and is renamed over the target only if the target still holds what was read. A lock file
 * (`<records>.lock`, created exclusively) keeps two processes — two VS Code windows, a window and
 * a script — from interleaving; a lock older than STALE_LOCK_MS is left over from a crash and is
 * taken over.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import * as path from 'node:path';
import { sameBytes, type RecordsFileIO } from '../core/recordsUpdate';
import { readRegularFile } from './safeRead';

/** Records of a long story are a few hundred kilobytes; more is not a records file. */
export const MAX_RECORDS_BYTES = 32 * 1024 * 1024;
const STALE_LOCK_MS = 10_000;
const LOCK_WAIT_MS = 30_000;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function readRecordsFile(file: string): Promise<Uint8Array | undefined> {
  const read = await readRegularFile(file, MAX_RECORDS_BYTES);
  if ('bytes' in read) return read.bytes;
  if (read.reason === 'missing') return undefined;
  throw new Error(read.problem);
}

async function acquireLock(lock: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const info = await stat(lock).catch(() => null);
    if (info && Date.now() - info.mtimeMs > STALE_LOCK_MS) {
      await unlink(lock).catch(() => undefined);
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS) throw new Error(`${path.basename(lock)} has been held by another process for over ${LOCK_WAIT_MS / 1000} s.`);
    await pause(5 + Math.random() * 20);
  }
}

export function nodeRecordsFile(file: string): RecordsFileIO {
  const dir = path.dirname(file);
  return {
    read: () => readRecordsFile(file),
    async replaceIf(expected, text) {
      await mkdir(dir, { recursive: true });
      const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(8).toString('hex')}.tmp`);
      const handle = await open(temp, 'wx');
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        if (!sameBytes(expected, await readRecordsFile(file))) {
          await unlink(temp);
          return false;
        }
        await rename(temp, file);
        return true;
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
    },
    async exclusive(task) {
      await mkdir(dir, { recursive: true });
      const lock = `${file}.lock`;
      await acquireLock(lock);
      try {
        return await task();
      } finally {
        await unlink(lock).catch(() => undefined);
      }
    },
  };
}
