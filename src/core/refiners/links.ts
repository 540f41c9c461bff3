/**
 * Link claims from the document's links (inline, reference, definition, autolink, bare):
 * - `link-placeholder`: the URL is `#`, empty, TODO/TBD/XXX, `url`, `link`, an example.com/org/net
 *   address or a bare scheme, or a reference has no definition;
 * - `link-insecure`: an http:// address, or a scheme that is not http(s) at all (javascript:,
 *   file:, ftp:, data:…). mailto: and tel: are contact links, not sources, and are left alone;
 * - a good https link makes no claim; `isSourceLink` lets the source-missing pass count it.
 * The range is the whole link as written (`[Reuters](#)`, not just `Reuters`), so a code action can
 * replace the link in one edit. A definition used by a reference is not flagged: its reference
 * is, once per use, so the editor sees the problem where the link is read.
 */
import type { DocumentLink } from '../document';
import type { ClaimDraft } from '../draft';
import type { DocumentPass } from '../scan';

/**
 * `ok`: https (or a bare www. address); `other`: mailto:, tel:, a relative path or an in-page
 * fragment — neither a source nor a problem; `undefined-reference`: `[text][label]` with no `[label]:`.
 */
export type LinkStatus = 'ok' | 'insecure' | 'placeholder' | 'undefined-reference' | 'not-http' | 'other';

const PLACEHOLDER_WORDS = /^(?:#|todo|tbd|xxx|url|link|https?:\/*)$/i;
const EXAMPLE_DOMAIN = /^(?:https?:\/\/|\/\/)?(?:[\w-]+\.)*example\.(?:com|org|net)(?:[:/?#]|$)/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** What a link is worth as a source. `resolved` is false for a reference whose label has no definition. */
export function linkStatus(link: DocumentLink, resolved = true): LinkStatus {
  return resolved ? urlStatus(link.url) : 'undefined-reference';
}

/** What a URL is worth as a source. */
export function urlStatus(written: string): LinkStatus {
  const url = written.trim();
  if (url === '' || PLACEHOLDER_WORDS.test(url) || EXAMPLE_DOMAIN.test(url)) return 'placeholder';
  if (/^www\./i.test(url)) return 'ok';
  const scheme = SCHEME.exec(url)?.[1].toLowerCase();
  if (scheme === 'https') return 'ok';
  if (scheme === 'http') return 'insecure';
  if (scheme === 'mailto' || scheme === 'tel') return 'other';
  if (scheme !== undefined) return 'not-http';
  // Relative paths and fragments ("/news/a", "#section") point inside the site: not a source, not a placeholder.
  return 'other';
}

/** Labels that some definition resolves. */
function definedLabels(links: readonly DocumentLink[]): Set<string> {
  const labels = new Set<string>();
  for (const l of links) if (l.form === 'definition' && l.label) labels.add(l.label);
  return labels;
}

/** Labels that some reference uses. */
function usedLabels(links: readonly DocumentLink[]): Set<string> {
  const labels = new Set<string>();
  for (const l of links) if (l.form === 'reference' && l.label) labels.add(l.label);
  return labels;
}

/** Status of every link that is read in the text (definitions used by a reference are skipped: the reference speaks for them). */
export function classifyLinks(links: readonly DocumentLink[]): { link: DocumentLink; status: LinkStatus }[] {
  const defined = definedLabels(links);
  const used = usedLabels(links);
  const out: { link: DocumentLink; status: LinkStatus }[] = [];
  for (const link of links) {
    if (link.form === 'footnote') continue;
    if (link.form === 'definition' && link.label && used.has(link.label)) continue;
    const resolved = link.form !== 'reference' || (link.label !== undefined && defined.has(link.label));
    out.push({ link, status: linkStatus(link, resolved) });
  }
  return out;
}

/** True when the link can stand as a source for a claim: a real http(s) address, not a placeholder. */
export function isSourceLink(status: LinkStatus): boolean {
  return status === 'ok' || status === 'insecure';
}

function linkDraft(link: DocumentLink, status: LinkStatus): ClaimDraft | null {
  const base = { start: link.start, end: link.end, url: link.url };
  const shown = link.url.trim() === '' ? 'an empty URL' : `"${link.url}"`;
  switch (status) {
    case 'undefined-reference':
      return { ...base, code: 'link-placeholder', message: `Reference link [${link.label ?? ''}] has no definition: add the source URL` };
    case 'placeholder':
      return { ...base, code: 'link-placeholder', message: `Placeholder link (${shown}): replace it with the source URL` };
    case 'insecure':
      return { ...base, code: 'link-insecure', message: `Insecure link ${shown}: use the https:// address of the source` };
    case 'not-http':
      return { ...base, code: 'link-insecure', message: `Link ${shown} is not an http(s) link: a reader cannot open it as a source` };
    default:
      return null;
  }
}

export const linkClaims: DocumentPass = (drafts, doc) => {
  const found: ClaimDraft[] = [];
  for (const { link, status } of classifyLinks(doc.links)) {
    const draft = linkDraft(link, status);
    if (draft) found.push(draft);
  }
  return found.length ? drafts.concat(found) : drafts;
};
