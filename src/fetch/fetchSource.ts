/**
 * Fetching one linked web page as a source, for the explicit *Fetch linked sources* command only:
 * http(s) addresses, a time limit, a size cap, at most a few redirects, an HTML or text answer, each
 * failure a sentence naming the address. The article text is extracted with @mozilla/readability
 * over linkedom (no browser, no scripts run). Node-side (global fetch), no vscode: tested against a
 * local server on 127.0.0.1, never the internet.
 */
import { Readability } from '@mozilla/readability';
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export interface FetchedSource {
  url: string;
  /** Where the page was found after redirects. */
  finalUrl: string;
  title: string;
  /** The article text, paragraphs separated by blank lines. */
  text: string;
  /** ISO 8601. */
  fetchedAt: string;
  /** SHA-256 of `text` (UTF-8), hex. */
  sha256: string;
}

export type FetchOutcome = { ok: true; source: FetchedSource } | { ok: false; url: string; problem: string };

const sizeText = (bytes: number): string => (bytes >= 1048576 ? `${Math.round(bytes / 1048576)} MB` : `${Math.round(bytes / 1024)} KB`);

const fail = (url: string, problem: string): FetchOutcome => ({ ok: false, url, problem: `${url}: ${problem}` });

/** Reads the body up to `maxBytes`; undefined when it is larger (the download is cancelled). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) out.set(c, at), (at += c.byteLength);
  return out;
}

/** The little of linkedom's DOM this module reads (the project compiles without the DOM library). */
interface PageElement {
  textContent: string | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
interface PageDocument {
  title: string;
  body: PageElement | null;
}

function parsePage(html: string): PageDocument {
  return (parseHTML(html) as unknown as { document: PageDocument }).document;
}

/** The readable text of a page: Readability's article, paragraphs kept apart; the whole body's text when it finds none. */
export function articleText(html: string, url: string): { title: string; text: string } {
  const article = new Readability(parsePage(html) as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  const fallback = parsePage(html);
  const title = article?.title?.trim() || fallback.title?.trim() || url;
  const container = article?.content ? parsePage(`<!doctype html><html><body>${article.content}</body></html>`).body : fallback.body;
  const blocks = [...(container?.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, pre') ?? [])].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
  const text = blocks.length > 0 ? blocks.join('\n\n') : (container?.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
  return { title, text };
}

export async function fetchSource(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS, now: () => Date = () => new Date()): Promise<FetchOutcome> {
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return fail(url, 'not a valid address');
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') return fail(url, `only http and https addresses are fetched, not ${current.protocol}`);
      const response = await fetch(current, { redirect: 'manual', signal: controller.signal, headers: { accept: 'text/html, text/plain;q=0.9' } });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (hop >= limits.maxRedirects) return fail(url, `more than ${limits.maxRedirects} redirects, so it was not followed further`);
        current = new URL(response.headers.get('location') ?? '', current);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return fail(url, `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (type !== '' && type !== 'text/html' && type !== 'application/xhtml+xml' && type !== 'text/plain') {
        await response.body?.cancel();
        return fail(url, `is ${type}, not a web page: save its text as a .txt file under sources/ instead`);
      }
      const body = await readCapped(response, limits.maxBytes);
      if (!body) return fail(url, `is larger than ${sizeText(limits.maxBytes)}, so it was not fetched`);
      const raw = new TextDecoder('utf-8').decode(body);
      const { title, text } = type === 'text/plain' ? { title: current.href, text: raw.trim() } : articleText(raw, current.href);
      if (text === '') return fail(url, 'has no readable text');
      return { ok: true, source: { url, finalUrl: current.href, title, text, fetchedAt: now().toISOString(), sha256: createHash('sha256').update(text, 'utf8').digest('hex') } };
    }
  } catch (error) {
    if (controller.signal.aborted) return fail(url, `no answer within ${Math.round(limits.timeoutMs / 1000)} s`);
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return fail(url, `could not be fetched (${cause ?? (error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}

/** `.factdesk/sources/<host>-<path>.txt`: a stable, readable file name for an address. */
export function archiveName(url: string): string {
  const u = new URL(url);
  const slug = `${u.hostname}${u.pathname}`.replace(/\/+$/, '').replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 120);
  return `${slug || 'page'}.txt`;
}

/** The archived file: a header with the address, fetch time and SHA-256 of the text, then the text. */
export function archiveText(source: FetchedSource): string {
  return [`URL: ${source.url}`, ...(source.finalUrl !== source.url ? [`Fetched from: ${source.finalUrl}`] : []), `Fetched: ${source.fetchedAt}`, `SHA-256: ${source.sha256}`, `Title: ${source.title}`, '', source.text, ''].join('\n');
}
