/** Inline Markdown on one line of prose: what is markup is blanked, what is a link is recorded. */
import { autolinkAt, bareUrlAt, matchLink, type DocumentLink } from './links';
import type { Mask } from './mask';

/** Where inline markup can begin; any other character is prose and is left as it is. */
const MARKUP_START = /[\\`<!\[*_~]|https?:\/\/|www\./gi;

/**
 * Blank inline markup on one line of prose and record its links. Handles code spans, HTML comments
 * and tags, images, inline/reference links, autolinks, bare URLs, footnote marks and emphasis.
 */
export function maskInline(text: string, from: number, to: number, mask: Mask, links: DocumentLink[]): void {
  // Prose between markup is stepped over in one regex search, not character by character: this
  // runs over every line of the draft on every keystroke.
  const line = text.slice(from, to);
  let i = from;
  while (i < to) {
    MARKUP_START.lastIndex = i - from;
    const next = MARKUP_START.exec(line);
    if (!next) return;
    i = from + next.index;
    if (mask.isBlanked(i)) {
      // Inside an HTML comment on this line: `Text <!-- [x](#) --> more` has no link.
      i++;
      continue;
    }
    const c = text.charCodeAt(i);
    // Backslash escape: the escaped character is literal prose.
    if (c === 92 /* \ */ && i + 1 < to && /[!-/:-@[-`{-~]/.test(text[i + 1])) {
      mask.blank(i, i + 1);
      i += 2;
      continue;
    }
    if (c === 96 /* ` */) {
      let run = 1;
      while (text.charCodeAt(i + run) === 96) run++;
      const fence = '`'.repeat(run);
      // Searched within the line only: an unclosed span must not scan the rest of the document.
      const within = text.slice(i + run, to).indexOf(fence);
      const close = within === -1 ? -1 : i + run + within;
      if (close !== -1) {
        mask.blank(i, close + run);
        i = close + run;
        continue;
      }
      // An unmatched run is literal text (CommonMark), e.g. a wire-style ``quote'' opener.
      i += run;
      continue;
    }
    if (c === 60 /* < */) {
      const rest = text.slice(i, Math.min(to, i + 2048));
      const auto = autolinkAt(rest, i);
      if (auto) {
        links.push(auto);
        mask.blank(auto.start, auto.end);
        i = auto.end;
        continue;
      }
      const tag = /^<\/?[A-Za-z][\w-]*(?:\s[^<>]{0,500})?\/?>/.exec(rest);
      if (tag) {
        mask.blank(i, i + tag[0].length);
        i += tag[0].length;
        continue;
      }
    }
    if (c === 33 /* ! */ && text.charCodeAt(i + 1) === 91) {
      const image = matchLink(text, i + 1, to);
      if (image) {
        mask.blank(i, image.end);
        i = image.end;
        continue;
      }
    }
    if (c === 91 /* [ */) {
      if (text.charCodeAt(i + 1) === 94 /* ^ */) {
        const within = text.slice(i, Math.min(to, i + 100)).indexOf(']');
        const close = within === -1 ? -1 : i + within;
        if (close !== -1) {
          mask.blank(i, close + 1);
          i = close + 1;
          continue;
        }
      }
      const link = matchLink(text, i, to);
      if (link) {
        links.push(link);
        mask.blank(link.start, link.textStart);
        // Link text can itself hold code spans or emphasis.
        maskInline(text, link.textStart, link.textEnd, mask, []);
        mask.blank(link.textEnd, link.end);
        i = link.end;
        continue;
      }
    }
    if ((c === 104 /* h */ || c === 119 /* w */) && (i === from || /[\s(]/.test(text[i - 1]))) {
      const bare = bareUrlAt(text, i, to);
      if (bare) {
        links.push(bare);
        mask.blank(bare.start, bare.end);
        i = bare.end;
        continue;
      }
    }
    if (c === 42 /* * */) {
      mask.blank(i, i + 1);
    } else if (c === 95 /* _ */) {
      // Underscore emphasis only at word edges: snake_case and URLs keep theirs.
      const before = i > from ? text[i - 1] : ' ';
      const after = i + 1 < to ? text[i + 1] : ' ';
      if (!/[A-Za-z0-9]/.test(before) || !/[A-Za-z0-9]/.test(after)) mask.blank(i, i + 1);
    } else if (c === 126 /* ~ */ && text.charCodeAt(i + 1) === 126) {
      mask.blank(i, i + 2);
      i += 2;
      continue;
    }
    i++;
  }
}
