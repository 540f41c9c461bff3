import type { Claim } from './claims';
import { DocumentParser } from './document';
import { BlockMemo } from './blockMemo';
import { boundClaims, foldRepeats, repeatedMessage } from './bounds';
import { findDateline } from './dateline';
import { newSlot, shiftDraft, type ClaimDraft } from './draft';
import { Finisher } from './finish';
import { unchangedEnds, type UnchangedEnds } from './textEdit';
import { paragraphLinks, type SourceLink } from './paragraphLinks';
import { hiddenTextNotices } from './hiddenText';
import { userPatternNotices } from './systems/userPatterns';
import type { AnalyzeOptions, Dateline } from './options';
import { BLOCK_SCANNERS, DOCUMENT_PASSES } from './pipeline';
import { blockScanContext, blockScanKey, type ScanContext } from './scan';

export interface Analysis {
  claims: Claim[];
  dateline: Dateline | null;
  /** Messages about the input itself (binary, too large), for the face to show. */
  notices: string[];
  /** Links in the draft that name a source, for *Insert source link* to offer again. */
  links: SourceLink[];
}

/** Text that holds NUL characters is not a draft: a binary file opened as text. */
function looksBinary(text: string): boolean {
  return text.indexOf('\u0000') !== -1;
}

/** Whether an edit of a text without NUL bytes wrote one: only the changed range is read. */
function editLooksBinary(text: string, edit: UnchangedEnds): boolean {
  return looksBinary(text.slice(edit.prefix, text.length - edit.suffix));
}

/**
 * The engine as an editor runs it, one Analyzer per open document, each keystroke a new run:
 * - the parser assembles again only the lines between the blank lines around the edit, and keeps
 *   every other paragraph with the same text string (document.ts);
 * - block scanners depend only on a paragraph's masked text, kind and the keyed scan context
 *   (scan.ts makes that the only thing they can see), so they run on the changed paragraph alone;
 *   a paragraph that has not moved also keeps its drafts in document offsets;
 * - document passes (speakers across paragraphs, consistency, links) run over the whole draft,
 *   but keep their per-paragraph work (names, numbers) by paragraph text, and their wording in the
 *   drafts' slots (keptWording.ts);
 * - the finishing step reuses what each draft's slot kept while the draft reads the same (finish.ts).
 */
export class Analyzer {
  private readonly memo = new BlockMemo();
  private readonly parser = new DocumentParser();
  private readonly finisher = new Finisher();
  /** The last text checked (never one with NUL bytes), which the next edits are read against. */
  private lastText = '';

  /** Scanner cache namespaces, the same string objects from run to run: compared by identity, not by reading them. */
  private readonly namespaces = new Map<string, string>();

  private namespace(contextKey: string, kind: string): string {
    const name = `scan\u0001${contextKey}\u0001${kind}`;
    let known = this.namespaces.get(name);
    if (known === undefined) {
      // Options change rarely; a memo keyed by every options value ever used would only grow.
      if (this.namespaces.size > 64) this.namespaces.clear();
      this.namespaces.set(name, (known = name));
    }
    return known;
  }

  run(text: string, options: AnalyzeOptions = {}): Analysis {
    const edit = unchangedEnds(this.lastText, text);
    if (editLooksBinary(text, edit)) {
      return { claims: [], dateline: null, notices: ['This file contains NUL bytes: it looks binary, not a draft, so it was not checked.'], links: [] };
    }
    const languageId = options.languageId === undefined || options.languageId === 'markdown' ? 'markdown' : 'plaintext';
    const doc = this.parser.parse(text, languageId, edit);
    this.lastText = text;
    const dateline = findDateline(doc, options);
    this.memo.nextRun();
    this.finisher.nextRun(edit);
    const context: ScanContext = { dateline, options, memo: this.memo, edit };
    const scanContext = blockScanContext(context);
    const contextKey = blockScanKey(scanContext);
    const drafts: ClaimDraft[] = [];
    const namespaces = new Map<string, string>();
    for (const block of doc.blocks) {
      let namespace = namespaces.get(block.kind);
      if (namespace === undefined) namespaces.set(block.kind, (namespace = this.namespace(contextKey, block.kind)));
      const scanned = this.memo.get(namespace, block.text, (): ScannedBlock => {
        const seen = { kind: block.kind };
        // A paragraph of 1,000,000 "“" drafts a million identical findings: fold them before the passes.
        const found = foldRepeats(
          BLOCK_SCANNERS.flatMap((scan) => scan(block.text, scanContext, seen)),
          (d) => [d.code, d.message, block.text.slice(d.start, d.end)],
          (d, count) => ({ ...d, message: repeatedMessage(d.message, count) }),
          (d) => d.code,
        );
        // The finishing step's slot: the block's drafts, and every copy of them, live until its text changes.
        for (const draft of found) if (!draft.kept) draft.kept = newSlot();
        return { found: Object.freeze(found), at: 0, shifted: found };
      });
      if (scanned.at !== block.start) {
        scanned.shifted = scanned.found.map((draft) => shiftDraft(draft, block.start));
        scanned.at = block.start;
      }
      for (const draft of scanned.shifted) drafts.push(draft);
    }
    let all = drafts;
    for (const pass of DOCUMENT_PASSES) all = pass(all, doc, context);
    const bounded = boundClaims(this.finisher.finish(all, doc, options), doc.blocks);
    const notices = [...hiddenTextNotices(doc), ...userPatternNotices(doc.blocks, options.systemPatterns), ...bounded.notices];
    return { claims: bounded.claims, dateline, notices, links: paragraphLinks(doc).sources };
  }
}

/** A block's scanner drafts (block offsets) and, for the offset it was last seen at, the same in document offsets. */
interface ScannedBlock {
  readonly found: readonly ClaimDraft[];
  at: number;
  shifted: readonly ClaimDraft[];
}

const shared = new Analyzer();

/** Analyze a document and return its claims, sorted by position. */
export function analyze(text: string, options: AnalyzeOptions = {}): Claim[] {
  return shared.run(text, options).claims;
}

/** Like `analyze`, with the dateline used and notices about the input. */
export function check(text: string, options: AnalyzeOptions = {}): Analysis {
  return shared.run(text, options);
}
