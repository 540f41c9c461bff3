/**
 * *Mark claims in selection verified*: every open claim the selection touches — with no selection,
 * every open claim of the cursor's paragraph — marked verified in one records write, which the
 * message's Undo takes back in one step (records are not text, so the editor's undo does not
 * reach them). Arguments `(uri, {start, end})` (offsets) skip the editor.
 */
import * as vscode from 'vscode';
import { removeMark, upsertMark, type RecordsFile, type VerificationMark } from '../core/records';
import type { Checker } from './checker';
import { resolveDocument } from './claimLookup';
import { withMarks } from './claimState';
import { claimsIn, paragraphAround, type OffsetRange } from './bulkSelection';
import { markFor } from './markCommands';
import type { RecordStore } from './recordStore';
import type { Reviewer } from './reviewer';

function isOffsetRange(value: unknown): value is OffsetRange {
  return typeof value === 'object' && value !== null && typeof (value as OffsetRange).start === 'number' && typeof (value as OffsetRange).end === 'number';
}

export function markSelectionVerifiedCommand(checker: Checker, records: RecordStore, reviewer: Reviewer) {
  return async (uriArg?: unknown, rangeArg?: unknown): Promise<number> => {
    const document = await resolveDocument(uriArg);
    const checked = document && (await checker.current(document));
    if (!document || !checked) return 0;
    let range: OffsetRange | undefined = isOffsetRange(rangeArg) ? rangeArg : undefined;
    const editor = vscode.window.activeTextEditor;
    if (!range && editor?.document.uri.toString() === document.uri.toString()) range = { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
    if (!range) return 0;
    if (range.start === range.end) range = paragraphAround(checked.text, range.start);
    await records.load(document.uri);
    const open = claimsIn(withMarks(checked.claims, records.marksFor(document.uri)), range).filter((m) => !m.mark);
    if (open.length === 0) {
      void vscode.window.showInformationMessage('Factdesk: no unverified claims in the selection or paragraph.');
      return 0;
    }
    const marks = new Map<string, VerificationMark>(open.map(({ claim }) => [claim.fingerprint, markFor(claim, 'verified', undefined, reviewer.name)]));
    const saved = await records.update(document.uri, (r) => [...marks].reduce((acc: RecordsFile, [fingerprint, mark]) => upsertMark(acc, fingerprint, mark), r));
    if (!saved) return 0;
    void vscode.window.showInformationMessage(`Factdesk: marked ${open.length} claim${open.length === 1 ? '' : 's'} verified.`, 'Undo').then((answer) => {
      // Undo removes only the marks this action wrote, not marks set since.
      if (answer === 'Undo') void records.update(document.uri, (r) => [...marks.keys()].reduce((acc: RecordsFile, fingerprint) => (acc.marks[fingerprint]?.at === marks.get(fingerprint)?.at ? removeMark(acc, fingerprint) : acc), r));
    });
    return open.length;
  };
}
