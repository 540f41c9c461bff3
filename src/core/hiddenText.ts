/**
 * An unclosed code fence or HTML comment hides everything after it from the check: a draft that
 * opens one near the top gives 0 claims and looks clean. The document model already treats the
 * rest as markup; this finds the opener behind the last prose block and, when it is never closed
 * and hides most of the draft, says so in a notice.
 */
import type { DocumentModel } from './document';
import { LineIndex } from './lineIndex';

/** Notice only when the hidden part is most of the draft: a closing code sample is normal. */
const HIDDEN_SHARE = 0.5;
const OPENER = /^ {0,3}(`{3,}|~{3,})|<!--/gm;

function visibleLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** Where the opener at `match` is closed (after the closer), or -1 when it never is. */
function closeOf(text: string, match: RegExpExecArray): number {
  const from = match.index + match[0].length;
  if (match[0] === '<!--') {
    const end = text.indexOf('-->', from);
    return end === -1 ? -1 : end + 3;
  }
  const fence = match[1];
  const closer = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t\\r]*$`, 'gm');
  closer.lastIndex = text.indexOf('\n', from) === -1 ? text.length : text.indexOf('\n', from);
  const closed = closer.exec(text);
  return closed ? closed.index + closed[0].length : -1;
}

export function hiddenTextNotices(doc: DocumentModel): string[] {
  const { text, blocks } = doc;
  const lastProse = blocks.length > 0 ? blocks[blocks.length - 1].end : 0;
  OPENER.lastIndex = lastProse;
  for (let m = OPENER.exec(text); m; m = OPENER.exec(text)) {
    const close = closeOf(text, m);
    if (close !== -1) {
      OPENER.lastIndex = close;
      continue;
    }
    const hidden = visibleLength(text.slice(m.index));
    if (hidden <= visibleLength(text) * HIDDEN_SHARE) return [];
    const line = new LineIndex(text).positionAt(m.index).line + 1;
    const what = m[0] === '<!--' ? 'HTML comment (<!--)' : `code fence (${m[1]})`;
    return [`An unclosed ${what} at line ${line} hides the rest of the draft from the check; close it or remove it.`];
  }
  return [];
}
