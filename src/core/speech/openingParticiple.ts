/**
 * A sentence that opens on a reporting participle: "Citing a leaked memo, Ruiz accused the board
 * of …", "Claiming the vote was rigged, the campaign asked for a recount". The subject of the main
 * clause, after the phrase's comma, is the source.
 */
import type { Attribution } from './attribution';
import { DETERMINERS } from './lexicon';
import { mentionAfter } from './mentions';
import { isCapitalized, type Token } from './tokens';

const OPENING_PARTICIPLES = new Set(['Citing', 'Claiming', 'Arguing', 'Insisting', 'Noting', 'Warning', 'Saying', 'Accusing', 'Describing', 'Calling', 'Bemoaning', 'Criticizing', 'Praising', 'Denying', 'Alleging', 'Stressing', 'Acknowledging']);
/** Tokens the participle's phrase may take before its comma. */
const MAX_PHRASE = 25;

/** The attribution of a participle at token `c` that opens its sentence, if the main clause names who speaks. */
export function openingParticiple(tokens: Token[], text: string, c: number): Attribution | null {
  if (!OPENING_PARTICIPLES.has(tokens[c].text) || (c > 0 && !/^[.!?"\u201C\u201D]$/.test(tokens[c - 1].text))) return null;
  for (let i = c + 1; i < tokens.length && i <= c + MAX_PHRASE; i++) {
    if (/^[.!?;:]$/.test(tokens[i].text)) return null;
    if (tokens[i].text !== ',') continue;
    // Past a closing mark the comma may stand inside: `Bemoaning the "phony system," Ruiz …`.
    const mention = mentionAfter(tokens, text, /^["\u201D]$/.test(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1);
    // A name or a pronoun; a described subject ("The board …") is not told from its verb here.
    if (!mention || mention.anonymous || !isCapitalized(tokens[mention.first]) || DETERMINERS.has(tokens[mention.first].lower)) return null;
    // The main clause's subject: its capitalized words (or a pronoun), then its lower-case verb.
    let last = mention.first;
    while (last < mention.last && isCapitalized(tokens[last + 1])) last++;
    const verb = tokens[last + 1];
    if (!verb?.word || isCapitalized(verb)) return null;
    const source = { ...mention, last, end: tokens[last].end, text: text.slice(mention.start, tokens[last].end) };
    return { cueStart: tokens[c].start, cueEnd: tokens[c].end, source, outlet: source.outlet, quoteOnly: false, inverted: false };
  }
  return null;
}
