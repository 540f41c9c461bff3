/**
 * Drafts → claims: the kind, severity, text, one-line message, paragraph link and fingerprint every
 * claim carries, filled in once here so no scanner or pass can get them inconsistent.
 *
 * This runs over every claim of the draft on every keystroke. What a claim derives from its draft
 * alone (its text, one-line message and fingerprint) is kept in the draft's `kept` slot, which
 * every copy of the draft shares (passes copy and shift drafts on every run, but the slot travels
 * with the copy), and reused when the next run's draft still reads the same.
 */
import { ruleEnabled as enabled } from './ruleEnabled';
import { RULES, type Claim } from './claims';
import type { DocumentModel } from './document';
import type { ClaimDraft, FinishedParts } from './draft';
import { fingerprint } from './fingerprint';
import { paragraphLinks } from './paragraphLinks';
import { RunMemo } from './runMemo';
import { oneLine } from './text/oneLine';
import type { UnchangedEnds } from './textEdit';
import type { AnalyzeOptions } from './options';

/** The fingerprints of one claim text, by kind and speaker (nearly always one pair). */
class FingerprintsOfText {
  private readonly known: { kind: string; speaker: string | null; value: string }[] = [];
  constructor(private readonly text: string) {}
  of(kind: string, speaker: string | null): string {
    for (const k of this.known) if (k.kind === kind && k.speaker === speaker) return k.value;
    const value = fingerprint(kind, this.text, speaker);
    this.known.push({ kind, speaker, value });
    return value;
  }
}

function newFingerprints(text: string): FingerprintsOfText {
  return new FingerprintsOfText(text);
}

function byPosition(a: Claim, b: Claim): number {
  return a.start - b.start || a.end - b.end || a.code.localeCompare(b.code);
}

/**
 * Claims sorted by start, then end, then rule code, stable. Each claim's start, end and index pack
 * into one exact number, sorted natively: a comparator called some ten thousand times per
 * keystroke cost more than the rest of ordering. A text too long to pack takes the comparator.
 */
function inDocumentOrder(claims: Claim[], length: number): Claim[] {
  const n = claims.length;
  const span = length + 1;
  if (n < 2 || span * span * n > Number.MAX_SAFE_INTEGER) return claims.sort(byPosition);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (claims[i].start * span + claims[i].end) * n + i;
  keys.sort();
  const sorted = new Array<Claim>(n);
  for (let i = 0; i < n; i++) sorted[i] = claims[keys[i] % n];
  // Two rules on one range: by rule code, as the comparator orders them.
  for (let from = 0; from < n; ) {
    let to = from + 1;
    while (to < n && sorted[to].start === sorted[from].start && sorted[to].end === sorted[from].end) to++;
    if (to - from > 1) sorted.splice(from, to - from, ...sorted.slice(from, to).sort(byPosition));
    from = to;
  }
  return sorted;
}

/** One Analyzer's finishing step, with what it keeps between runs. */
export class Finisher {
  /** Claim fingerprints by claim text, for drafts without a slot or whose slot is out of date. */
  private readonly fingerprints = new RunMemo<FingerprintsOfText>();
  private run = 0;
  /** What the edit since the last run left alone. */
  private unchanged: UnchangedEnds = { prefix: 0, suffix: 0, delta: 0 };

  /** Start a run over a text that `edit` says how the last run's text became. */
  nextRun(edit: UnchangedEnds): void {
    this.fingerprints.nextRun();
    this.unchanged = edit;
    this.run++;
  }

  finish(drafts: readonly ClaimDraft[], doc: DocumentModel, options: AnalyzeOptions): Claim[] {
    const claims: Claim[] = [];
    const paragraphs = paragraphLinks(doc);
    for (const d of drafts) {
      if (!enabled(d.code, d.start, doc, options)) continue;
      const rule = RULES[d.code];
      const speaker = d.speaker ?? null;
      const parts = this.partsOf(d, doc.text, rule.kind);
      const claim: Claim = {
        kind: rule.kind,
        code: d.code,
        severity: options.severities?.[d.code] ?? rule.severity,
        start: d.start,
        end: d.end,
        text: parts.text,
        message: parts.message,
        speaker,
        source: d.source ?? null,
        cue: d.cue ?? null,
        outlet: d.outlet ?? null,
        value: d.value ?? null,
        canonical: d.canonical ?? null,
        url: d.url ?? null,
        match: d.match ?? null,
        link: paragraphs.at(d.start),
        fingerprint: parts.fingerprint,
      };
      if (d.variants) claim.variants = d.variants;
      if (d.quantity) claim.quantity = d.quantity;
      if (d.related) claim.related = d.related;
      if (d.dateline !== undefined) claim.dateline = d.dateline;
      claims.push(claim);
    }
    return inDocumentOrder(claims, doc.text.length);
  }

  /**
   * The draft's text, message and fingerprint: the slot's, if they were derived from what the draft
   * says now. The text must still be the same too: a block's masked text (which keeps its drafts)
   * can stay the same while markup in it, a link's URL say, changes the claim's own text.
   */
  private partsOf(d: ClaimDraft, text: string, kind: string): FinishedParts {
    const who = d.speaker?.name ?? d.source?.text ?? null;
    const kept = d.kept?.parts;
    if (kept && kept.code === d.code && kept.draftMessage === d.message && kept.who === who && this.sameText(kept, d, text)) {
      kept.at = d.start;
      kept.run = this.run;
      return kept;
    }
    const claimText = text.slice(d.start, d.end);
    const parts: FinishedParts = {
      code: d.code,
      draftMessage: d.message,
      who,
      text: claimText,
      at: d.start,
      run: this.run,
      message: oneLine(d.message),
      fingerprint: this.fingerprints.get(claimText, newFingerprints).of(kind, who),
    };
    if (d.kept) d.kept.parts = parts;
    return parts;
  }

  /**
   * Does the draft's range read `kept.text`? Yes without reading it, when the last run read it there
   * and the edit since left that range alone (before the change, or after it and shifted with it):
   * comparing every claim's text, a paragraph long for some, cost more than the rest of finishing.
   */
  private sameText(kept: FinishedParts, d: ClaimDraft, text: string): boolean {
    const length = d.end - d.start;
    if (kept.text.length !== length) return false;
    if (kept.run === this.run - 1) {
      const { prefix, suffix, delta } = this.unchanged;
      if (kept.at === d.start && d.end <= prefix) return true;
      if (kept.at + delta === d.start && d.start >= text.length - suffix) return true;
    }
    return text.slice(d.start, d.end) === kept.text;
  }
}
