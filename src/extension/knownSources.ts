/**
 * Sources the user already knows for a name: the sources registry (`.factdesk/sources.json`,
 * `{"Reuters": "https://www.reuters.com"}`) and links written earlier in the same document. Pure.
 */
import { validateSourceUrl } from './sourceUrl';

export interface KnownSource {
  name: string;
  url: string;
  origin: 'registry' | 'document';
}

export type SourcesRegistry = Record<string, string>;

/** Parse the registry file; throws an Error naming the file when it is not a name → URL object. */
export function parseSourcesRegistry(text: string, where: string): SourcesRegistry {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where} is not valid JSON (${(error as Error).message}).`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${where} must be an object mapping source names to URLs.`);
  const registry: SourcesRegistry = {};
  for (const [name, url] of Object.entries(json)) {
    if (typeof url !== 'string' || validateSourceUrl(url) !== undefined) throw new Error(`${where}: the entry "${name}" is not an http(s) URL.`);
    registry[name] = url;
  }
  return registry;
}

const INLINE_LINK = /\[([^\]\n]{1,200})\]\(\s*<?(https?:\/\/[^\s)>]+)>?(?:\s+"[^"\n]*")?\s*\)/g;
const REFERENCE_USE = /\[([^\]\n]{1,200})\]\[([^\]\n]{0,200})\]/g;
const DEFINITION = /^ {0,3}\[([^\]\n^]{1,200})\]:[ \t]*<?(https?:\/\/[^\s>]+)>?/gm;

/** Links (text → URL) written in `text` before `before`: inline and reference links with http(s) URLs. */
export function documentLinks(text: string, before: number): { name: string; url: string }[] {
  const head = text.slice(0, before);
  const found: { name: string; url: string }[] = [];
  for (const m of head.matchAll(INLINE_LINK)) found.push({ name: m[1], url: m[2] });
  const definitions = new Map<string, string>();
  for (const m of text.matchAll(DEFINITION)) definitions.set(m[1].toLowerCase(), m[2]);
  for (const m of head.matchAll(REFERENCE_USE)) {
    const url = definitions.get((m[2] || m[1]).toLowerCase());
    if (url) found.push({ name: m[1], url });
  }
  return found;
}

function normalizeName(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .replace(/\s+(daily|newspaper|news agency|agency)$/i, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

function sameSource(a: string, b: string): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (!x || !y) return false;
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

/**
 * Known sources for any of `names` (outlet, source, speaker, link text): registry entries first,
 * then document links before `before`, without duplicate URLs.
 */
export function knownSourcesFor(names: readonly string[], registry: SourcesRegistry, text: string, before: number): KnownSource[] {
  const wanted = names.filter((n) => n.trim() !== '');
  const out: KnownSource[] = [];
  const seen = new Set<string>();
  const add = (source: KnownSource): void => {
    if (seen.has(source.url)) return;
    seen.add(source.url);
    out.push(source);
  };
  for (const [name, url] of Object.entries(registry)) if (wanted.some((w) => sameSource(w, name))) add({ name, url, origin: 'registry' });
  for (const link of documentLinks(text, before)) if (wanted.some((w) => sameSource(w, link.name))) add({ ...link, origin: 'document' });
  return out;
}

/** Does the paragraph (text between blank lines) around `offset` hold a source link (an http(s) URL, a reference or a footnote)? */
export function paragraphHasLink(text: string, offset: number): boolean {
  const blank = /\r?\n[ \t]*\r?\n/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(blank)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= offset) start = at + m[0].length;
    else if (at >= offset) {
      end = at;
      break;
    }
  }
  return /https?:\/\/[^\s)>\]]+|\]\[[^\]\n]*\]|\[\^[^\]\n]+\]/i.test(text.slice(start, end));
}
