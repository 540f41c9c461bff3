/** Moving between claims: Next / Previous unverified claim, and Show claims (a filterable quick pick). */
import * as vscode from 'vscode';
import { CLAIM_KINDS, KINDS } from '../core/claims';
import type { Checker, CheckedDocument } from './checker';
import { isOpen, statusIcon, withMarks, type MarkedClaim } from './claimState';
import { claimRange } from './diagnostics';
import { excerpt } from '../core/text/markdownText';
import { adjacentClaim, type Direction } from './navigation';
import type { RecordStore } from './recordStore';

/** Select a claim in its editor and scroll to it. */
export async function revealClaim(document: vscode.TextDocument, checked: CheckedDocument, start: number, end: number): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false, preview: false });
  const range = claimRange(checked, start, end);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function adjacentUnverifiedCommand(checker: Checker, records: RecordStore, direction: Direction) {
  return async (): Promise<boolean> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return false;
    const checked = await checker.current(editor.document);
    if (!checked) return false;
    const marks = records.marksFor(editor.document.uri);
    // From the selection's start: after a jump the claim is selected, and its end must not count as "past" it.
    const offset = editor.document.offsetAt(editor.selection.start);
    const next = adjacentClaim(checked.claims, offset, direction, (claim) => marks[claim.fingerprint] === undefined);
    if (!next) {
      void vscode.window.showInformationMessage('Factdesk: every claim in this document is verified or ignored.');
      return false;
    }
    await revealClaim(editor.document, checked, next.start, next.end);
    return true;
  };
}

type ClaimItem = vscode.QuickPickItem & { marked?: MarkedClaim };
type Filter = { label: string; icon: string; test: (m: MarkedClaim) => boolean };

const FILTERS: Filter[] = [
  { label: 'All claims', icon: 'list-flat', test: () => true },
  { label: 'Unverified', icon: 'circle-large-outline', test: isOpen },
  { label: 'Verified', icon: 'pass-filled', test: (m) => m.mark?.state === 'verified' },
  { label: 'Ignored', icon: 'circle-slash', test: (m) => m.mark?.state === 'ignored' },
  ...KINDS.map((kind) => ({ label: `Kind: ${kind}`, icon: CLAIM_KINDS[kind].icon, test: (m: MarkedClaim) => m.claim.kind === kind })),
];

export function showClaimsCommand(checker: Checker, records: RecordStore) {
  return async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const document = editor.document;
    const checked = await checker.current(document);
    if (!checked) {
      void vscode.window.showInformationMessage('Factdesk: this document is not checked (see the factdesk.languages setting).');
      return;
    }
    const all = withMarks(checked.claims, records.marksFor(document.uri));
    const pick = vscode.window.createQuickPick<ClaimItem>();
    pick.title = 'Factdesk claims';
    pick.placeholder = 'Type to filter by text, kind or status; the buttons filter by status and kind';
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    let filter = FILTERS[0];
    const buttons = FILTERS.map((f) => ({ iconPath: new vscode.ThemeIcon(f.icon), tooltip: f.label }));
    pick.buttons = buttons;
    const fill = (): void => {
      pick.items = all.filter(filter.test).map((marked) => {
        const position = checked.lines.positionAt(marked.claim.start);
        const state = marked.mark ? marked.mark.state : 'unverified';
        return {
          label: `$(${CLAIM_KINDS[marked.claim.kind].icon}) ${excerpt(marked.claim.text, 80)}`,
          description: `${marked.claim.kind} · ${marked.claim.code} · ${state}`,
          detail: `$(${statusIcon(marked)}) line ${position.line + 1}: ${marked.claim.message}`,
          marked,
        };
      });
      pick.title = `Factdesk claims — ${filter.label} (${pick.items.length})`;
    };
    fill();
    pick.onDidTriggerButton((button) => {
      filter = FILTERS[buttons.indexOf(button as (typeof buttons)[number])] ?? FILTERS[0];
      fill();
    });
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0]?.marked;
      pick.hide();
      if (chosen) void revealClaim(document, checked, chosen.claim.start, chosen.claim.end);
    });
    pick.onDidHide(() => pick.dispose());
    pick.show();
  };
}
