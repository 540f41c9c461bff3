/**
 * *Check all drafts in workspace*: every draft of the workspace, closed files included, checked
 * from disk and handed to the Checker, so the Problems panel, the Claims view and the report cover
 * them all. Many drafts go to worker threads (when the host has Node) so typing never waits on the
 * engine. Once run, it keeps the results current: a draft changed, created or deleted on disk is
 * re-checked or dropped, and a draft closed in the editor falls back to its disk text.
 */
import * as vscode from 'vscode';
import { languageIdForPath } from '../core/draftFiles';
import { LineIndex } from '../core/lineIndex';
import type { Checker } from './checker';
import type { Configuration } from './configuration';
import type { DatelineOverrides } from './datelineOverrides';
import { inThreadEngine, type DraftEngine } from './draftEngine';
import { draftTest, includePatterns, listDrafts, type IsDraft } from './draftListing';

/** Above this many drafts at once, worker threads pay for their start-up. */
export const WORKER_THRESHOLD = 40;
/** Changes on disk arriving together (a git checkout) are checked as one batch. */
const DISK_CHANGE_DELAY_MS = 300;

export interface WorkspaceSummary {
  drafts: number;
  checked: number;
  claims: number;
  /** Drafts not checked: too large, binary, unreadable, or their language is not checked. */
  skipped: number;
  cancelled: boolean;
}

type Outcome = 'checked' | 'skipped' | 'open';

export class WorkspaceCheck implements vscode.Disposable {
  private active = false;
  private isDraft: IsDraft = () => false;
  /** Drafts whose results came from disk, so they can be dropped when they leave the selection. */
  private readonly fromDisk = new Set<string>();
  /**
   * Per draft, a count of checks started and drops: a check adopts its result only if nothing newer
   * started meanwhile, so a slow check of old text never overwrites a newer one.
   */
  private readonly generations = new Map<string, number>();
  private readonly changedOnDisk = new Map<string, vscode.Uri>();
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private toldNoWorkers = false;

  /** `workers` makes a worker-thread engine; undefined where the host has no Node (a browser). */
  constructor(
    private readonly checker: Checker,
    private readonly configuration: Configuration,
    private readonly datelines: DatelineOverrides,
    private readonly workers: (() => DraftEngine) | undefined,
    private readonly output: vscode.OutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.active && this.isDraft(document.uri)) this.changed(document.uri);
      }),
      configuration.onDidChange(() => {
        if (this.active) void this.run(vscode.ProgressLocation.Window);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        if (this.active) void this.run(vscode.ProgressLocation.Window);
      }),
    );
  }

  /** Check every draft; from then on keep them current. Resolves with what was done. */
  run(location: vscode.ProgressLocation = vscode.ProgressLocation.Notification): Thenable<WorkspaceSummary> {
    this.active = true;
    this.isDraft = draftTest();
    this.watch();
    return vscode.window.withProgress({ location, title: 'Factdesk: checking drafts', cancellable: true }, async (progress, token) => {
      const drafts = await listDrafts(this.isDraft, token);
      const wanted = new Set(drafts.map((uri) => uri.toString()));
      for (const key of [...this.fromDisk]) if (!wanted.has(key)) this.drop(vscode.Uri.parse(key));
      const summary: WorkspaceSummary = { drafts: drafts.length, checked: 0, claims: 0, skipped: 0, cancelled: false };
      let done = 0;
      await this.checkAll(drafts, token, (uri, outcome) => {
        done++;
        if (outcome === 'skipped') summary.skipped++;
        else {
          summary.checked++;
          summary.claims += this.checker.get(uri)?.claims.length ?? 0;
        }
        progress.report({ message: `${done} of ${drafts.length}`, increment: 100 / Math.max(1, drafts.length) });
      });
      summary.cancelled = token.isCancellationRequested;
      return summary;
    });
  }

  private async checkAll(uris: readonly vscode.Uri[], token: vscode.CancellationToken | undefined, each?: (uri: vscode.Uri, outcome: Outcome) => void): Promise<void> {
    if (uris.length === 0) return;
    const engine = this.engineFor(uris.length);
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < uris.length && !token?.isCancellationRequested) {
        const uri = uris[next++];
        each?.(uri, await this.checkFromDisk(uri, engine));
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(uris.length, engine.parallelism + 2) }, lane));
    } finally {
      engine.dispose();
    }
  }

  private engineFor(count: number): DraftEngine {
    if (count <= WORKER_THRESHOLD) return inThreadEngine();
    if (this.workers) {
      try {
        return this.workers();
      } catch {
        // No worker threads on this host after all: the in-thread engine does the same work.
      }
    }
    if (!this.toldNoWorkers) {
      this.toldNoWorkers = true;
      void vscode.window.showInformationMessage(`Factdesk: checking ${count} drafts on the editor's own thread, because worker threads need the desktop or a remote extension host. The editor may respond more slowly until it finishes.`);
    }
    return inThreadEngine();
  }

  private nextGeneration(uri: vscode.Uri): number {
    const generation = (this.generations.get(uri.toString()) ?? 0) + 1;
    this.generations.set(uri.toString(), generation);
    return generation;
  }

  private async checkFromDisk(uri: vscode.Uri, engine: DraftEngine): Promise<Outcome> {
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return 'open';
    const generation = this.nextGeneration(uri);
    const current = (): boolean => this.generations.get(uri.toString()) === generation;
    const languageId = languageIdForPath(uri.path);
    const config = await this.configuration.forResource(uri, languageId);
    try {
      if (!config.enable || !config.languages.includes(languageId)) throw new Error('not checked');
      const size = (await vscode.workspace.fs.stat(uri)).size;
      if (size > config.maxFileSize) throw new Error('too large');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const override = this.datelines.get(uri);
      const analysis = await engine.analyze(text, { ...config.options, languageId, ...(override ? { dateline: override } : {}) });
      if (analysis.notices.length) throw new Error(analysis.notices.join(' '));
      if (!current()) return 'checked';
      this.fromDisk.add(uri.toString());
      this.checker.adopt({ uri, version: -1, languageId, text, lines: new LineIndex(text), claims: analysis.claims, links: analysis.links, dateline: analysis.dateline, config });
      return 'checked';
    } catch (error) {
      this.output.appendLine(`[workspace] ${vscode.workspace.asRelativePath(uri)} not checked: ${(error as Error).message}`);
      if (current()) this.drop(uri);
      return 'skipped';
    }
  }

  private drop(uri: vscode.Uri): void {
    this.nextGeneration(uri);
    this.fromDisk.delete(uri.toString());
    if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) this.checker.forget(uri);
  }

  private watch(): void {
    for (const d of this.watchers) d.dispose();
    this.watchers = includePatterns().flatMap((pattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const onChange = (uri: vscode.Uri): void => {
        if (this.isDraft(uri)) this.changed(uri);
      };
      return [watcher, watcher.onDidCreate(onChange), watcher.onDidChange(onChange), watcher.onDidDelete((uri) => this.drop(uri))];
    });
  }

  private changed(uri: vscode.Uri): void {
    this.changedOnDisk.set(uri.toString(), uri);
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      const batch = [...this.changedOnDisk.values()];
      this.changedOnDisk.clear();
      void this.checkAll(batch, undefined, (uri, outcome) => this.output.appendLine(`[workspace] ${vscode.workspace.asRelativePath(uri)} changed on disk: ${outcome}`));
    }, DISK_CHANGE_DELAY_MS);
  }

  dispose(): void {
    if (this.changeTimer) clearTimeout(this.changeTimer);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
  }
}
