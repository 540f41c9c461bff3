/**
 * A draft's sources in VS Code: the files of the workspace folder matching the `sources` globs
 * (setting or `.factdesk.json`, default `sources/**` and `.factdesk/sources/**`), found with
 * findFiles and read with workspace.fs (virtual workspaces too), plus the local files the draft
 * links to. File contents are cached by modification time; the SourceSet of a document is reused
 * while none of its files changed, so its memo of quote matches survives keystrokes. A file that
 * cannot be a source (a directory, outside the workspace, too large, binary, not UTF-8) is refused
 * with a message in the output channel, shown once; nothing is ever written.
 */
import * as vscode from 'vscode';
import { host } from './host';
import { linkedSourcePaths } from '../core/sources/linkedSources';
import { SourceSet, type SourceInput } from '../core/sources/sourceSet';

/** How long a listing of the source globs is trusted without a watcher event (typing re-checks reuse it meanwhile). */
const LISTING_FRESH_MS = 3000;

/** A source larger than this is not read (the CLI uses the same limit). */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

type Read = { input: SourceInput; mtime: number } | { problem: string; mtime: number };

function inside(folder: vscode.Uri, uri: vscode.Uri): boolean {
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return uri.scheme === folder.scheme && uri.authority === folder.authority && uri.path.startsWith(base);
}

/** The real path of a local file (symbolic links resolved); other schemes have no links to follow. */
async function realUri(uri: vscode.Uri): Promise<vscode.Uri> {
  if (uri.scheme !== 'file' || !host.realPath) return uri;
  return vscode.Uri.file(await host.realPath(uri.fsPath));
}

export class WorkspaceSources implements vscode.Disposable {
  private readonly reads = new Map<string, Read>();
  /** The files each folder's globs matched, and when they were listed. */
  private readonly globbed = new Map<string, { at: number; files: Promise<vscode.Uri[]> }>();
  private readonly sets = new Map<string, { key: string; set: SourceSet | undefined }>();
  private readonly told = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a source file is created, changed or deleted: open drafts should be re-checked. */
  readonly onDidChange = this.changed.event;
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/*');

  constructor(private readonly output: vscode.OutputChannel) {
    // A file appearing or going may change what the globs match; a change matters only to a file read as a source.
    const listChanged = (uri: vscode.Uri): void => {
      if (uri.path.includes('/.git/')) return;
      this.reads.delete(uri.toString());
      this.globbed.clear();
      this.changed.fire();
    };
    this.watcher.onDidCreate(listChanged);
    this.watcher.onDidDelete(listChanged);
    this.watcher.onDidChange((uri) => {
      if (this.reads.delete(uri.toString())) this.changed.fire();
    });
  }

  /** The sources of `document`, or undefined when it has none. */
  async forDocument(document: vscode.TextDocument, globs: readonly string[]): Promise<SourceSet | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder) return undefined;
    const linked = linkedSourcePaths(document.getText(), document.languageId).map((p) => vscode.Uri.joinPath(document.uri, '..', p));
    const files = new Map<string, vscode.Uri>();
    for (const uri of [...(await this.find(folder, globs)), ...linked]) if (uri.toString() !== document.uri.toString()) files.set(uri.toString(), uri);
    if (files.size === 0) return undefined;
    const reads = await Promise.all([...files.values()].map((uri) => this.read(folder, uri)));
    const key = [...files.keys()].map((k, i) => `${k}@${reads[i].mtime}`).sort().join('\n');
    const cached = this.sets.get(document.uri.toString());
    if (cached && cached.key === key) return cached.set;
    const inputs: SourceInput[] = [];
    for (const read of reads) {
      if ('problem' in read) this.tell(read.problem);
      else inputs.push(read.input);
    }
    const built = SourceSet.build(inputs);
    built.problems.forEach((p) => this.tell(`Factdesk: source ${p}`));
    const set = built.set.size > 0 ? built.set : undefined;
    this.sets.set(document.uri.toString(), { key, set });
    return set;
  }

  /** The document was closed: its set (and memo) can go. */
  forget(uri: vscode.Uri): void {
    this.sets.delete(uri.toString());
  }

  /**
   * Forget which files the globs matched, so the next check lists them again: *Check document*
   * does, as the user asked for a check of the draft as things are now.
   */
  forgetListings(): void {
    this.globbed.clear();
  }

  /**
   * The files the globs match. A listing is kept while the file watcher reports no file created or
   * deleted, but for LISTING_FRESH_MS at most: a watcher event can come late or not at all (a file
   * written right after its folder was made, a network drive), and a source dropped into `sources/`
   * must not stay unseen until some other file changes.
   */
  private find(folder: vscode.WorkspaceFolder, globs: readonly string[]): Promise<vscode.Uri[]> {
    const key = `${folder.uri.toString()}\u0000${globs.join('\u0000')}`;
    const now = Date.now();
    const listed = this.globbed.get(key);
    if (listed && now - listed.at <= LISTING_FRESH_MS) return listed.files;
    const files = Promise.all(globs.map((g) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, g), '**/{node_modules,.git}/**'))).then((lists) => lists.flat());
    this.globbed.set(key, { at: now, files });
    return files;
  }

  private async read(folder: vscode.WorkspaceFolder, uri: vscode.Uri): Promise<Read> {
    const shown = vscode.workspace.asRelativePath(uri, false);
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      return { problem: `Factdesk: source ${shown} cannot be read (it does not exist?)`, mtime: -1 };
    }
    const cached = this.reads.get(uri.toString());
    if (cached && cached.mtime === stat.mtime) return cached;
    const read = await this.readFresh(folder, uri, shown, stat);
    this.reads.set(uri.toString(), read);
    return read;
  }

  private async readFresh(folder: vscode.WorkspaceFolder, uri: vscode.Uri, shown: string, stat: vscode.FileStat): Promise<Read> {
    const mtime = stat.mtime;
    if (stat.type & vscode.FileType.Directory) return { problem: `Factdesk: source ${shown} is a directory, not a file: link a file inside it, or add a glob to "factdesk.sources"`, mtime };
    try {
      const [realFolder, realFile] = await Promise.all([realUri(folder.uri), realUri(uri)]);
      if (!inside(realFolder, realFile)) return { problem: `Factdesk: source ${shown} is outside the workspace folder, so it is not read`, mtime };
    } catch {
      return { problem: `Factdesk: source ${shown} cannot be read`, mtime };
    }
    if (stat.size > MAX_SOURCE_BYTES) return { problem: `Factdesk: source ${shown} is over the ${MAX_SOURCE_BYTES / 1048576} MB limit for a source, so it is not read`, mtime };
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.includes(0)) return { problem: `Factdesk: source ${shown} contains NUL bytes: it looks binary, not text, so it is not used`, mtime };
    try {
      return { input: { path: shown, text: UTF8.decode(bytes) }, mtime };
    } catch {
      return { problem: `Factdesk: source ${shown} is not valid UTF-8 text; save it as UTF-8 to check quotes against it`, mtime };
    }
  }

  private tell(message: string): void {
    if (this.told.has(message)) return;
    this.told.add(message);
    this.output.appendLine(`[sources] ${message}`);
    void vscode.window.showWarningMessage(message);
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }
}
