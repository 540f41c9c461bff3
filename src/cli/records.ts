/**
 * Verification marks the extension recorded in `.factdesk/<path>.json`, so the CLI reports a claim
 * a checker already verified or ignored as such and does not fail CI on it.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Claim } from '../core/claims';
import { parseRecords, recordsPathFor } from '../core/records';
import type { ClaimStatus } from '../core/report';

export type StatusLookup = (claim: Claim) => ClaimStatus | undefined;

/** Marks for a draft shown as `display` (relative to `root`); a warning instead when the records file cannot be read. */
export async function loadStatus(display: string, root: string): Promise<{ status?: StatusLookup; warning?: string }> {
  // Records live inside the workspace; a draft outside it has none.
  if (display.startsWith('../') || path.isAbsolute(display)) return {};
  const recordsPath = recordsPathFor(display);
  let text: string;
  try {
    text = await readFile(path.join(root, recordsPath), 'utf8');
  } catch {
    return {};
  }
  try {
    const { marks } = parseRecords(text, recordsPath);
    return {
      status: (claim) => {
        const mark = marks[claim.fingerprint];
        if (!mark) return undefined;
        return { verified: mark.state === 'verified', ignored: mark.state === 'ignored', by: mark.by, at: mark.at, note: mark.note, link: mark.link };
      },
    };
  } catch (error) {
    return { warning: `${(error as Error).message} Its marks were not applied.` };
  }
}
