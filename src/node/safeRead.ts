/**
 * Reading a file the CLI did not create (a draft, a config, a records file) without trusting it:
 * only regular files are read — a link to /dev/zero or a named pipe would never end — and bytes are
 * counted while reading, so a file that grows or lies about its size stops at the limit.
 *
 * The type is checked with stat before opening (opening a FIFO for reading blocks until a writer
 * comes) and again with fstat on the open handle, which is the file actually read.
 */
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { describeFsError } from './fsErrors';

export type SafeRead = { bytes: Buffer } | { problem: string; reason: 'missing' | 'too-large' | 'unreadable' };

const CHUNK = 64 * 1024;
/** Not defined on Windows, where there are no FIFOs to open by path. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}

/** Why `info` is not a file Factdesk reads, or null for a regular file. */
export function notRegularFile(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'is a directory';
  if (info.isFIFO()) return 'is a named pipe (FIFO), not a file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'is a device, not a file';
  if (info.isSocket()) return 'is a socket, not a file';
  return 'is not a regular file';
}

export async function readRegularFile(absolute: string, maxBytes: number): Promise<SafeRead> {
  const fail = (error: unknown): SafeRead => ({ problem: describeFsError(error), reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable' });
  const tooLarge = (problem: string): SafeRead => ({ problem, reason: 'too-large' });
  let before: Stats;
  try {
    before = await stat(absolute);
  } catch (error) {
    return fail(error);
  }
  const kind = notRegularFile(before);
  if (kind) return { problem: kind, reason: 'unreadable' };
  if (before.size > maxBytes) return tooLarge(`${formatSize(before.size)} is over the ${formatSize(maxBytes)} limit`);
  let handle;
  try {
    handle = await open(absolute, OPEN_FLAGS);
  } catch (error) {
    return fail(error);
  }
  try {
    const opened = notRegularFile(await handle.stat());
    if (opened) return { problem: opened, reason: 'unreadable' };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      // The stated size was within the limit: the file grew while being read.
      if (total > maxBytes) return tooLarge(`it grew past the ${formatSize(maxBytes)} limit while being read`);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return fail(error);
  } finally {
    await handle.close();
  }
}
