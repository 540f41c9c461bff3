/**
 * Where verification marks live: `.factdesk/<relative path>.json` in the document's workspace folder,
 * or workspace state for untitled documents and files outside the workspace. Writes to one file are
 * queued, and each re-reads the file and merges into what is there (core/recordsUpdate.ts), so quick
 * marks and marks from another window are all kept; on a local disk the file is written through
 * Node's fs (flushed, renamed, under a lock file), elsewhere through workspace.fs. A file that
 * cannot be read — not a file, not UTF-8, corrupt, or written by a newer Factdesk — is never
 * overwritten: the user sees an error naming it and the document's marks are read-only until the
 * file is fixed. The CLI reads with the same rules (core/records.ts).
 */
import * as vscode from 'vscode';
import { emptyRecords, parseRecords, parseRecordsBytes, recordsPathFor, serializeRecords, type RecordsFile, type VerificationMark } from '../core/records';
import { sameBytes, SerialQueue, updateRecordsFile, type RecordsFileIO } from '../core/recordsUpdate';
import { host } from './host';

type Location = { kind: 'file'; uri: vscode.Uri; shown: string } | { kind: 'state'; key: string; shown: string };

interface Entry {
  location: Location;
  records: RecordsFile;
  /** The records file's modification time and size when read ('absent' when there was none), for files only. */
  stamp?: string;
}

/** Records errors name the file already; file-system errors do not. */
function describeReadError(location: Location, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(location.shown) ? message : `${location.shown} could not be read (${message}).`;
}

const STATE_PREFIX = 'factdesk.records:';

/** Records on a non-local file system (remote, virtual): workspace.fs has no lock or flush, so only the change check guards. */
function workspaceRecordsFile(uri: vscode.Uri): RecordsFileIO {
  const read = async (): Promise<Uint8Array | undefined> => {
    try {
      return await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  };
  return {
    read,
    async replaceIf(expected, text) {
      const parent = vscode.Uri.joinPath(uri, '..');
      await vscode.workspace.fs.createDirectory(parent);
      const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
      const temp = vscode.Uri.joinPath(parent, `.${name}.${globalThis.crypto.randomUUID()}.tmp`);
      await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
      try {
        if (!sameBytes(expected, await read())) {
          await vscode.workspace.fs.delete(temp);
          return false;
        }
        await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
        return true;
      } catch (error) {
        await Promise.resolve(vscode.workspace.fs.delete(temp)).catch(() => undefined);
        throw error;
      }
    },
    exclusive: (task) => task(),
  };
}

/** A records file's modification time and size, or 'absent'. */
async function stampOf(uri: vscode.Uri): Promise<string> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    return `${stat.mtime}:${stat.size}:${stat.type}`;
  } catch {
    return 'absent';
  }
}

function recordsFileFor(uri: vscode.Uri): RecordsFileIO {
  return uri.scheme === 'file' && host.recordsFile ? host.recordsFile(uri.fsPath) : workspaceRecordsFile(uri);
}

export class RecordStore implements vscode.Disposable {
  private readonly entries = new Map<string, Promise<Entry>>();
  private readonly loaded = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly reported = new Set<string>();
  private readonly writes = new SerialQueue();
  private readonly revalidating = new Set<string>();

  constructor(private readonly state: vscode.Memento) {
    // Another checker's marks arriving through git, or a hand edit, must show up.
    const watcher = vscode.workspace.createFileSystemWatcher('**/.factdesk/**/*.json');
    const reload = (uri: vscode.Uri): void => {
      for (const [key, entry] of this.loaded) {
        if (entry.location.kind === 'file' && entry.location.uri.toString() === uri.toString()) {
          this.entries.delete(key);
          this.loaded.delete(key);
          void this.load(vscode.Uri.parse(key)).then(() => this.changed.fire(vscode.Uri.parse(key)));
        }
      }
    };
    this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
  }

  /** Marks for a document already loaded (empty until the first load finishes; `onDidChange` fires then). */
  marksFor(document: vscode.Uri): Readonly<Record<string, VerificationMark>> {
    const entry = this.loaded.get(document.toString());
    if (!entry) {
      void this.load(document).then(() => this.changed.fire(document));
      return {};
    }
    this.revalidate(document.toString(), entry);
    return entry.records.marks;
  }

  /**
   * The file watcher can miss a change (a `.factdesk` folder created and written at once, as a git
   * pull or another tool does): on every check, the records file's stamp is compared with the one
   * read, in the background, and a changed file is read again. One stat per check, none in flight twice.
   */
  private revalidate(key: string, entry: Entry): void {
    if (entry.location.kind !== 'file' || entry.stamp === undefined || this.revalidating.has(key)) return;
    this.revalidating.add(key);
    const done = (): void => void this.revalidating.delete(key);
    void stampOf(entry.location.uri).then((stamp) => {
      done();
      if (stamp === entry.stamp || this.loaded.get(key) !== entry) return;
      this.entries.delete(key);
      this.loaded.delete(key);
      void this.load(vscode.Uri.parse(key)).then(() => this.changed.fire(vscode.Uri.parse(key)));
    }, done);
  }

  load(document: vscode.Uri): Promise<Entry> {
    const key = document.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = this.read(this.locate(document)).then((e) => {
        this.loaded.set(key, e);
        return e;
      });
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Where the records file for `document` is shown to the user (a workspace-relative path or "workspace state"). */
  describe(document: vscode.Uri): string {
    return this.locate(document).shown;
  }

  /**
   * Change a document's records. Queued behind other changes to the same records file, applied to
   * what the file holds at that moment, and refused (with an error message) when the file cannot be
   * read. Resolves true when written.
   */
  async update(document: vscode.Uri, change: (records: RecordsFile) => RecordsFile): Promise<boolean> {
    const key = document.toString();
    const location = this.locate(document);
    const queueKey = location.kind === 'file' ? location.uri.toString() : location.key;
    return this.writes.run(queueKey, async () => {
      let records: RecordsFile;
      try {
        records = await this.save(location, change);
      } catch (error) {
        this.entries.delete(key);
        void vscode.window.showErrorMessage(`Factdesk: verification records not saved. ${describeReadError(location, error)} Fix or move ${location.shown} and try again; it was left as it is.`);
        return false;
      }
      const next: Entry = { location, records, stamp: location.kind === 'file' ? await stampOf(location.uri) : undefined };
      this.entries.set(key, Promise.resolve(next));
      this.loaded.set(key, next);
      this.changed.fire(document);
      return true;
    });
  }

  private async save(location: Location, change: (records: RecordsFile) => RecordsFile): Promise<RecordsFile> {
    if (location.kind === 'file') return updateRecordsFile(recordsFileFor(location.uri), location.shown, change);
    const records = change(parseRecords(this.state.get<string>(location.key, ''), location.shown));
    await this.state.update(location.key, serializeRecords(records));
    return records;
  }

  private locate(document: vscode.Uri): Location {
    const folder = document.scheme === 'untitled' ? undefined : vscode.workspace.getWorkspaceFolder(document);
    if (folder) {
      const relative = document.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
      const path = recordsPathFor(relative);
      return { kind: 'file', uri: vscode.Uri.joinPath(folder.uri, path), shown: vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders.length > 1 ? `${folder.name}/${path}` : path };
    }
    return { kind: 'state', key: STATE_PREFIX + document.toString(), shown: 'workspace state' };
  }

  private async read(location: Location): Promise<Entry> {
    // Stamped before reading: a write in between only makes the next check read the file again.
    const stamp = location.kind === 'file' ? await stampOf(location.uri) : undefined;
    try {
      if (location.kind === 'state') return { location, records: parseRecords(this.state.get<string>(location.key, ''), location.shown) };
      const bytes = await recordsFileFor(location.uri).read();
      return { location, records: bytes === undefined ? emptyRecords() : parseRecordsBytes(bytes, location.shown), stamp };
    } catch (error) {
      return { ...this.unreadable(location, describeReadError(location, error)), stamp };
    }
  }

  private unreadable(location: Location, message: string): Entry {
    if (!this.reported.has(message)) {
      this.reported.add(message);
      void vscode.window.showErrorMessage(`Factdesk: ${message} It will not be overwritten; marks for this document are read-only until it is fixed.`);
    }
    return { location, records: emptyRecords() };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
