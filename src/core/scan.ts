/**
 * The contracts between the engine and its detectors: a block scanner sees one block, a document
 * pass sees every draft of the document. Kept apart from pipeline.ts, which lists the detectors,
 * so that detectors import their contract without importing the list that imports them.
 */
import type { BlockMemo } from './blockMemo';
import type { Block, DocumentModel } from './document';
import type { ClaimDraft } from './draft';
import type { AnalyzeOptions, Dateline } from './options';

export interface ScanContext {
  dateline: Dateline | null;
  options: AnalyzeOptions;
  /** The Analyzer's memo of per-block work, for passes (absent when a pass is called on its own). */
  memo?: BlockMemo;
}

/** Finds claims in one block's masked text; offsets relative to the block. Must be pure: results are cached by block text. */
export type BlockScanner = (text: string, context: ScanContext, block: Block) => ClaimDraft[];

/** Works on every claim of the document at once (document offsets). */
export type DocumentPass = (drafts: ClaimDraft[], doc: DocumentModel, context: ScanContext) => ClaimDraft[];
