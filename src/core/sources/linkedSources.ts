/**
 * Local files a draft links to (`[transcript](sources/ortiz.txt)`): each is a source for that draft.
 * Web addresses, in-page anchors and mail links are not files; a query or fragment is dropped. Paths
 * are returned as written (URL-decoded), relative to the draft's folder: the face resolves and vets
 * them (inside the workspace, a regular file).
 */
import { parseDocument } from '../document';
import { urlStatus } from '../refiners/links';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function linkedSourcePaths(text: string, languageId: string): string[] {
  if (languageId !== 'markdown') return [];
  const out = new Set<string>();
  for (const link of parseDocument(text, 'markdown').links) {
    const url = link.url.trim();
    if (url === '' || url.startsWith('#') || SCHEME.test(url) || url.startsWith('//')) continue;
    const bare = url.replace(/[?#].*$/, '');
    if (bare === '') continue;
    let decoded = bare;
    try {
      decoded = decodeURIComponent(bare);
    } catch {
      // A stray % in a path: keep it as written.
    }
    out.add(decoded);
  }
  return [...out];
}

/** Web pages a draft links to that *Fetch linked sources* may fetch: real http(s) addresses, placeholders left out. */
export function linkedWebAddresses(text: string, languageId: string): string[] {
  const out = new Set<string>();
  for (const link of parseDocument(text, languageId).links) {
    const url = link.url.trim();
    const status = urlStatus(url);
    if ((status === 'ok' || status === 'insecure') && /^https?:\/\//i.test(url)) out.add(url);
  }
  return [...out];
}
