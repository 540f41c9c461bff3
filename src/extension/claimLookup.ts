/**
 * Commands take their document and claim as arguments (so hover links, code actions and tests can
 * call them without UI) or fall back to the active editor and the claim under the cursor.
 * Arguments: a document as a Uri or URI string; a claim as its fingerprint, `{start, end}` offsets,
 * or a Range (`{start: {line, character}, end: …}`). The Claims view passes its tree node, a
 * `{uri, fingerprint}` claim reference, as the only argument.
 */
import * as vscode from 'vscode';
import type { Claim } from '../core/claims';
import type { Checker, CheckedDocument } from './checker';
import { claimsAt, withMarks, type MarkedClaim } from './claimState';
import type { RecordStore } from './recordStore';

export interface ResolvedClaim extends MarkedClaim {
  document: vscode.TextDocument;
  checked: CheckedDocument;
}

interface OffsetRange {
  start: number;
  end: number;
}

interface PositionLike {
  line: number;
  character: number;
}

interface ClaimRef {
  uri: vscode.Uri;
  fingerprint: string;
}

function isClaimRef(value: unknown): value is ClaimRef {
  return typeof value === 'object' && value !== null && (value as ClaimRef).uri instanceof vscode.Uri && typeof (value as ClaimRef).fingerprint === 'string';
}

function isOffsetRange(value: unknown): value is OffsetRange {
  return typeof value === 'object' && value !== null && typeof (value as OffsetRange).start === 'number' && typeof (value as OffsetRange).end === 'number';
}

function isPositionLike(value: unknown): value is PositionLike {
  return typeof value === 'object' && value !== null && typeof (value as PositionLike).line === 'number' && typeof (value as PositionLike).character === 'number';
}

function isRangeLike(value: unknown): value is { start: PositionLike; end: PositionLike } {
  return typeof value === 'object' && value !== null && isPositionLike((value as { start: unknown }).start) && isPositionLike((value as { end: unknown }).end);
}

/** The document a command acts on: the argument, else the active editor's. */
export async function resolveDocument(uriArg: unknown): Promise<vscode.TextDocument | undefined> {
  if (uriArg instanceof vscode.Uri) return vscode.workspace.openTextDocument(uriArg);
  if (typeof uriArg === 'string' && uriArg !== '') return vscode.workspace.openTextDocument(vscode.Uri.parse(uriArg));
  return vscode.window.activeTextEditor?.document;
}

/** Lower is better when several claims sit under the cursor. */
export type ClaimPreference = (claim: Claim) => number;

export async function resolveClaim(checker: Checker, records: RecordStore, uriArg: unknown, targetArg: unknown, prefer?: ClaimPreference): Promise<ResolvedClaim | undefined> {
  const ref = isClaimRef(uriArg) ? uriArg : undefined;
  const target = ref ? ref.fingerprint : targetArg;
  const document = await resolveDocument(ref ? ref.uri : uriArg);
  if (!document) return undefined;
  const checked = await checker.current(document);
  if (!checked) return undefined;
  const marked = withMarks(checked.claims, records.marksFor(document.uri));
  let candidates: MarkedClaim[];
  if (typeof target === 'string') {
    candidates = marked.filter((m) => m.claim.fingerprint === target);
  } else {
    let range: OffsetRange | undefined;
    if (isOffsetRange(target)) range = target;
    else if (isRangeLike(target)) range = { start: checked.lines.offsetAt(target.start), end: checked.lines.offsetAt(target.end) };
    else {
      const editor = vscode.window.activeTextEditor;
      if (editor && editor.document.uri.toString() === document.uri.toString()) {
        range = { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
      }
    }
    if (!range) return undefined;
    const exact = marked.filter((m) => m.claim.start === range.start && m.claim.end === range.end);
    candidates = exact.length ? exact : claimsAt(marked, range.start);
  }
  if (prefer) candidates = [...candidates].sort((a, b) => prefer(a.claim) - prefer(b.claim));
  const found = candidates[0];
  return found ? { ...found, document, checked } : undefined;
}
