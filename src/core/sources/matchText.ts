/** A match as text: the word diff for messages (plain) and hover cards (Markdown), a one-line summary for reports. */
import type { DiffPart, SourceMatch } from './types';

/** "not [-discussing-] {+talking about+}": readable in the Problems panel and in plain-text reports. */
export function plainDiff(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.type === 'same' ? p.text : p.type === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`)).join(' ');
}

/** "not ~~discussing~~ **talking about**", each run escaped by `escape`. */
export function markdownDiff(parts: readonly DiffPart[], escape: (text: string) => string): string {
  return parts.map((p) => (p.type === 'same' ? escape(p.text) : p.type === 'removed' ? `~~${escape(p.text)}~~` : `**${escape(p.text)}**`)).join(' ');
}

/** "altered · sources/ortiz.txt line 12 · ORTIZ", "not found in the sources": for report columns. */
export function matchSummary(match: SourceMatch): string {
  if (match.status === 'not-found' || match.file === null) return 'not found in the sources';
  return [match.status, `${match.file} line ${match.line}`, ...(match.speaker ? [match.speaker] : [])].join(' · ');
}
