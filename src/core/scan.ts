/**
 * The contracts between the engine and its detectors: a block scanner sees one block, a document
 * pass sees every draft of the document. Kept apart from pipeline.ts, which lists the detectors,
 * so that detectors import their contract without importing the list that imports them.
 *
 * The caching rule, enforced by these types: block scanners' results are cached by block text,
 * block kind and `blockScanKey` (see analyze.ts), so a block scanner receives only what that key
 * covers: the dateline's day and the options named in SCAN_OPTION_KEYS, and of its block only the
 * kind. It cannot read the block's position (a cached result is reused wherever the block moves)
 * nor any other option (a change to it would not invalidate the cache). `blockScanContext` copies
 * just those fields, so not even a cast reaches the rest.
 */
import type { BlockMemo } from './blockMemo';
import type { UnchangedEnds } from './textEdit';
import type { Block, DocumentModel } from './document';
import type { ClaimDraft } from './draft';
import type { AnalyzeOptions, Dateline } from './options';

/** The options block scanners may read; each is part of the cache key. */
export const SCAN_OPTION_KEYS = ['extraSystems', 'systemPatterns', 'anonymousPhrases', 'namedSources', 'dateOrder', 'presentReferences'] as const satisfies readonly (keyof AnalyzeOptions)[];

export type ScanOptions = Readonly<Pick<AnalyzeOptions, (typeof SCAN_OPTION_KEYS)[number]>>;

/** Everything a block scanner may depend on besides its text. */
export interface BlockScanContext {
  /** The dateline's day only: where it came from does not change what a block says. */
  readonly dateline: Readonly<Pick<Dateline, 'value'>> | null;
  readonly options: ScanOptions;
}

/** What a block scanner may know of its block besides the text: not where it is. */
export type ScanBlock = Readonly<Pick<Block, 'kind'>>;

/** Finds claims in one block's masked text; offsets relative to the block. Must be pure: results are cached (see above). */
export type BlockScanner = (text: string, context: BlockScanContext, block: ScanBlock) => ClaimDraft[];

/** The context of a whole run, for document passes, which always run and may read anything. */
export interface ScanContext {
  dateline: Dateline | null;
  options: AnalyzeOptions;
  /** The Analyzer's memo of per-block work, for passes (absent when a pass is called on its own). */
  memo?: BlockMemo;
  /** How the text differs from the one the Analyzer's last run checked (absent on its own, as `memo`). */
  edit?: UnchangedEnds;
}

/** Works on every claim of the document at once (document offsets). */
export type DocumentPass = (drafts: ClaimDraft[], doc: DocumentModel, context: ScanContext) => ClaimDraft[];

/** The block scanners' view of a run: the keyed fields, copied. */
export function blockScanContext(context: ScanContext): BlockScanContext {
  const options: { -readonly [K in keyof ScanOptions]: ScanOptions[K] } = {};
  for (const key of SCAN_OPTION_KEYS) copyOption(context.options, options, key);
  return { dateline: context.dateline ? { value: context.dateline.value } : null, options };
}

function copyOption<K extends keyof ScanOptions>(from: AnalyzeOptions, to: { -readonly [P in keyof ScanOptions]: ScanOptions[P] }, key: K): void {
  if (from[key] !== undefined) to[key] = from[key];
}

/** The cache key of a block scanner context: equal keys, equal contexts. */
export function blockScanKey(context: BlockScanContext): string {
  return JSON.stringify([context.dateline?.value ?? null, ...SCAN_OPTION_KEYS.map((key) => context.options[key] ?? [])]);
}
