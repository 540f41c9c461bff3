/**
 * The hover card's lines about a quote's source match: where it matched (a link that opens the
 * source at the passage), who speaks it in a transcript, and for an altered quote the word diff
 * (`not ~~discussing~~ **talking about**`: struck words are the source's, bold ones the draft's) with
 * the source sentence. Pure, like hoverCard.ts; text from the draft and the sources is escaped.
 */
import type { Claim } from '../core/claims';
import { markdownDiff } from '../core/sources/matchText';
import { escapeMarkdown, excerpt } from '../core/text/markdownText';

/** Commands the match lines and the source code actions run; hover.ts trusts them with the card's. */
export const MATCH_COMMANDS = ['factdesk.useSourceWording', 'factdesk.openSourceAtMatch', 'factdesk.markVerifiedAgainstSource'] as const;
export type MatchCommand = (typeof MATCH_COMMANDS)[number];

const STATUS_WORDS = { verbatim: 'word for word', minor: 'same words, punctuation or case differ', altered: 'the words differ', 'not-found': 'not found' } as const;

/** `link(label, command)` makes a command link with the card's arguments (document, fingerprint). */
export function matchLines(claim: Claim, link: (label: string, command: MatchCommand) => string): string[] {
  const match = claim.match;
  if (!match) return [];
  const e = (s: string): string => escapeMarkdown(excerpt(s));
  if (match.status === 'not-found' || !match.file) return ['**In the sources:** not found in any of the draft\u2019s sources'];
  const where = link(`${match.file} line ${match.line}`, 'factdesk.openSourceAtMatch');
  const lines = [`**In the sources:** ${STATUS_WORDS[match.status]} — ${where}${match.speaker ? ` · said by ${e(match.speaker)}` : ''}`];
  if (match.diff.length > 0) lines.push(`**Source → quote:** ${markdownDiff(match.diff, (t) => escapeMarkdown(t))}`);
  if (match.status === 'altered' && match.context) lines.push(`**The source says:** \u201c${e(match.context)}\u201d`);
  if (match.fix) lines.push(link('Use the source\u2019s wording', 'factdesk.useSourceWording'));
  return lines;
}
