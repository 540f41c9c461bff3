/** Plain text and Markdown sources: paragraphs split by blank lines, speaker labels, timestamps blanked. */
import { blank, mergeBreaks, paragraphBreaks, type SourceText } from '../sourceText';
import { findSpeakerLabels } from './speakerLabels';

/**
 * "[00:12:03]", "(01:02)", "00:12:03.500": transcript timestamps are not words anyone said. A bare
 * "10:30" is left alone: in prose it is a time someone may be quoted saying.
 */
const TIMESTAMP = /[[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]|\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?\b/g;

export function blankTimestamps(text: string, chars: string[]): void {
  for (let m = TIMESTAMP.exec(text); m; m = TIMESTAMP.exec(text)) blank(chars, m.index, m.index + m[0].length);
}

export function extractPlainText(text: string): SourceText {
  const chars = text.split('');
  blankTimestamps(text, chars);
  const turns = findSpeakerLabels(chars.join(''), chars);
  const masked = chars.join('');
  return { masked, breaks: mergeBreaks(paragraphBreaks(masked), turns.map((t) => t.start)), turns };
}
