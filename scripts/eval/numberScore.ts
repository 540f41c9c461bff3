/**
 * Scoring of number claims against our own annotations (scripts/eval/numbers.gold.jsonl: offsets and
 * values only, never corpus text). Detection: a claim matches a gold mention it overlaps, one to one,
 * in document order. Value: a matched claim is right when amount, unit, range top and whole agree.
 */
import type { Claim } from '../../src/core/claims';

export interface NumberGold {
  file: string;
  id: string;
  start: number;
  end: number;
  amount: number;
  unit: string;
  max?: number;
  of?: number;
}

export interface NumberScore {
  gold: number;
  predicted: number;
  matched: number;
  valueRight: number;
  /** Matched mentions whose value differs, and unmatched ones, for --errors. */
  errors: string[];
}

export function emptyNumberScore(): NumberScore {
  return { gold: 0, predicted: 0, matched: 0, valueRight: 0, errors: [] };
}

function same(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function scoreNumbers(text: string, gold: NumberGold[], claims: Claim[], score: NumberScore): void {
  const predicted = claims.filter((c) => c.kind === 'number');
  score.gold += gold.length;
  score.predicted += predicted.length;
  const used = new Set<Claim>();
  for (const g of gold) {
    const claim = predicted.find((c) => !used.has(c) && c.start < g.end && g.start < c.end);
    if (!claim) {
      score.errors.push(`missed  ${g.id}@${g.start}: ${JSON.stringify(text.slice(g.start, g.end))} (${g.amount} ${g.unit})`);
      continue;
    }
    used.add(claim);
    score.matched++;
    const v = claim.quantity!;
    if (same(v.amount, g.amount) && v.unit === g.unit && same(v.max, g.max) && same(v.of, g.of)) score.valueRight++;
    else score.errors.push(`value   ${g.id}@${g.start}: ${JSON.stringify(claim.text)} → ${JSON.stringify(v)}, gold ${g.amount} ${g.unit}${g.max !== undefined ? `–${g.max}` : ''}`);
  }
  for (const c of predicted) if (!used.has(c)) score.errors.push(`extra   @${c.start}: ${JSON.stringify(c.text)}`);
}
