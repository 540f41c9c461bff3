/** Plain text and Markdown sources: paragraphs split by blank lines, speaker labels, timestamps blanked. */
import { Mask, mergeBreaks, paragraphBreaks, type SourceText } from '../masked';
import { findSpeakerLabels } from './speakerLabels';

/**
 * "[00:12:03]", "(01:02)", "00:12:03.500": transcript timestamps are not words anyone said. A bare
 * "10:30" is left alone: in prose it is a time someone may be quoted saying.
 */
const TIMESTAMP = /[[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]|\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?\b/g;

export function blankTimestamps(text: string, mask: Mask): void {
  for (let m = TIMESTAMP.exec(text); m; m = TIMESTAMP.exec(text)) mask.add(m.index, m.index + m[0].length);
}

export function extractPlainText(text: string): SourceText {
  const mask = new Mask();
  blankTimestamps(text, mask);
  const turns = findSpeakerLabels(mask.apply(text), mask);
  const masked = mask.apply(text);
  return { masked, breaks: mergeBreaks(paragraphBreaks(masked), turns.map((t) => t.start)), turns };
}
