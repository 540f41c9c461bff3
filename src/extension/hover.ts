/** Hover cards on claims: a trusted MarkdownString that may run only Factdesk's card commands. */
import * as vscode from 'vscode';
import type { Checker } from './checker';
import { claimsAt, withMarks } from './claimState';
import { claimRange } from './diagnostics';
import { buildHoverCard, CARD_COMMANDS } from './hoverCard';
import type { RecordStore } from './recordStore';

export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly checker: Checker,
    private readonly records: RecordStore,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const checked = this.checker.get(document.uri);
    if (!checked || checked.version !== document.version) return undefined;
    const offset = checked.lines.offsetAt(position);
    const here = claimsAt(withMarks(checked.claims, this.records.marksFor(document.uri)), offset).filter((m) => offset < m.claim.end || m.claim.start === m.claim.end);
    if (here.length === 0) return undefined;
    const cards = here.map(({ claim, mark }) =>
      buildHoverCard({
        claim,
        mark,
        dateline: checked.dateline,
        documentUri: document.uri.toString(),
        diagnosticShown: !mark || checked.config.showVerified,
      }),
    );
    const markdown = new vscode.MarkdownString(cards.join('\n\n---\n\n'), true);
    markdown.isTrusted = { enabledCommands: [...CARD_COMMANDS] };
    markdown.supportHtml = false;
    const smallest = here[0].claim;
    return new vscode.Hover(markdown, claimRange(checked, smallest.start, smallest.end));
  }
}
