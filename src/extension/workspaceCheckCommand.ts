/** *Factdesk: Check all drafts in workspace*: runs the workspace check and says what it found. */
import * as vscode from 'vscode';
import type { WorkspaceCheck, WorkspaceSummary } from './workspaceCheck';

export function summaryText(summary: WorkspaceSummary): string {
  const drafts = `${summary.checked} draft${summary.checked === 1 ? '' : 's'}`;
  const skipped = summary.skipped ? ` (${summary.skipped} not checked: too large, binary, unreadable or not a checked language)` : '';
  const claims = `${summary.claims} claim${summary.claims === 1 ? '' : 's'} in the Problems panel`;
  if (summary.cancelled) return `Factdesk: cancelled after ${drafts} of ${summary.drafts}; ${claims}.`;
  if (summary.drafts === 0) return 'Factdesk: no drafts in this workspace (see factdesk.include and factdesk.exclude).';
  return `Factdesk: checked ${drafts}${skipped}; ${claims}.`;
}

export function checkWorkspaceCommand(workspaceCheck: WorkspaceCheck) {
  return async (): Promise<WorkspaceSummary> => {
    const summary = await workspaceCheck.run();
    void vscode.window.showInformationMessage(summaryText(summary));
    return summary;
  };
}
