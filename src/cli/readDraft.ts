/**
 * Reading one draft safely: too large, binary or not UTF-8 files get a clear message instead of a
 * check that would hang or report nonsense offsets.
 */
import { open } from 'node:fs/promises';
import { describeFsError } from './fsErrors';

export type ReadResult = { text: string } | { problem: string };

/** Keeps a BOM in the text, as Node's readFileSync(…, 'utf8') does, so offsets match what tools read. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}

/** `role` names what the file was read as ("draft", "source") in the messages; only drafts have --max-size. */
export async function readDraft(absolute: string, display: string, maxSize: number, role: 'draft' | 'source' = 'draft'): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(absolute, 'r');
  } catch (error) {
    return { problem: `cannot read ${display}: ${describeFsError(error)}` };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { problem: `cannot read ${display}: is a directory` };
    if (info.size > maxSize) {
      return { problem: `skipped ${display}: ${formatSize(info.size)} is over the ${formatSize(maxSize)} limit${role === 'draft' ? ' (raise it with --max-size)' : ` for a ${role}`}` };
    }
    const bytes = await handle.readFile();
    if (bytes.includes(0)) return { problem: `skipped ${display}: it contains NUL bytes, so it looks like a binary file, not a ${role}` };
    try {
      return { text: UTF8.decode(bytes) };
    } catch {
      return { problem: `skipped ${display}: it is not valid UTF-8 text (an old Latin-1 or Windows-1252 export?); save it as UTF-8 and check again` };
    }
  } catch (error) {
    return { problem: `cannot read ${display}: ${describeFsError(error)}` };
  } finally {
    await handle.close();
  }
}
