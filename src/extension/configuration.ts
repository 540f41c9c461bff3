/**
 * Reads what a document is checked with: `factdesk.*` settings (resource and language scoped) and
 * the workspace folder's `.factdesk.json`, merged by effectiveConfig. Watches both and workspace
 * trust, and fires `onDidChange` so open documents are re-checked. Problems in either source are
 * written to the Factdesk output channel and shown once.
 */
import * as vscode from 'vscode';
import { KINDS, type ClaimKind } from '../core/claims';
import { effectiveConfig, type EffectiveConfig, type ExplicitSettings } from './effectiveConfig';

export const CONFIG_FILE = '.factdesk.json';

export interface DocumentConfig extends EffectiveConfig {
  enable: boolean;
  debounceMs: number;
  maxFileSize: number;
  showVerified: boolean;
  trusted: boolean;
}

const SHARED_KEYS = ['rules', 'dateline', 'languages', 'linkStyle', 'extraSystems', 'systemPatterns', 'sourcesRegistry', 'anonymousPhrases'] as const;

/** The value the user set in any scope, most specific first; undefined when only the default applies. */
function explicit<T>(config: vscode.WorkspaceConfiguration, key: string): T | undefined {
  const i = config.inspect<T>(key);
  if (!i) return undefined;
  return i.workspaceFolderLanguageValue ?? i.workspaceLanguageValue ?? i.globalLanguageValue ?? i.workspaceFolderValue ?? i.workspaceValue ?? i.globalValue;
}

type FileEntry = { json: unknown; origin: string } | undefined;

export class Configuration implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly files = new Map<string, Promise<FileEntry>>();
  private readonly shownErrors = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly output: vscode.OutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
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
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const file = folder ? await this.readFile(folder) : undefined;
    const config = effectiveConfig({ file, settings: explicitSettings, trusted });
    this.report(config.errors);
    return {
      ...config,
      enable: settings.get<boolean>('enable', true),
      debounceMs: Math.max(0, settings.get<number>('debounceMs', 300)),
      maxFileSize: Math.max(0, settings.get<number>('maxFileSize', 2 * 1024 * 1024)),
      showVerified: settings.get<boolean>('showVerified', false),
      trusted,
    };
  }

  private readFile(folder: vscode.WorkspaceFolder): Promise<FileEntry> {
    const key = folder.uri.toString();
    let entry = this.files.get(key);
    if (!entry) {
      const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
      const origin = vscode.workspace.asRelativePath(uri, true);
      entry = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
        (bytes): FileEntry => {
          const text = new TextDecoder().decode(bytes);
          try {
            return { json: JSON.parse(text), origin };
          } catch (error) {
            this.report([`${origin}: not valid JSON (${(error as Error).message}); its settings are ignored`]);
            return undefined;
          }
        },
        (): FileEntry => undefined,
      );
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
