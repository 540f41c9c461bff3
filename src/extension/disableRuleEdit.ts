/**
 * *Ignore rule in this file*: an HTML comment `<!-- factdesk-disable <code> -->` at the top of a
 * Markdown draft, after any front matter. Where the front matter ends and whether a comment already
 * disables the rule are the engine's answers (core/parse), so the edit and the check agree.
 */
import { RULES, type RuleCode } from '../core/claims';
import { parseDocument } from '../core/document';
import { bodyStart } from '../core/parse/frontMatter';
import { lineEnding, type TextEditSpec } from './textEdit';

/** The edit that disables `code` for the whole file, or null when a comment already disables it (by code, kind or `all`). */
export function disableRuleEdit(text: string, code: RuleCode): TextEditSpec | null {
  const doc = parseDocument(text, 'markdown');
  return doc.suppressions.coversDraft(code, RULES[code].kind) ? null : commentAt(text, code, doc.bodyStart);
}

/**
 * The same edit for a rule a claim of the draft shows is not disabled for the whole file (the
 * engine drops such claims): the lightbulb asks on every cursor move, so no full parse here.
 */
export function disableRuleForClaimEdit(text: string, code: RuleCode): TextEditSpec {
  return commentAt(text, code, bodyStart(text));
}

function commentAt(text: string, code: RuleCode, at: number): TextEditSpec {
  const eol = lineEnding(text);
  // Keep a blank line after the comment so it does not join the next paragraph.
  const needsBreak = at === text.length && at > 0 && !/[\r\n]$/.test(text);
  return { start: at, end: at, newText: `${needsBreak ? eol : ''}<!-- factdesk-disable ${code} -->${eol}${eol}` };
}
