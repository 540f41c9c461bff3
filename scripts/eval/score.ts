/**
 * Scoring of engine claims against the corpus gold spans, exactly as ../shared/corpus/README.md
 * "How to score" says, so our numbers are comparable with the published ones:
 * - quotes: `quote-term` claims left out; spans compared after trimming quote marks, spaces and
 *   `,.;:` from both ends; strict = equal, relaxed = overlapping; P/R/F1 over `direct` gold; a
 *   claim that matches no direct span but overlaps a `mixed` one is not counted as a false positive
 *   (in both modes: a partial quote inside a mixed content is a correct finding);
 * - speakers: for each direct gold quote found, right when the claim's speaker range overlaps the
 *   gold speaker, or the gold mention is a pronoun and the claim's speaker name shares a name word
 *   with the nearest earlier non-pronoun gold source mention (the name the article uses);
 * - cues: distinct cue spans of quote and attribution claims vs. gold cues of all quote kinds, relaxed;
 * - sources: the source mentions Factdesk reports — attribution claims' sources and quote claims'
 *   speakers (a quote's speaker is its source) — vs. gold `speaker` spans (every source mention), relaxed;
 * - dates: a date claim is right when it overlaps any gold timex; recall over DATE timexes; value
 *   accuracy over matched DATE timexes, using the overlapping claim with the largest overlap.
 */

export interface GoldSpan {
  start: number;
  end: number;
  type: 'quote' | 'speaker' | 'timex';
  text: string;
  quote_kind?: 'direct' | 'mixed' | 'indirect';
  speaker_start?: number | null;
  speaker_end?: number | null;
  cue_start?: number | null;
  cue_end?: number | null;
  value?: string | null;
  timex_type?: 'DATE' | 'TIME' | 'DURATION' | 'SET';
}

export interface GoldDoc {
  id: string;
  text: string;
  dct: string | null;
  spans: GoldSpan[];
}

interface Range {
  start: number;
  end: number;
}

/** The parts of an engine Claim the scorer reads (a subset, so hand-made lists are easy to write). */
export interface PredClaim extends Range {
  kind: string;
  code: string;
  speaker?: (Range & { name?: string; text?: string }) | null;
  source?: Range | null;
  cue?: Range | null;
  value?: string | null;
}

export interface Counts {
  /** Predictions that are right / all predictions counted. */
  predRight: number;
  pred: number;
  /** Gold spans found / all gold spans. */
  goldFound: number;
  gold: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** An error example: a span of a document for `--errors`. */
export interface ErrorItem extends Range {
  doc: string;
  text: string;
  note?: string;
}

export interface Errors {
  misses: ErrorItem[];
  falsePositives: ErrorItem[];
}

export interface Score {
  quotesStrict: Counts;
  quotesRelaxed: Counts;
  speakers: { found: number; overlap: number; pronounResolved: number };
  cues: Counts;
  sources: Counts;
  dates: Counts;
  dateValues: { matched: number; right: number };
  errors: Record<'quotes' | 'speakers' | 'cues' | 'sources' | 'dates' | 'dateValues', Errors>;
}

export function emptyCounts(): Counts {
  return { predRight: 0, pred: 0, goldFound: 0, gold: 0 };
}

export function emptyScore(): Score {
  const errors = (): Errors => ({ misses: [], falsePositives: [] });
  return {
    quotesStrict: emptyCounts(),
    quotesRelaxed: emptyCounts(),
    speakers: { found: 0, overlap: 0, pronounResolved: 0 },
    cues: emptyCounts(),
    sources: emptyCounts(),
    dates: emptyCounts(),
    dateValues: { matched: 0, right: 0 },
    errors: { quotes: errors(), speakers: errors(), cues: errors(), sources: errors(), dates: errors(), dateValues: errors() },
  };
}

export function prf(c: Counts): Prf {
  const p = c.pred ? c.predRight / c.pred : 0;
  const r = c.gold ? c.goldFound / c.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const TRIMMED = new Set([...'"“”„‟\'‘’‚‛«»‹› \t\r\n\u00a0,.;:']);

/** A span without surrounding quote marks, spaces and `,.;:`. */
export function trimSpan(text: string, span: Range): Range {
  let { start, end } = span;
  while (start < end && TRIMMED.has(text[start])) start++;
  while (end > start && TRIMMED.has(text[end - 1])) end--;
  return { start, end };
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Distinct ranges (same start and end counted once). */
function distinct<T extends Range>(ranges: T[]): T[] {
  const seen = new Set<string>();
  return ranges.filter((r) => {
    const key = `${r.start}:${r.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function item(doc: GoldDoc, r: Range, note?: string): ErrorItem {
  return { doc: doc.id, start: r.start, end: r.end, text: doc.text.slice(r.start, r.end), ...(note ? { note } : {}) };
}

/** Relaxed (overlap) P/R over two lists of ranges. */
function relaxed(doc: GoldDoc, pred: Range[], gold: Range[], counts: Counts, errors: Errors): void {
  for (const p of pred) {
    counts.pred++;
    if (gold.some((g) => overlaps(p, g))) counts.predRight++;
    else errors.falsePositives.push(item(doc, p));
  }
  for (const g of gold) {
    counts.gold++;
    if (pred.some((p) => overlaps(p, g))) counts.goldFound++;
    else errors.misses.push(item(doc, g));
  }
}

const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'it', 'we', 'i', 'you', 'his', 'hers', 'their', 'its', 'us', 'me', 'who', 'which', 'that']);

export function isPronoun(text: string): boolean {
  return PRONOUNS.has(text.trim().toLowerCase());
}

/** Capitalized words of a name, minus articles: "the Izvestia daily" → ["Izvestia"]. */
function nameWords(text: string): string[] {
  return (text.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => !/^(?:The|A|An|Mr|Mrs|Ms|Dr)$/.test(w));
}

function scoreQuotes(doc: GoldDoc, claims: PredClaim[], score: Score): void {
  const preds = claims.filter((c) => c.kind === 'quote' && c.code !== 'quote-term');
  const quotes = doc.spans.filter((s) => s.type === 'quote');
  const direct = quotes.filter((s) => s.quote_kind === 'direct').map((s) => ({ span: s, t: trimSpan(doc.text, s) }));
  const mixed = quotes.filter((s) => s.quote_kind === 'mixed').map((s) => trimSpan(doc.text, s));
  const predTrim = preds.map((c) => ({ claim: c, t: trimSpan(doc.text, c) }));
  const exempt = (t: Range): boolean => mixed.some((m) => overlaps(m, t));
  for (const { t } of predTrim) {
    const strict = direct.some((g) => g.t.start === t.start && g.t.end === t.end);
    const loose = direct.some((g) => overlaps(g.t, t));
    if (strict) score.quotesStrict.predRight++;
    if (strict || !exempt(t)) score.quotesStrict.pred++;
    if (loose) score.quotesRelaxed.predRight++;
    if (loose || !exempt(t)) score.quotesRelaxed.pred++;
    if (!loose && !exempt(t)) score.errors.quotes.falsePositives.push(item(doc, t));
  }
  const speakerMentions = doc.spans.filter((s) => s.type === 'speaker' && !isPronoun(s.text));
  for (const g of direct) {
    score.quotesStrict.gold++;
    score.quotesRelaxed.gold++;
    if (predTrim.some((p) => p.t.start === g.t.start && p.t.end === g.t.end)) score.quotesStrict.goldFound++;
    const found = predTrim.filter((p) => overlaps(p.t, g.t)).sort((a, b) => overlapLength(b.t, g.t) - overlapLength(a.t, g.t))[0];
    if (!found) {
      score.errors.quotes.misses.push(item(doc, g.t));
      continue;
    }
    score.quotesRelaxed.goldFound++;
    score.speakers.found++;
    const gs = g.span.speaker_start != null && g.span.speaker_end != null ? { start: g.span.speaker_start, end: g.span.speaker_end } : null;
    const ps = found.claim.speaker ?? null;
    if (gs && ps && overlaps(gs, ps)) {
      score.speakers.overlap++;
      continue;
    }
    if (gs && ps && isPronoun(doc.text.slice(gs.start, gs.end))) {
      const antecedent = speakerMentions.filter((s) => s.end <= gs.start).pop();
      const predName = nameWords(ps.name ?? doc.text.slice(ps.start, ps.end));
      if (antecedent && nameWords(antecedent.text).some((w) => predName.includes(w))) {
        score.speakers.pronounResolved++;
        continue;
      }
    }
    const gold = gs ? doc.text.slice(gs.start, gs.end) : '(none)';
    const got = ps ? `${doc.text.slice(ps.start, ps.end)}${ps.name ? ` = ${ps.name}` : ''}` : '(none)';
    score.errors.speakers.misses.push(item(doc, g.t, `gold speaker "${gold}", got "${got}"`));
  }
}

function scoreCuesAndSources(doc: GoldDoc, claims: PredClaim[], score: Score): void {
  const speechClaims = claims.filter((c) => c.kind === 'quote' || c.kind === 'attribution');
  const predCues = distinct(speechClaims.flatMap((c) => (c.cue ? [c.cue] : [])));
  const goldCues = distinct(
    doc.spans.filter((s) => s.type === 'quote' && s.cue_start != null && s.cue_end != null).map((s) => ({ start: s.cue_start as number, end: s.cue_end as number })),
  );
  relaxed(doc, predCues, goldCues, score.cues, score.errors.cues);
  const predSources = distinct(speechClaims.flatMap((c) => (c.source ? [c.source] : c.speaker ? [c.speaker] : [])));
  const goldSources = distinct(doc.spans.filter((s) => s.type === 'speaker'));
  relaxed(doc, predSources, goldSources, score.sources, score.errors.sources);
}

function scoreDates(doc: GoldDoc, claims: PredClaim[], score: Score): void {
  const preds = distinct(claims.filter((c) => c.kind === 'date'));
  const timexes = doc.spans.filter((s) => s.type === 'timex');
  const dates = timexes.filter((s) => s.timex_type === 'DATE');
  for (const p of preds) {
    score.dates.pred++;
    if (timexes.some((g) => overlaps(p, g))) score.dates.predRight++;
    else score.errors.dates.falsePositives.push(item(doc, p, `value ${p.value ?? 'null'}`));
  }
  for (const g of dates) {
    score.dates.gold++;
    if (preds.some((p) => overlaps(p, g))) score.dates.goldFound++;
    else score.errors.dates.misses.push(item(doc, g, `gold ${g.value}`));
  }
  for (const g of dates) {
    const best = preds.filter((p) => overlaps(p, g)).sort((a, b) => overlapLength(b, g) - overlapLength(a, g) || a.start - b.start)[0];
    if (!best) continue;
    score.dateValues.matched++;
    if (best.value === g.value) score.dateValues.right++;
    else score.errors.dateValues.misses.push(item(doc, g, `gold ${g.value}, got ${best.value ?? 'null'} for "${doc.text.slice(best.start, best.end)}"`));
  }
}

/** Add one document's claims to a running score. */
export function scoreDocument(doc: GoldDoc, claims: PredClaim[], score: Score): void {
  scoreQuotes(doc, claims, score);
  scoreCuesAndSources(doc, claims, score);
  scoreDates(doc, claims, score);
}
