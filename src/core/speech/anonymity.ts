/**
 * A newsroom's own word on which sources are anonymous: `anonymousPhrases` ("a person briefed
 * on", "sources in the ministry") make a source anonymous, `namedSources` ("the White House press
 * office") keep one from being flagged. Both are matched in the source's words, ignoring case and
 * spacing; when phrases of both lists match, the longer (more specific) one wins.
 */
import type { AnalyzeOptions } from '../options';

function normalize(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ').trim();
}

function longestMatch(phrases: readonly string[] | undefined, text: string): number {
  let longest = 0;
  for (const phrase of phrases ?? []) {
    const p = normalize(phrase);
    if (p !== '' && p.length > longest && text.includes(p)) longest = p.length;
  }
  return longest;
}

export type AnonymityOptions = Pick<AnalyzeOptions, 'anonymousPhrases' | 'namedSources'>;

/**
 * The newsroom's verdict on a source's words: true (anonymous), false (named), or null when
 * neither list speaks about it and the engine's own reading stands.
 */
export function newsroomAnonymity(sourceText: string, options: AnonymityOptions): boolean | null {
  if (!options.anonymousPhrases?.length && !options.namedSources?.length) return null;
  const text = normalize(sourceText);
  const anonymous = longestMatch(options.anonymousPhrases, text);
  const named = longestMatch(options.namedSources, text);
  if (anonymous === 0 && named === 0) return null;
  return anonymous > named;
}
