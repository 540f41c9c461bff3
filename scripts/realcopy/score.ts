/**
 * Scoring of engine claims against hand annotations of real news articles (test/realcopy/*.json).
 * The annotations hold offsets and labels only; the article text stays outside the repository.
 *
 * What is right, kind by kind (a claim "matches" a gold span when their ranges overlap):
 * - quote: a `quote-term` claim is right on any gold quote (speech, term or either); any other
 *   quote code is right only on a gold `speech` or `either` quote (a speech claim on a scare quote,
 *   title or nickname is wrong). A gold `speech` quote is found only by a non-term quote claim,
 *   a gold `term` only by a `quote-term` claim, a gold `either` by any quote claim.
 * - attribution: right on a gold attribution, or on the speaker mention of a gold quote (the quote
 *   claim carries that attribution, so a second claim there is redundant but not wrong).
 * - date: right on a gold date; value accuracy over matched gold dates (largest overlap).
 * - system: right on a gold system.
 * - link claims (`source-missing`, placeholders) are not claims of the article; `source-missing`
 *   is counted as noise (its share of all output lines).
 * Claims in the header line (the dateline we put on line 1) and on `ignore` spans (wire datelines)
 * are not scored.
 *
 * Speakers (gold `speech` quotes with a speaker): the claim with the largest overlap is judged.
 * Its speaker is right when its name contains the last word of the gold name ("Bates" for
 * "Andrew Bates", "official" for "the official"), or when the gold mention is itself a name, the
 * claim's speaker range overlaps it and every capitalised word of the claim's name (articles
 * aside) is in that mention ("Major General Igor Konashenkov"). Precision: right / judged claims
 * that name a speaker (a speaker given where the gold quote has none is wrong); recall: right /
 * gold quotes with a speaker.
 *
 * Warnings (claims whose severity is `warning`), right when:
 * - `attribution-anonymous`: on a gold attribution whose source is anonymous (or judged either);
 * - `quote-unattributed`: on a gold speech/either quote that has no speaker in the article;
 * - any other code: on a gold span flagged with that code (`flag`), e.g. a system spelled two ways.
 * One gold span justifies one warning per code: a repeated warning on the same source is wrong.
 */

import { KINDS, type ClaimKind, type RuleCode } from '../../src/core';

export type QuoteKind = 'speech' | 'term' | 'either';

interface Range {
  start: number;
  end: number;
}

export type RealGoldSpan = Range & { flag?: string } & (
    | { type: 'quote'; quoteKind: QuoteKind; speaker: (Range & { name: string }) | null }
    | { type: 'attribution'; source: Range | null; anonymous: boolean | 'either' }
    | { type: 'date'; value: string | null }
    | { type: 'system'; canonical: string }
    | { type: 'ignore' }
  );

/**
 * Which set an article belongs to. `dev`/`heldout`: the first 25 articles (error classes were taken
 * from `dev`). `fresh-dev`/`fresh-heldout`: a later set annotated before the engine ever ran on it,
 * split by a rule fixed in advance (docs/real-copy.md); only `fresh-dev` errors may be looked at.
 */
export const REAL_SPLITS = ['heldout', 'dev', 'fresh-heldout', 'fresh-dev'] as const;
export type RealSplit = (typeof REAL_SPLITS)[number];

export interface RealGoldFile {
  url: string;
  sha256: string;
  dateline: string | null;
  split: RealSplit;
  spans: RealGoldSpan[];
}

/** The parts of an engine Claim the scorer reads. */
export interface RealPredClaim extends Range {
  kind: string;
  code: string;
  severity: string;
  speaker?: (Range & { name: string }) | null;
  source?: (Range & { anonymous?: boolean }) | null;
  value?: string | null;
}

/**
 * The kinds issue 9 measures on real copy (its "all claims" figure), in catalogue order. Numbers and
 * names have their own evaluation (scripts/eval-numbers.ts); links are about our draft, not the story.
 */
const MEASURED = ['quote', 'attribution', 'date', 'system'] as const satisfies readonly ClaimKind[];
export type ScoredKind = (typeof MEASURED)[number];
const isScored = (k: string): k is ScoredKind => (MEASURED as readonly string[]).includes(k);
export const CLAIM_KINDS_SCORED: readonly ScoredKind[] = KINDS.filter(isScored);

/** The codes whose rightness the scorer judges by their meaning rather than by a gold `flag`. */
const TERM: RuleCode = 'quote-term';
const ANONYMOUS: RuleCode = 'attribution-anonymous';
const UNATTRIBUTED: RuleCode = 'quote-unattributed';
const SOURCE_MISSING: RuleCode = 'source-missing';

export interface Tally {
  right: number;
  total: number;
}

export interface RealFinding extends Range {
  doc: string;
  what: string;
}

export interface RealScore {
  docs: number;
  /** Per kind: predictions right / made; gold found / annotated. */
  pred: Record<ScoredKind, Tally>;
  gold: Record<ScoredKind, Tally>;
  dateValues: Tally;
  speakerP: Tally;
  speakerR: Tally;
  anonymousR: Tally;
  warnings: Tally;
  /** Every output line (all claims) and the `source-missing` ones among them. */
  outputLines: number;
  sourceMissing: number;
  falsePositives: RealFinding[];
  misses: RealFinding[];
}

const tally = (): Tally => ({ right: 0, total: 0 });
const perKind = (): Record<ScoredKind, Tally> => Object.fromEntries(CLAIM_KINDS_SCORED.map((k) => [k, tally()])) as Record<ScoredKind, Tally>;

export function emptyRealScore(): RealScore {
  return {
    docs: 0,
    pred: perKind(),
    gold: perKind(),
    dateValues: tally(),
    speakerP: tally(),
    speakerR: tally(),
    anonymousR: tally(),
    warnings: tally(),
    outputLines: 0,
    sourceMissing: 0,
    falsePositives: [],
    misses: [],
  };
}

export function ratio(t: Tally): number {
  return t.total ? t.right / t.total : 0;
}

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
const overlapLength = (a: Range, b: Range): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function add(t: Tally, right: boolean): void {
  t.total++;
  if (right) t.right++;
}

const ARTICLES = new Set(['the', 'a', 'an', 'The', 'A', 'An']);

function lastWord(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

function words(s: string): string[] {
  return s.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
}

/** Whether the claim's speaker is the gold speaker (see the header). */
export function speakerRight(text: string, claimSpeaker: Range & { name: string }, gold: Range & { name: string }): boolean {
  const surname = lastWord(gold.name).toLowerCase();
  if (words(claimSpeaker.name).some((w) => w.toLowerCase() === surname)) return true;
  const mention = text.slice(gold.start, gold.end);
  const mentionWords = new Set(words(mention));
  if (![...mentionWords].some((w) => w.toLowerCase() === surname)) return false;
  if (!overlaps(claimSpeaker, gold)) return false;
  return words(claimSpeaker.name).every((w) => !/^\p{Lu}/u.test(w) || ARTICLES.has(w) || mentionWords.has(w));
}

function isTerm(c: RealPredClaim): boolean {
  return c.code === TERM;
}

function claimRight(c: RealPredClaim & { kind: ScoredKind }, gold: RealGoldSpan[]): boolean {
  switch (c.kind) {
    case 'quote':
      return gold.some((g) => g.type === 'quote' && overlaps(c, g) && (isTerm(c) || g.quoteKind !== 'term'));
    case 'attribution':
      return gold.some((g) => (g.type === 'attribution' && overlaps(c, g)) || (g.type === 'quote' && g.speaker !== null && overlaps(c, g.speaker)));
    case 'date':
      return gold.some((g) => g.type === 'date' && overlaps(c, g));
    case 'system':
      return gold.some((g) => g.type === 'system' && overlaps(c, g));
  }
}

function goldFound(g: RealGoldSpan, claims: RealPredClaim[]): boolean {
  switch (g.type) {
    case 'quote':
      return claims.some((c) => c.kind === 'quote' && overlaps(c, g) && (g.quoteKind === 'either' || isTerm(c) === (g.quoteKind === 'term')));
    case 'attribution':
      return claims.some((c) => c.kind === 'attribution' && (overlaps(c, g) || (g.source !== null && c.source != null && overlaps(c.source, g.source))));
    case 'date':
      return claims.some((c) => c.kind === 'date' && overlaps(c, g));
    case 'system':
      return claims.some((c) => c.kind === 'system' && overlaps(c, g));
    default:
      return false;
  }
}

function touches(c: RealPredClaim, g: RealGoldSpan): boolean {
  if (overlaps(c, g)) return true;
  if (g.type === 'attribution' && g.source && c.source && overlaps(c.source, g.source)) return true;
  return false;
}

/** The gold span a warning is right on, or null. */
function warningTarget(c: RealPredClaim, gold: RealGoldSpan[]): RealGoldSpan | null {
  const hit = gold.find((g) => {
    if (!touches(c, g)) return false;
    if (g.flag === c.code) return true;
    if (c.code === ANONYMOUS) return g.type === 'attribution' && g.anonymous !== false;
    if (c.code === UNATTRIBUTED) return g.type === 'quote' && g.quoteKind !== 'term' && g.speaker === null;
    return false;
  });
  return hit ?? null;
}

/** Scores one article's claims into `score`. `bodyStart`: claims before it (our header line) are not scored. */
export function scoreArticle(doc: string, text: string, gold: RealGoldFile, allClaims: RealPredClaim[], score: RealScore, bodyStart = 0): void {
  score.docs++;
  const ignored = gold.spans.filter((g) => g.type === 'ignore');
  const spans = gold.spans.filter((g): g is Exclude<RealGoldSpan, { type: 'ignore' }> => g.type !== 'ignore');
  const claims = allClaims.filter((c) => c.start >= bodyStart && !ignored.some((g) => overlaps(c, g)));
  score.outputLines += claims.length;
  score.sourceMissing += claims.filter((c) => c.code === SOURCE_MISSING).length;
  const scored = claims.filter((c): c is RealPredClaim & { kind: ScoredKind } => isScored(c.kind));
  const fp = (r: Range, what: string) => score.falsePositives.push({ doc, start: r.start, end: r.end, what });
  const miss = (r: Range, what: string) => score.misses.push({ doc, start: r.start, end: r.end, what });

  for (const c of scored) {
    const right = claimRight(c, spans);
    add(score.pred[c.kind], right);
    if (!right) fp(c, `${c.code}${c.value ? ` = ${c.value}` : ''}`);
  }
  for (const g of spans) {
    const found = goldFound(g, scored);
    add(score.gold[g.type], found);
    if (!found) miss(g, g.type === 'quote' ? `quote (${g.quoteKind})` : g.type === 'attribution' && g.anonymous === true ? 'attribution (anonymous)' : g.type);
  }

  for (const g of spans) {
    if (g.type === 'date') {
      const best = bestOverlap(g, scored.filter((c) => c.kind === 'date'));
      if (best) {
        const right = best.value === g.value;
        add(score.dateValues, right);
        if (!right) fp(best, `date value ${best.value ?? 'none'}, gold ${g.value ?? 'none'}`);
      }
    } else if (g.type === 'attribution' && g.anonymous === true) {
      const found = claims.some((c) => c.code === ANONYMOUS && touches(c, g));
      add(score.anonymousR, found);
      if (!found) miss(g, 'anonymous source not warned');
    }
  }
  scoreSpeakers(doc, text, spans, scored, score);

  const used = new Set<string>();
  for (const c of claims.filter((x) => x.severity === 'warning')) {
    const target = warningTarget(c, spans);
    const key = target ? `${c.code}@${target.start}` : '';
    const right = target !== null && !used.has(key);
    if (right) used.add(key);
    add(score.warnings, right);
    if (!right) fp(c, `wrong warning ${c.code}${target ? ' (repeated)' : ''}`);
  }
}

function bestOverlap(g: Range, claims: RealPredClaim[]): RealPredClaim | null {
  let best: RealPredClaim | null = null;
  for (const c of claims) if (overlapLength(c, g) > (best ? overlapLength(best, g) : 0)) best = c;
  return best;
}

function scoreSpeakers(doc: string, text: string, spans: RealGoldSpan[], claims: RealPredClaim[], score: RealScore): void {
  const speech = spans.filter((g): g is Extract<RealGoldSpan, { type: 'quote' }> => g.type === 'quote' && g.quoteKind === 'speech');
  const quoteClaims = claims.filter((c) => c.kind === 'quote' && !isTerm(c));
  for (const g of speech) {
    const best = bestOverlap(g, quoteClaims);
    const right = best !== null && g.speaker !== null && best.speaker != null && speakerRight(text, best.speaker, g.speaker);
    if (g.speaker) {
      add(score.speakerR, right);
      if (!right) score.misses.push({ doc, start: g.start, end: g.end, what: `speaker: gold ${g.speaker.name}, claim ${best?.speaker?.name ?? (best ? 'none' : 'no quote claim')}` });
    }
    if (best?.speaker) {
      add(score.speakerP, right);
      if (!right && !g.speaker) score.falsePositives.push({ doc, start: best.start, end: best.end, what: `speaker ${best.speaker.name} where the article names none` });
    }
  }
}

/** Pooled claim precision/recall over the scored kinds. */
export function pooled(t: Record<ScoredKind, Tally>): Tally {
  return CLAIM_KINDS_SCORED.reduce((acc, k) => ({ right: acc.right + t[k].right, total: acc.total + t[k].total }), tally());
}
