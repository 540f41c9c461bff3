/**
 * "Say" in idioms of the writer's own voice, which attribute nothing: "it goes without saying",
 * "having said that", "that said", "let's say", "needless to say", "suffice it to say".
 */
import type { Token } from './tokens';

const SAY = new Set(['say', 'said', 'saying']);

function lower(tokens: readonly Token[], i: number): string {
  return i >= 0 && i < tokens.length ? tokens[i].lower : '';
}

/** Whether the "say" at token `c` stands in one of these idioms. */
export function isSayingIdiom(tokens: readonly Token[], c: number): boolean {
  if (!SAY.has(tokens[c].lower)) return false;
  const before = lower(tokens, c - 1);
  const after = lower(tokens, c + 1);
  if (before === 'without' || (before === 'having' && after === 'that')) return true;
  if (before === 'that' && tokens[c - 2]?.word !== true && tokens[c + 1]?.text === ',') return true;
  if ((before === "let's" || before === 'let\u2019s') || (before === 'to' && (lower(tokens, c - 2) === 'needless' || lower(tokens, c - 2) === 'it'))) return true;
  return false;
}
