/**
 * Reporting-verb frames: what follows a verb that makes it an attribution cue ("expressed concern
 * that", "pointed out", "plans to", "warned:"). The runtime and the development-time generator of
 * src/core/generated/cueFrames.ts label a verb's frame with this one function, so the table the
 * generator measured is the table the engine reads.
 */
import type { Token } from './tokens';

export type Frame = 'that' | 'to' | 'colon' | 'quote' | 'comma' | 'end' | 'pronoun' | 'det' | 'name' | 'word' | Particle;

/** Particles and prepositions that make a frame of their own ("pointed out", "called for", "spoke of"). */
const PARTICLES = ['out', 'for', 'on', 'about', 'of', 'up', 'with', 'against', 'in', 'as', 'by', 'into', 'from', 'over'] as const;
type Particle = (typeof PARTICLES)[number];
const PARTICLE_SET = new Set<string>(PARTICLES);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this']);
const FRAME_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'no', 'any', 'that', 'these', 'those', 'every', 'all']);
const OPENING_QUOTES = new Set(['"', '\u201C', '\u201E', '\u00AB', '`']);

/** Adverbs that may sit between a verb and its frame ("said repeatedly that", "pointed out again"). */
const FRAME_ADVERBS = new Set(['also', 'again', 'repeatedly', 'publicly', 'privately', 'explicitly', 'specifically', 'firmly', 'strongly', 'flatly', 'later', 'recently', 'previously', 'once', 'often', 'not']);

/** The frame of the verb at token `verb`: what its next tokens are. */
export function frameAfter(tokens: readonly Token[], verb: number): Frame {
  let i = verb + 1;
  while (i < tokens.length && tokens[i].word && FRAME_ADVERBS.has(tokens[i].lower) && i < verb + 3) i++;
  const next = tokens[i];
  if (!next) return 'end';
  if (!next.word) {
    if (next.text === ':') return 'colon';
    if (next.text === ',') return 'comma';
    if (OPENING_QUOTES.has(next.text)) return 'quote';
    return /[.!?;)\u2014\u2013-]/.test(next.text) ? 'end' : 'word';
  }
  const w = next.lower;
  if (w === 'that') {
    // "said that the", "said that he": a complement clause; "backed that plan": a determiner.
    const after = tokens[i + 1];
    return after && after.word && (SUBJECT_PRONOUNS.has(after.lower) || FRAME_DETERMINERS.has(after.lower) || /^\p{Lu}/u.test(after.text)) ? 'that' : 'det';
  }
  if (w === 'to') return 'to';
  if (PARTICLE_SET.has(w)) return w as Particle;
  if (SUBJECT_PRONOUNS.has(w)) return 'pronoun';
  if (FRAME_DETERMINERS.has(w)) return 'det';
  if (/^\p{Lu}/u.test(next.text)) return 'name';
  return 'word';
}
