/**
 * Benchmark documents, built at run time from ../shared/corpus (never copied into the repo): the
 * seed article, then polnear-dev texts, then polnear-test texts, paragraph by paragraph, until the
 * document has the wanted number of words. No paragraph repeats: the Analyzer caches per block, so
 * a repeated paragraph would be a cache hit and flatter the figure.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusDir } from '../scripts/corpusDir';

export const CORPUS_DIR = corpusDir();

function jsonlTexts(file: string): string[] {
  return readFileSync(resolve(CORPUS_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

let paragraphs: string[] | null = null;

function allParagraphs(): string[] {
  if (!paragraphs) {
    const texts = [readFileSync(resolve(CORPUS_DIR, 'seed-article.md'), 'utf8'), ...jsonlTexts('polnear-dev.jsonl'), ...jsonlTexts('polnear-test.jsonl')];
    const seen = new Set<string>();
    paragraphs = [];
    for (const text of texts) {
      for (const p of text.split(/\n\s*\n/)) {
        const trimmed = p.trim();
        if (trimmed === '' || seen.has(trimmed)) continue;
        seen.add(trimmed);
        paragraphs.push(trimmed);
      }
    }
  }
  return paragraphs;
}

/** A Markdown document of at least `words` words (stops at the first paragraph that reaches it). */
export function buildDocument(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (const p of allParagraphs()) {
    if (count >= words) break;
    out.push(p);
    count += countWords(p);
  }
  if (count < words) throw new Error(`the corpus has only ${count} words of unique paragraphs, ${words} were asked for`);
  return out.join('\n\n') + '\n';
}

/**
 * `count` drafts of about `words` words each, for the workspace check: each draft starts at a
 * different paragraph and runs through the corpus from there, so drafts differ from each other
 * (every draft is checked with a fresh engine, so sharing paragraphs across files flatters nothing).
 */
export function buildDrafts(count: number, words: number): string[] {
  const all = allParagraphs();
  const drafts: string[] = [];
  for (let i = 0; i < count; i++) {
    const out: string[] = [];
    let n = 0;
    for (let j = (i * 7) % all.length; n < words; j = (j + 1) % all.length) {
      out.push(all[j]);
      n += countWords(all[j]);
    }
    drafts.push(out.join('\n\n') + '\n');
  }
  return drafts;
}
