/**
 * Verification marks the extension recorded in `.factdesk/<path>.json`, so the CLI reports a claim
 * a checker already verified or ignored as such and does not fail CI on it. The records live at the
 * workspace root, which is found upward from the working directory, so a run from a subdirectory
 * applies them too.
 */
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Claim } from '../core/claims';
import { parseRecordsBytes, recordsPathFor } from '../core/records';
import type { ClaimStatus } from '../core/report';
import { readRegularFile } from '../node/safeRead';

export type StatusLookup = (claim: Claim) => ClaimStatus | undefined;

const RECORDS_DIR = '.factdesk';
/** Far above any real records file; a bigger one is not read into memory. */
const MAX_RECORDS_BYTES = 32 * 1024 * 1024;

async function isDirectory(absolute: string): Promise<boolean> {
  return (await stat(absolute).catch(() => null))?.isDirectory() ?? false;
}

/**
 * The nearest directory at or above `cwd` holding `.factdesk/`, as VS Code's workspace folder
 * would; the search stops at a repository root (`.git`), and without either the working directory
 * is the root.
 */
export async function findRecordsRoot(cwd: string): Promise<string> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (await isDirectory(path.join(dir, RECORDS_DIR))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir || (await stat(path.join(dir, '.git')).catch(() => null))) return path.resolve(cwd);
  }
}

/** Marks for the draft at `absolute`; a warning instead when its records file cannot be read. */
export async function loadStatus(absolute: string, root: string): Promise<{ status?: StatusLookup; warning?: string }> {
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  // Records live inside the workspace; a draft outside it has none.
  if (relative.startsWith('../') || path.isAbsolute(relative)) return {};
  const recordsPath = recordsPathFor(relative);
  const read = await readRegularFile(path.join(root, recordsPath), MAX_RECORDS_BYTES);
  if ('problem' in read) {
    if (read.reason === 'missing') return {};
    return { warning: `cannot read ${recordsPath}: ${read.problem}. Its marks were not applied.` };
  }
  try {
    const { marks } = parseRecordsBytes(read.bytes, recordsPath);
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
