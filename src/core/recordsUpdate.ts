/**
 * Changing a records file without losing a mark made at the same moment elsewhere. Three quick
 * marks in one window, or two windows marking the same draft, used to keep one mark while all
 * reported success. Now:
 * - writes to one records file run one after another in this process (`SerialQueue`);
 * - each write re-reads the file, applies its change to what is there now (marks are merged by
 *   fingerprint: a change only touches its own), and replaces the file only if it still holds
 *   what was read — otherwise it starts again;
 * - across processes the file system adapter holds a lock file while it does this.
 * The storage itself (Node's fs with fsync, or VS Code's workspace.fs) is the caller's adapter.
 */
import { emptyRecords, parseRecordsBytes, serializeRecords, type RecordsFile } from './records';

export interface RecordsFileIO {
  /** The file's bytes, or undefined when there is none; throws when it cannot be read. */
  read(): Promise<Uint8Array | undefined>;
  /**
   * Replace the file with `text` atomically, provided it still holds `expected` (undefined: still
   * absent). Resolves false, having changed nothing, when it does not.
   */
  replaceIf(expected: Uint8Array | undefined, text: string): Promise<boolean>;
  /** Run `task` holding the cross-process lock for this file, where the storage has one. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

/** Attempts before giving up when the file keeps changing under us. */
const MAX_ATTEMPTS = 20;

export class RecordsChangedError extends Error {
  constructor(where: string) {
    super(`${where} kept changing while Factdesk tried to save a mark.`);
    this.name = 'RecordsChangedError';
  }
}

/**
 * Apply `change` to the records in the file and save them; resolves with the records written.
 * Throws `RecordsError` when the file cannot be read as records (it is then left untouched).
 */
export async function updateRecordsFile(io: RecordsFileIO, where: string, change: (records: RecordsFile) => RecordsFile): Promise<RecordsFile> {
  return io.exclusive(async () => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const before = await io.read();
      const next = change(before === undefined ? emptyRecords() : parseRecordsBytes(before, where));
      if (await io.replaceIf(before, serializeRecords(next))) return next;
    }
    throw new RecordsChangedError(where);
  });
}

/** Runs tasks with the same key one after another, in the order they were queued. */
export class SerialQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

/** Same bytes (or both absent)? */
export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
