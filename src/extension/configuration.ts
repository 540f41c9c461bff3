/**
 * Reads what a document is checked with: `factdesk.*` settings (resource and language scoped) and
 * the nearest `.factdesk.json` from the draft's folder up to its workspace folder (core/configFile),
 * merged by effectiveConfig. Watches both and workspace
 * trust, and fires `onDidChange` so open documents are re-checked. Problems in either source are
 * written to the Factdesk output channel and shown once.
 */
import * as vscode from 'vscode';
import { KINDS, type ClaimKind } from '../core/claims';
import { CONFIG_FILE_NAME, findConfig } from '../core/configFile';
import { parseJsonText } from '../core/jsonText';
import { effectiveConfig, fileSizeLimit, type EffectiveConfig, type ExplicitSettings } from './effectiveConfig';


export interface DocumentConfig extends EffectiveConfig {
  enable: boolean;
  debounceMs: number;
  maxFileSize: number;
  showVerified: boolean;
  trusted: boolean;
}

const SHARED_KEYS = ['rules', 'dateline', 'languages', 'linkStyle', 'extraSystems', 'systemPatterns', 'sourcesRegistry', 'sources', 'anonymousPhrases', 'namedSources', 'ignore', 'preset', 'dateOrder', 'presentReferences'] as const;

/** The value the user set in any scope, most specific first; undefined when only the default applies. */
function explicit<T>(config: vscode.WorkspaceConfiguration, key: string): T | undefined {
  const i = config.inspect<T>(key);
  if (!i) return undefined;
  return i.workspaceFolderLanguageValue ?? i.workspaceLanguageValue ?? i.globalLanguageValue ?? i.workspaceFolderValue ?? i.workspaceValue ?? i.globalValue;
}

type FileEntry = { json: unknown; origin: string; uri: vscode.Uri } | undefined;

export class Configuration implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly files = new Map<string, Promise<FileEntry>>();
  private readonly shownErrors = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly output: vscode.OutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const invalidate = (): void => {
      this.files.clear();
      this.changed.fire();
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(invalidate),
      watcher.onDidChange(invalidate),
      watcher.onDidDelete(invalidate),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('factdesk')) this.changed.fire();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(invalidate),
      vscode.workspace.onDidChangeWorkspaceFolders(invalidate),
    );
  }

  forDocument(document: vscode.TextDocument): Promise<DocumentConfig> {
    return this.forResource(document.uri, document.languageId);
  }

  /** The configuration of a draft by URI and language, open or not (the workspace check's closed files). */
  async forResource(uri: vscode.Uri, languageId: string): Promise<DocumentConfig> {
    const settings = vscode.workspace.getConfiguration('factdesk', { uri, languageId });
    const explicitSettings: ExplicitSettings = {};
    const kinds: Partial<Record<ClaimKind, boolean>> = {};
    for (const kind of KINDS) {
      const on = explicit<boolean>(settings, `kinds.${kind}`);
      if (on !== undefined) kinds[kind] = on;
    }
    if (Object.keys(kinds).length) explicitSettings.kinds = kinds;
    for (const key of SHARED_KEYS) {
      const value = explicit<unknown>(settings, key);
      // An empty string or object in settings means "not set" (the contributed defaults are empty).
      if (value === undefined || value === '' || (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0)) continue;
      explicitSettings[key] = value;
    }
    const trusted = vscode.workspace.isTrusted;
    const file = await this.readFile(uri);
    const config = effectiveConfig({ file, settings: explicitSettings, trusted });
    this.report(config.errors);
    return {
      ...config,
      enable: settings.get<boolean>('enable', true),
      debounceMs: Math.max(0, settings.get<number>('debounceMs', 300)),
      maxFileSize: fileSizeLimit(settings.get<unknown>('maxFileSize')),
      showVerified: settings.get<boolean>('showVerified', false),
      trusted,
    };
  }

  /** The `.factdesk.json` that applies to `uri`: the nearest from its folder up to the workspace folder. */
  configFileFor(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    return this.readFile(uri).then((entry) => entry?.uri);
  }

  private readFile(uri: vscode.Uri): Promise<FileEntry> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return Promise.resolve(undefined);
    const start = uri.path.slice(0, uri.path.lastIndexOf('/')) || '/';
    const key = folder.uri.with({ path: start }).toString();
    let entry = this.files.get(key);
    if (!entry) {
      const at = (path: string): vscode.Uri => folder.uri.with({ path });
      const exists = (path: string): Promise<boolean> => Promise.resolve(vscode.workspace.fs.stat(at(path))).then((stat) => (stat.type & vscode.FileType.File) !== 0, () => false);
      entry = findConfig(start, folder.uri.path, { exists }).then(async (path): Promise<FileEntry> => {
        if (!path) return undefined;
        const fileUri = at(path);
        const origin = vscode.workspace.asRelativePath(fileUri, true);
        let text: string;
        try {
          text = new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri));
        } catch {
          return undefined;
        }
        // Never the parser's own message: it quotes the file, which may be a link to anything.
        const parsed = parseJsonText(text, { comments: true });
        if ('value' in parsed) return { json: parsed.value, origin, uri: fileUri };
        this.report([`${origin}: ${parsed.error}; its settings are ignored`]);
        return undefined;
      });
      this.files.set(key, entry);
    }
    return entry;
  }

  private report(errors: readonly string[]): void {
    const fresh = errors.filter((e) => !this.shownErrors.has(e));
    if (fresh.length === 0) return;
    for (const e of fresh) {
      this.shownErrors.add(e);
      this.output.appendLine(`[config] ${e}`);
    }
    void vscode.window.showWarningMessage(`Factdesk: ${fresh[0]}${fresh.length > 1 ? ` (and ${fresh.length - 1} more problems, see the Factdesk output)` : ''}`);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
