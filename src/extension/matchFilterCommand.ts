/** *Filter claims by source match*: a quick pick of the Claims view's filters. */
import * as vscode from 'vscode';
import { MATCH_STATUSES } from '../core/sources/types';
import { MATCH_FILTER_LABELS, type MatchFilter } from './matchFilter';

export function filterClaimsByMatchCommand(apply: (filter: MatchFilter) => void, current: () => MatchFilter) {
  return async (): Promise<MatchFilter | undefined> => {
    const filters: MatchFilter[] = ['all', ...MATCH_STATUSES, 'unchecked'];
    const picked = await vscode.window.showQuickPick(
      filters.map((filter) => ({ label: MATCH_FILTER_LABELS[filter], filter, picked: filter === current(), description: filter === current() ? 'current' : undefined })),
      { title: 'Factdesk: show claims by source match' },
    );
    if (!picked) return undefined;
    apply(picked.filter);
    return picked.filter;
  };
}
