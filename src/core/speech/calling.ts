/**
 * "Call" that is no speech: naming ("the program, called EB-5,"), convening ("called an emergency
 * meeting"), phoning ("called Ana Ruiz on Friday to thank her") and the noun ("taking calls").
 * "Called the plan "reckless"", "what he called a breach" and "called for a vote" stay cues.
 */
import type { Token } from './tokens';

/** What is called as it is convened: "called a meeting", "called a snap election". */
const CONVENED = new Set(['meeting', 'meetings', 'session', 'election', 'elections', 'vote', 'strike', 'halt', 'truce', 'ceasefire', 'conference', 'summit', 'hearing', 'hearings', 'recess', 'timeout', 'referendum', 'inquiry', 'press', 'news', 'emergency', 'special', 'snap', 'general']);
/** Words after a called person that say the call was a phone call: "called Ruiz on Friday to thank her". */
const AFTER_A_PHONE_CALL = new Set(['on', 'to', 'at', 'from', 'late', 'early', 'earlier', 'last', 'this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today']);
const ARTICLES = new Set(['a', 'an', 'the']);

/** Whether "called"/"calls" at token `c` names, convenes, phones or is a noun, rather than reporting speech. */
export function isCallWithoutSpeech(tokens: readonly Token[], c: number): boolean {
  const before = tokens[c - 1];
  const next = tokens[c + 1];
  if (!next) return false;
  // "The program, called EB-5, …": a participle that names, the name closed by a comma.
  if (before?.text === ',' && nameRunEnd(tokens, c + 1) > c + 1 && tokens[nameRunEnd(tokens, c + 1)]?.text === ',') return true;
  // "began taking calls", "the calls": the noun.
  if (before?.word && (/^[a-z]+ing$/.test(before.text) || ARTICLES.has(before.lower)) && tokens[c].lower === 'calls') return true;
  // "called an emergency meeting".
  if (next.word && ARTICLES.has(next.lower)) {
    for (let i = c + 2; i < tokens.length && i <= c + 4 && tokens[i].word; i++) if (CONVENED.has(tokens[i].lower)) return true;
    return false;
  }
  // "called Ana Ruiz on Friday to thank her".
  const i = nameRunEnd(tokens, c + 1);
  return i > c + 1 && tokens[i]?.word === true && AFTER_A_PHONE_CALL.has(tokens[i].lower);
}

/** The token after the one to four capitalized words from `start`. */
function nameRunEnd(tokens: readonly Token[], start: number): number {
  let i = start;
  while (i < tokens.length && i < start + 4 && tokens[i].word && /^\p{Lu}/u.test(tokens[i].text)) i++;
  return i;
}
