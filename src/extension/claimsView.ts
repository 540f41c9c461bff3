/**
 * The Claims view in the Explorer: the active editor's claims grouped by kind (with counts of open
 * claims), each with its verified state; clicking a claim selects it in the editor. With
 * `factdesk.claimsView.scope` set to "workspace" it lists every checked draft (after *Check all
 * drafts in workspace*, closed ones too), each with its claims grouped by kind.
 */
import * as vscode from 'vscode';
import { CLAIM_KINDS, KINDS, type ClaimKind } from '../core/claims';
import type { Checker, CheckedDocument } from './checker';
import { countOpen, statusIcon, withMarks, type MarkedClaim } from './claimState';
import { claimRange } from './diagnostics';
import { excerpt } from '../core/text/markdownText';
import { passesMatchFilter, type MatchFilter } from './matchFilter';
import type { RecordStore } from './recordStore';

/** Claim nodes are also claim references (`uri`, `fingerprint`) for the commands in their context menu. */
type Node =
  | { type: 'draft'; uri: vscode.Uri }
  | { type: 'kind'; uri: vscode.Uri; kind: ClaimKind; claims: MarkedClaim[] }
  | { type: 'claim'; marked: MarkedClaim; uri: vscode.Uri; fingerprint: string };

function wholeWorkspace(): boolean {
  return vscode.workspace.getConfiguration('factdesk').get<string>('claimsView.scope') === 'workspace';
}

export class ClaimsTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;
  /** Which claims to list, by source match (Filter claims by source match). */
  matchFilter: MatchFilter = 'all';
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly scopeWatch = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('factdesk.claimsView.scope')) this.changed.fire(undefined);
  });

  constructor(
    private readonly checker: Checker,
    private readonly records: RecordStore,
  ) {}

  /** Show `document`'s claims (the active editor's), or none. */
  follow(document: vscode.TextDocument | undefined): void {
    this.document = document;
    this.changed.fire(undefined);
  }

  filterByMatch(filter: MatchFilter): void {
    this.matchFilter = filter;
    this.changed.fire(undefined);
  }

  refresh(uri: vscode.Uri): void {
    if (wholeWorkspace()) {
      // A workspace check reports drafts by the hundred: redraw once they have settled.
      if (this.refreshTimer) clearTimeout(this.refreshTimer);
      this.refreshTimer = setTimeout(() => this.changed.fire(undefined), 200);
    } else if (this.document && this.document.uri.toString() === uri.toString()) this.changed.fire(undefined);
  }

  private marked(uri: vscode.Uri): MarkedClaim[] {
    const checked = this.checker.get(uri);
    return checked ? withMarks(checked.claims.filter((c) => passesMatchFilter(c, this.matchFilter)), this.records.marksFor(uri)) : [];
  }

  private kinds(uri: vscode.Uri): Node[] {
    const all = this.marked(uri);
    return KINDS.map((kind) => ({ type: 'kind' as const, uri, kind, claims: all.filter((m) => m.claim.kind === kind) })).filter((n) => n.claims.length > 0);
  }

  getChildren(node?: Node): Node[] {
    if (node?.type === 'kind') return node.claims.map((marked) => ({ type: 'claim', marked, uri: node.uri, fingerprint: marked.claim.fingerprint }));
    if (node?.type === 'draft') return this.kinds(node.uri);
    if (node) return [];
    if (wholeWorkspace()) {
      const drafts = this.checker.all().filter((c: CheckedDocument) => c.claims.length > 0 && vscode.workspace.getWorkspaceFolder(c.uri));
      return drafts.map((c) => c.uri).sort((a, b) => (a.path < b.path ? -1 : 1)).map((uri) => ({ type: 'draft', uri }));
    }
    return this.document ? this.kinds(this.document.uri) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'draft') {
      const item = new vscode.TreeItem(node.uri, vscode.TreeItemCollapsibleState.Collapsed);
      const all = this.marked(node.uri);
      item.description = `${vscode.workspace.asRelativePath(node.uri)} · ${countOpen(all)} unverified`;
      item.id = `draft:${node.uri.toString()}`;
      return item;
    }
    if (node.type === 'kind') {
      const item = new vscode.TreeItem(CLAIM_KINDS[node.kind].heading, wholeWorkspace() ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      const open = countOpen(node.claims);
      item.description = `${node.claims.length} · ${open} unverified`;
      item.id = `kind:${node.kind}:${node.uri.toString()}`;
      return item;
    }
    const { claim, mark } = node.marked;
    const item = new vscode.TreeItem(excerpt(claim.text, 70), vscode.TreeItemCollapsibleState.None);
    const checked = this.checker.get(node.uri);
    const line = checked ? checked.lines.positionAt(claim.start).line + 1 : 0;
    item.description = `${claim.code} · line ${line}`;
    item.tooltip = `${claim.message}${mark ? ` — ${mark.state}${mark.by ? ` by ${mark.by}` : ''}` : ' — unverified'}`;
    item.iconPath = new vscode.ThemeIcon(statusIcon(node.marked), mark?.state === 'verified' ? new vscode.ThemeColor('testing.iconPassed') : undefined);
    item.contextValue = mark ? `claim.${mark.state}` : 'claim.open';
    if (checked) {
      const range = claimRange(checked, claim.start, claim.end);
      item.command = { title: 'Go to claim', command: 'vscode.open', arguments: [node.uri, { selection: range, preserveFocus: false } satisfies vscode.TextDocumentShowOptions] };
    }
    return item;
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.scopeWatch.dispose();
    this.changed.dispose();
  }
}
