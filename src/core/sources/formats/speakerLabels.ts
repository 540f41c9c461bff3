/**
 * Speaker labels at the start of a transcript line: `KOZHIN: …`, `Q: …`, `**A:** …`, and a name in
 * title case (`Vladimir Kozhin: …`) when the same label opens at least two lines, so a prose line such
 * as "Update: the ministry…" is not mistaken for a turn. Labels are blanked: they are not the speech.
 */
import type { Mask, Turn } from '../masked';

const LABEL = /^([ \t]*(?:\*\*|__)?)([\p{Lu}][\p{L}\p{M}.'’ -]{0,40}?)[ \t]*(?:\*\*|__)?:(?:\*\*|__)?(?=[ \t]+\S)/u;

function isUpperLabel(label: string): boolean {
  return !/\p{Ll}/u.test(label) && label.split(/\s+/).length <= 5;
}

function isNameLabel(label: string): boolean {
  const parts = label.trim().split(/\s+/);
  return parts.length <= 4 && parts.every((p) => /^[\p{Lu}][\p{L}\p{M}.'’-]*$/u.test(p));
}

/** Finds labelled turns in `masked` (line by line, linear) and adds the labels to `mask`. */
export function findSpeakerLabels(masked: string, mask: Mask): Turn[] {
  const found: Array<{ turn: Turn; labelStart: number; labelEnd: number; upper: boolean }> = [];
  const counts = new Map<string, number>();
  let lineStart = 0;
  while (lineStart <= masked.length) {
    let lineEnd = masked.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = masked.length;
    // A label is short: only the head of a line is read, so a long line costs nothing extra.
    const m = LABEL.exec(masked.slice(lineStart, Math.min(lineEnd, lineStart + 64)));
    if (m) {
      const label = m[2].trim();
      const upper = isUpperLabel(label);
      if (upper || isNameLabel(label)) {
        counts.set(label, (counts.get(label) ?? 0) + 1);
        const labelStart = lineStart + m[1].length;
        found.push({ turn: { start: labelStart, speaker: label }, labelStart, labelEnd: lineStart + m[0].length, upper });
      }
    }
    lineStart = lineEnd + 1;
  }
  const turns: Turn[] = [];
  for (const f of found) {
    if (!f.upper && (counts.get(f.turn.speaker) ?? 0) < 2) continue;
    mask.add(f.labelStart, f.labelEnd);
    turns.push(f.turn);
  }
  return turns;
}
