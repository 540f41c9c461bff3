/**
 * Where verification marks live: `.factdesk/<relative path>.json` in the document's workspace folder,
 * or workspace state for untitled documents and files outside the workspace. Files are written
 * atomically (a temp file renamed over the target). A file that cannot be read — corrupt, or written
 * by a newer Factdesk — is never overwritten: the user sees an error naming it and the document's
 * marks are read-only until the file is fixed.
 */
import * as vscode from 'vscode';
import { emptyRecords, parseRecords, recordsPathFor, serializeRecords, type RecordsFile, type VerificationMark } from '../core/records';

type Location = { kind: 'file'; uri: vscode.Uri; shown: string } | { kind: 'state'; key: string; shown: string };

interface Entry {
  location: Location;
  records: RecordsFile;
  /** Why the records cannot be written, when they could not be read. */
  readOnly: string | null;
}

const STATE_PREFIX = 'factdesk.records:';

export class RecordStore implements vscode.Disposable {
  private readonly entries = new Map<string, Promise<Entry>>();
  private readonly loaded = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly reported = new Set<string>();

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
    return entry.records.marks;
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
   * Change a document's records. Re-reads the file first so a concurrent edit is not lost; refuses
   * (with an error message) when the file cannot be read. Resolves true when written.
   */
  async update(document: vscode.Uri, change: (records: RecordsFile) => RecordsFile): Promise<boolean> {
    const key = document.toString();
    this.entries.delete(key);
    const entry = await this.load(document);
    if (entry.readOnly !== null) {
      void vscode.window.showErrorMessage(`Factdesk: verification records not saved. ${entry.readOnly} Fix or move ${entry.location.shown} and try again; it was left as it is.`);
      return false;
    }
    const records = change(entry.records);
    await this.write(entry.location, records);
    const next: Entry = { ...entry, records };
    this.entries.set(key, Promise.resolve(next));
    this.loaded.set(key, next);
    this.changed.fire(document);
    return true;
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
    let text: string;
    if (location.kind === 'state') {
      text = this.state.get<string>(location.key, '');
    } else {
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(location.uri));
      } catch (error) {
        if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { location, records: emptyRecords(), readOnly: null };
        return this.unreadable(location, `${location.shown} could not be read (${(error as Error).message}).`);
      }
    }
    try {
      return { location, records: parseRecords(text, location.shown), readOnly: null };
    } catch (error) {
      return this.unreadable(location, (error as Error).message);
    }
  }

  private unreadable(location: Location, message: string): Entry {
    if (!this.reported.has(message)) {
      this.reported.add(message);
      void vscode.window.showErrorMessage(`Factdesk: ${message} It will not be overwritten; marks for this document are read-only until it is fixed.`);
    }
    return { location, records: emptyRecords(), readOnly: message };
  }

  private async write(location: Location, records: RecordsFile): Promise<void> {
    const text = serializeRecords(records);
    if (location.kind === 'state') {
      await this.state.update(location.key, text);
      return;
    }
    const parent = vscode.Uri.joinPath(location.uri, '..');
    await vscode.workspace.fs.createDirectory(parent);
    const name = location.uri.path.slice(location.uri.path.lastIndexOf('/') + 1);
    const temp = vscode.Uri.joinPath(parent, `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
    await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
    try {
      await vscode.workspace.fs.rename(temp, location.uri, { overwrite: true });
    } catch (error) {
      await Promise.resolve(vscode.workspace.fs.delete(temp)).catch(() => undefined);
      throw error;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
