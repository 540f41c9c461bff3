/**
 * The Claims view in the Explorer: the active editor's claims grouped by kind (with counts of open
 * claims), each with its verified state; clicking a claim selects it in the editor.
 */
import * as vscode from 'vscode';
import { CLAIM_KINDS, KINDS, type ClaimKind } from '../core/claims';
import type { Checker } from './checker';
import { countOpen, statusIcon, withMarks, type MarkedClaim } from './claimState';
import { claimRange } from './diagnostics';
import { excerpt } from '../core/text/markdownText';
import { passesMatchFilter, type MatchFilter } from './matchFilter';
import type { RecordStore } from './recordStore';

/** Claim nodes are also claim references (`uri`, `fingerprint`) for the commands in their context menu. */
type Node = { type: 'kind'; kind: ClaimKind; claims: MarkedClaim[] } | { type: 'claim'; marked: MarkedClaim; uri: vscode.Uri; fingerprint: string };

export class ClaimsTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;
  /** Which claims to list, by source match (Filter claims by source match). */
  matchFilter: MatchFilter = 'all';

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
    if (this.document && this.document.uri.toString() === uri.toString()) this.changed.fire(undefined);
  }

  private marked(): MarkedClaim[] {
    if (!this.document) return [];
    const checked = this.checker.get(this.document.uri);
    return checked ? withMarks(checked.claims.filter((c) => passesMatchFilter(c, this.matchFilter)), this.records.marksFor(this.document.uri)) : [];
  }

  getChildren(node?: Node): Node[] {
    if (node?.type === 'kind') {
      const uri = this.document?.uri;
      return uri ? node.claims.map((marked) => ({ type: 'claim', marked, uri, fingerprint: marked.claim.fingerprint })) : [];
    }
    if (node) return [];
    const all = this.marked();
    return KINDS.map((kind) => ({ type: 'kind' as const, kind, claims: all.filter((m) => m.claim.kind === kind) })).filter((n) => n.claims.length > 0);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'kind') {
      const item = new vscode.TreeItem(CLAIM_KINDS[node.kind].heading, vscode.TreeItemCollapsibleState.Expanded);
      const open = countOpen(node.claims);
      item.description = `${node.claims.length} · ${open} unverified`;
      item.id = `kind:${node.kind}`;
      return item;
    }
    const { claim, mark } = node.marked;
    const item = new vscode.TreeItem(excerpt(claim.text, 70), vscode.TreeItemCollapsibleState.None);
    const checked = this.document && this.checker.get(this.document.uri);
    const line = checked ? checked.lines.positionAt(claim.start).line + 1 : 0;
    item.description = `${claim.code} · line ${line}`;
    item.tooltip = `${claim.message}${mark ? ` — ${mark.state}${mark.by ? ` by ${mark.by}` : ''}` : ' — unverified'}`;
    item.iconPath = new vscode.ThemeIcon(statusIcon(node.marked), mark?.state === 'verified' ? new vscode.ThemeColor('testing.iconPassed') : undefined);
    item.contextValue = mark ? `claim.${mark.state}` : 'claim.open';
    if (this.document && checked) {
      const range = claimRange(checked, claim.start, claim.end);
      item.command = { title: 'Go to claim', command: 'vscode.open', arguments: [this.document.uri, { selection: range, preserveFocus: false } satisfies vscode.TextDocumentShowOptions] };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
