/**
 * Saved web pages: tags, comments and the content of script, style, head, nav, header, footer, aside,
 * noscript and template elements are blanked; a block-level tag starts a passage. Entities stay in
 * the text (offsets are the file's) and are decoded when words are compared.
 */
import { Mask, mergeBreaks, paragraphBreaks, type SourceText } from '../masked';
import { findSpeakerLabels } from './speakerLabels';

const HIDDEN = new Set(['script', 'style', 'head', 'nav', 'header', 'footer', 'aside', 'noscript', 'template', 'svg']);
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'tr', 'td', 'th', 'dd', 'dt', 'pre', 'hr', 'figcaption', 'main']);
/**
 * A comment's start, a tag, a declaration. `[^<>]*` stops at the next `<`, so a stray `<` costs only
 * the text up to the next one (no rescans to the end of the file); a comment's end is found by indexOf.
 */
const MARKUP = /<!--|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>|<![^<>]*>|<\?[^<>]*>/g;

export function extractHtml(text: string): SourceText {
  const mask = new Mask();
  const blocks: number[] = [];
  let hiddenFrom = -1;
  let hiddenTag = '';
  for (let m = MARKUP.exec(text); m; m = MARKUP.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (m[0] === '<!--') {
      const close = text.indexOf('-->', end);
      end = close === -1 ? text.length : close + 3;
      MARKUP.lastIndex = end;
      if (hiddenFrom === -1) mask.add(start, end);
      continue;
    }
    const closing = m[1] === '/';
    const tag = (m[2] ?? '').toLowerCase();
    if (hiddenFrom !== -1) {
      if (closing && tag === hiddenTag) {
        mask.add(hiddenFrom, end);
        hiddenFrom = -1;
      }
      continue;
    }
    mask.add(start, end);
    if (!closing && HIDDEN.has(tag) && !m[0].endsWith('/>')) {
      hiddenFrom = start;
      hiddenTag = tag;
    } else if (BLOCK.has(tag)) blocks.push(end);
  }
  if (hiddenFrom !== -1) mask.add(hiddenFrom, text.length);
  const turns = findSpeakerLabels(mask.apply(text), mask);
  const masked = mask.apply(text);
  return { masked, breaks: mergeBreaks(mergeBreaks(paragraphBreaks(masked), blocks), turns.map((t) => t.start)), turns };
}
