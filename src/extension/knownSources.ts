/**
 * Sources the user already knows for a name: the sources registry (`.factdesk/sources.json`,
 * `{"Reuters": "https://www.reuters.com"}`) and links written earlier in the same document, as the
 * engine found them (Analysis.links: this module parses no Markdown). Pure.
 */
import { parseJsonText } from '../core/jsonText';
import type { SourceLink } from '../core/paragraphLinks';
import { validateSourceUrl } from './sourceUrl';

export interface KnownSource {
  name: string;
  url: string;
  origin: 'registry' | 'document';
}

export type SourcesRegistry = Record<string, string>;

/** Parse the registry file; throws an Error naming the file when it is not a name → URL object. */
export function parseSourcesRegistry(text: string, where: string): SourcesRegistry {
  const parsed = parseJsonText(text);
  if ('error' in parsed) throw new Error(`${where} is ${parsed.error}.`);
  const json = parsed.value;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${where} must be an object mapping source names to URLs.`);
  const registry: SourcesRegistry = {};
  for (const [name, url] of Object.entries(json)) {
    if (typeof url !== 'string' || validateSourceUrl(url) !== undefined) throw new Error(`${where}: the entry "${name}" is not an http(s) URL.`);
    registry[name] = url;
  }
  return registry;
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
 * then the document's source links that end before `before`, without duplicate URLs.
 */
export function knownSourcesFor(names: readonly string[], registry: SourcesRegistry, links: readonly SourceLink[], before: number): KnownSource[] {
  const wanted = names.filter((n) => n.trim() !== '');
  const out: KnownSource[] = [];
  const seen = new Set<string>();
  const add = (source: KnownSource): void => {
    if (seen.has(source.url)) return;
    seen.add(source.url);
    out.push(source);
  };
  for (const [name, url] of Object.entries(registry)) if (wanted.some((w) => sameSource(w, name))) add({ name, url, origin: 'registry' });
  for (const link of links) {
    if (link.end <= before && wanted.some((w) => sameSource(w, link.text))) add({ name: link.text, url: link.url, origin: 'document' });
  }
  return out;
}
