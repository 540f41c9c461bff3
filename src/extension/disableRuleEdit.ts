/**
 * *Ignore rule in this file*: an HTML comment `<!-- factdesk-disable <code> -->` at the top of a
 * Markdown draft, after any front matter (the core honours it). Pure.
 */
import type { RuleCode } from '../core/claims';
import { lineEnding, type TextEditSpec } from './textEdit';

const DISABLE_COMMENT = /<!--\s*factdesk-disable\s+([\s\S]*?)\s*-->/g;

/** Offset just after the front matter's closing `---` line, or 0 when there is none. */
export function afterFrontMatter(text: string): number {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const first = /^---[ \t]*(\r\n|\r|\n)/.exec(text.slice(bom));
  if (!first) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/m;
  const rest = text.slice(bom + first[0].length);
  const m = close.exec(rest);
  return m ? bom + first[0].length + (m.index ?? 0) + m[0].length : 0;
}

/** The edit that disables `code` for the whole file, or null when a comment already disables it. */
export function disableRuleEdit(text: string, code: RuleCode): TextEditSpec | null {
  for (const m of text.matchAll(DISABLE_COMMENT)) if (m[1].split(/[\s,]+/).includes(code)) return null;
  const at = afterFrontMatter(text);
  const eol = lineEnding(text);
  // Keep a blank line after the comment so it does not join the next paragraph.
  const needsBreak = at === text.length && at > 0 && !/[\r\n]$/.test(text);
  return { start: at, end: at, newText: `${needsBreak ? eol : ''}<!-- factdesk-disable ${code} -->${eol}${eol}` };
}
