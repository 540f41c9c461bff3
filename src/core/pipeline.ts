/**
 * The one file that assembles the engine: which scanners run over each block, and which passes
 * then run over the whole document, in order. To add a detector, write a scanner or a pass in its
 * own file and list it here.
 */
import type { BlockMemo } from './blockMemo';
import type { Block, DocumentModel } from './document';
import type { ClaimDraft } from './draft';
import type { AnalyzeOptions, Dateline } from './options';
import { scanDates } from './scanners/dates';
import { scanSystems } from './scanners/systems';
import { scanSpeech } from './scanners/speech';
import { linkClaims } from './refiners/links';
import { resolveSpeakers } from './refiners/speakers';
import { checkSystemConsistency } from './refiners/systemConsistency';
import { flagMissingSources } from './refiners/sourceMissing';
import { matchSources } from './refiners/sourceMatch';

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

export const BLOCK_SCANNERS: readonly BlockScanner[] = [scanSpeech, scanDates, scanSystems];

export const DOCUMENT_PASSES: readonly DocumentPass[] = [resolveSpeakers, matchSources, linkClaims, checkSystemConsistency, flagMissingSources];
