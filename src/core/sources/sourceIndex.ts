/**
 * One source file, indexed for matching: its words (offsets into the file), the passage and speaker
 * of each word, and an inverted index from a word's normal form to where it occurs, so the passages
 * a quote may come from are found by looking up its rarest words, never by scanning the source.
 * Indexes are cached by content hash and format: a file read again unchanged costs one hash.
 */
import { contentHash } from './contentHash';
import { words, type Word } from './normalize';
import { extractSource, sourceFormat, type SourceText } from './sourceText';

export interface IndexedText {
  readonly text: string;
  readonly masked: string;
  readonly words: readonly Word[];
  /** Passage number of each word: an ellipsis may skip words only within one passage. */
  readonly passage: Int32Array;
  /** Speaker label of each word's turn, or null outside any turn. */
  readonly speakers: ReadonlyArray<string | null>;
  /** Word normal form → ascending word indexes. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  readonly hash: string;
}

/** A source as a set holds it: the name the face gave it and its index. */
export interface SourceFile {
  path: string;
  index: IndexedText;
}

function speakersOf(source: SourceText, list: readonly Word[]): Array<string | null> {
  const out: Array<string | null> = new Array<string | null>(list.length).fill(null);
  let t = -1;
  for (let w = 0; w < list.length; w++) {
    while (t + 1 < source.turns.length && source.turns[t + 1].start <= list[w].start) t++;
    out[w] = t === -1 ? null : source.turns[t].speaker;
  }
  return out;
}

function passagesOf(source: SourceText, list: readonly Word[]): Int32Array {
  const out = new Int32Array(list.length);
  let b = 0;
  for (let w = 0; w < list.length; w++) {
    while (b < source.breaks.length && source.breaks[b] <= list[w].start) b++;
    out[w] = b;
  }
  return out;
}

export function indexText(path: string, text: string): IndexedText {
  const source = extractSource(path, text);
  const list = words(source.masked);
  const postings = new Map<string, number[]>();
  for (let w = 0; w < list.length; w++) {
    const at = postings.get(list[w].norm);
    if (at) at.push(w);
    else postings.set(list[w].norm, [w]);
  }
  return { text, masked: source.masked, words: list, passage: passagesOf(source, list), speakers: speakersOf(source, list), postings, hash: contentHash(text) };
}

/** Most recently used indexes, bounded: a desk's sources folder, not every version of every file. */
const CACHE_LIMIT = 256;
const cache = new Map<string, IndexedText>();

/** The index of a source's text, from the cache when the same text in the same format was indexed before. */
export function cachedIndex(path: string, text: string): IndexedText {
  const key = `${sourceFormat(path)}\u0000${contentHash(text)}`;
  const hit = cache.get(key);
  if (hit && hit.text === text) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const indexed = indexText(path, text);
  cache.set(key, indexed);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return indexed;
}
