/**
 * What must hold for any claim list on any input: ranges inside the text, in order, on UTF-16
 * boundaries that do not split a surrogate pair, and the claim text equal to the text it covers.
 * Returns the violations (empty when all hold) so a failing property shows what broke.
 */
import type { Claim } from '../../../src/core';

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function checkRange(text: string, what: string, start: number, end: number, out: string[]): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) out.push(`${what}: offsets ${start}–${end} are not integers`);
  else if (start < 0 || end > text.length || start > end) out.push(`${what}: range ${start}–${end} outside 0–${text.length} or reversed`);
  else if (splitsPair(text, start) || splitsPair(text, end)) out.push(`${what}: range ${start}–${end} splits a surrogate pair`);
}

export function violations(text: string, claims: readonly Claim[]): string[] {
  const out: string[] = [];
  claims.forEach((c, i) => {
    const what = `claim ${i} (${c.code})`;
    checkRange(text, what, c.start, c.end, out);
    if (c.text !== text.slice(c.start, c.end)) out.push(`${what}: text ${JSON.stringify(c.text)} is not the text at ${c.start}–${c.end}`);
    for (const [name, span] of [['speaker', c.speaker], ['source', c.source], ['cue', c.cue]] as const) {
      if (span) checkRange(text, `${what} ${name}`, span.start, span.end, out);
    }
    if (i > 0 && claims[i - 1].start > c.start) out.push(`${what}: starts at ${c.start}, before the claim ahead of it (${claims[i - 1].start})`);
    if (typeof c.message !== 'string' || c.message === '') out.push(`${what}: no message`);
  });
  return out;
}
