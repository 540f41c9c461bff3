/**
 * Runs the engine on open documents: one Analyzer per document (its per-paragraph cache makes a
 * keystroke re-check touch only changed paragraphs), debounced on edits, at most one check of a
 * document at a time (a request while one runs queues a single follow-up that reads the latest
 * text). Results are kept per document with the exact text they were computed from, so ranges are
 * converted with that text, not a newer one. A check that throws never rejects: CheckFailures logs
 * it and the last good result stays (and is what the check resolves to).
 */
import * as vscode from 'vscode';
import { Analyzer } from '../core/analyze';
import type { Claim } from '../core/claims';
import { LineIndex } from '../core/lineIndex';
import type { Dateline } from '../core/options';
import type { SourceLink } from '../core/paragraphLinks';
import type { CheckFailures } from './checkFailures';
import type { Configuration, DocumentConfig } from './configuration';
import type { DatelineOverrides } from './datelineOverrides';
import type { WorkspaceSources } from './workspaceSources';
import { utf8Length } from './utf8';

export interface CheckedDocument {
  uri: vscode.Uri;
  /** The document's version; -1 for a closed draft checked from disk. */
  version: number;
  languageId: string;
  text: string;
  lines: LineIndex;
  claims: Claim[];
  /** The draft's named source links, as the engine found them. */
  links: SourceLink[];
  dateline: Dateline | null;
  config: DocumentConfig;
}

interface QueuedCheck {
  promise: Promise<CheckedDocument | undefined>;
  started: boolean;
}

/** Schemes of documents that are not drafts (output panes, diffs of git objects, settings). */
const SKIPPED_SCHEMES = new Set(['output', 'git', 'vscode', 'vscode-settings', 'debug', 'comment']);

export class Checker implements vscode.Disposable {
  private readonly analyzers = new Map<string, Pick<Analyzer, 'run'>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly queue = new Map<string, QueuedCheck>();
  private readonly results = new Map<string, CheckedDocument>();
  /** Documents already told why they are not checked (too large, binary), so the message shows once. */
  private readonly told = new Set<string>();
  /** Documents Factdesk made itself (exported reports): they quote every claim, so checking them is noise. */
  private readonly excluded = new Set<string>();
  private readonly checked = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidCheck = this.checked.event;

  constructor(
    private readonly configuration: Configuration,
    private readonly datelines: DatelineOverrides,
    private readonly output: vscode.OutputChannel,
    private readonly sources: WorkspaceSources,
    private readonly failures: CheckFailures,
    /** Makes each document's engine; tests may wrap it (see testHooks.ts). */
    private readonly createAnalyzer: () => Pick<Analyzer, 'run'> = () => new Analyzer(),
  ) {}

  get(uri: vscode.Uri): CheckedDocument | undefined {
    return this.results.get(uri.toString());
  }

  /** Re-check after the configured pause in typing. */
  schedule(document: vscode.TextDocument, delayMs: number): void {
    const key = document.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.check(document);
      }, delayMs),
    );
  }

  /** Check now (or right after the running check); resolves with the result, undefined when not checked. */
  /** The next checks list the workspace's source files again instead of trusting the last listing. */
  forgetSourceListings(): void {
    this.sources.forgetListings();
  }

  check(document: vscode.TextDocument): Promise<CheckedDocument | undefined> {
    const key = document.uri.toString();
    const timer = this.timers.get(key);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(key);
    }
    const queued = this.queue.get(key);
    if (queued && !queued.started) return queued.promise;
    const entry: QueuedCheck = { started: false, promise: Promise.resolve(undefined) };
    const previous = queued?.promise ?? Promise.resolve(undefined);
    entry.promise = previous
      .catch(() => undefined)
      .then(() => {
        entry.started = true;
        return this.runOrKeep(document);
      })
      .finally(() => {
        if (this.queue.get(key) === entry) this.queue.delete(key);
      });
    this.queue.set(key, entry);
    return entry.promise;
  }

  /** The current result for `document`, re-checking first if the text changed since. */
  async current(document: vscode.TextDocument): Promise<CheckedDocument | undefined> {
    const result = this.get(document.uri);
    if (result && result.version === document.version && !this.queue.has(document.uri.toString())) return result;
    return this.check(document);
  }

  /** Every result held: open documents and, after a workspace check, closed drafts. */
  all(): CheckedDocument[] {
    return [...this.results.values()];
  }

  /**
   * Take a result computed elsewhere (the workspace check's, for a closed draft, version -1). An open
   * document's own check wins: its text may differ from the disk's.
   */
  adopt(result: CheckedDocument): void {
    const key = result.uri.toString();
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return;
    this.results.set(key, result);
    this.checked.fire(result.uri);
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
    this.analyzers.delete(key);
    this.told.delete(key);
    this.sources.forget(uri);
    if (this.results.delete(key)) this.checked.fire(uri);
  }

  /** The document was closed: forget it entirely (untitled URIs are reused for new documents). */
  closed(uri: vscode.Uri): void {
    this.excluded.delete(uri.toString());
    this.forget(uri);
  }

  /** Never check `uri` while it is open (and drop what was found so far). */
  exclude(uri: vscode.Uri): void {
    this.excluded.add(uri.toString());
    this.forget(uri);
  }

  /** Should this document be checked at all under `config`? */
  static wants(document: vscode.TextDocument, config: DocumentConfig): boolean {
    return config.enable && config.languages.includes(document.languageId) && !SKIPPED_SCHEMES.has(document.uri.scheme);
  }

  /** `run`, but a failure is reported and answered with the last good result. */
  private async runOrKeep(document: vscode.TextDocument): Promise<CheckedDocument | undefined> {
    try {
      return await this.run(document);
    } catch (error) {
      this.failures.report(vscode.workspace.asRelativePath(document.uri), error);
      return this.get(document.uri);
    }
  }

  private async run(document: vscode.TextDocument): Promise<CheckedDocument | undefined> {
    const key = document.uri.toString();
    if (document.isClosed) return undefined;
    const config = await this.configuration.forDocument(document);
    if (!Checker.wants(document, config) || this.excluded.has(key)) {
      this.drop(key, document.uri);
      return undefined;
    }
    const sources = await this.sources.forDocument(document, config.sources);
    if (document.isClosed) return undefined;
    const text = document.getText();
    const version = document.version;
    // At most 3 bytes per UTF-16 unit: only a draft that might be over the limit is measured.
    const size = text.length * 3 <= config.maxFileSize ? 0 : utf8Length(text);
    if (size > config.maxFileSize) {
      this.tell(key, `Factdesk: ${vscode.workspace.asRelativePath(document.uri)} is ${(size / 1048576).toFixed(1)} MB, over the factdesk.maxFileSize limit (${(config.maxFileSize / 1048576).toFixed(1)} MB), so it is not checked.`);
      this.drop(key, document.uri);
      return undefined;
    }
    let analyzer = this.analyzers.get(key);
    if (!analyzer) {
      analyzer = this.createAnalyzer();
      this.analyzers.set(key, analyzer);
    }
    const override = this.datelines.get(document.uri);
    const started = Date.now();
    const analysis = analyzer.run(text, { ...config.options, languageId: document.languageId, sources, ...(override ? { dateline: override } : {}) });
    this.output.appendLine(`[check] ${vscode.workspace.asRelativePath(document.uri)} v${version}: ${analysis.claims.length} claims in ${Date.now() - started} ms`);
    if (analysis.notices.length) {
      this.tell(key, `Factdesk: ${vscode.workspace.asRelativePath(document.uri)}: ${analysis.notices.join(' ')}`);
    } else {
      this.told.delete(key);
    }
    if (document.isClosed) return undefined;
    const result: CheckedDocument = { uri: document.uri, version, languageId: document.languageId, text, lines: new LineIndex(text), claims: analysis.claims, links: analysis.links, dateline: analysis.dateline, config };
    this.results.set(key, result);
    this.checked.fire(document.uri);
    return result;
  }

  private drop(key: string, uri: vscode.Uri): void {
    this.analyzers.delete(key);
    if (this.results.delete(key)) this.checked.fire(uri);
  }

  private tell(key: string, message: string): void {
    if (this.told.has(key)) return;
    this.told.add(key);
    void vscode.window.showInformationMessage(message);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.checked.dispose();
  }
}
