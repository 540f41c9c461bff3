/**
 * Speed of quote matching against sources (PRODUCT.md section 5, issue 11), on text built at run time
 * from ../shared/corpus: indexing a 100,000-word source (a fresh text each run, so the content-hash
 * cache cannot help) and the same source again (the cache hit), matching one quote against 1,000,000
 * words of sources (the corpora's articles, repeated with a copy number until a million words: a
 * duplicate passage is the worst case for candidate search), and the keystroke re-check of a
 * 10,000-word draft whose quotes are matched against those million words.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDocument, CORPUS_DIR, countWords } from './corpus';
import { measure, type Summary } from './stats';
import { typeAt } from './typing';

interface SourceSetLike {
  match(quote: string): unknown;
  readonly size: number;
}

export interface SourcesEngine {
  Analyzer: new () => { run(text: string, options?: object): { claims: unknown[] } };
  SourceSet: { build(inputs: Array<{ path: string; text: string }>): { set: SourceSetLike; problems: string[] } };
}

export interface SourceRow {
  name: string;
  words: number;
  summary: Summary;
  targetMs: number | null;
}

function corpusTexts(): string[] {
  const files = ['polnear-dev.jsonl', 'polnear-test.jsonl', 'timebank.jsonl', 'aquaint.jsonl', 'te3-platinum.jsonl'];
  return files.flatMap((f) =>
    readFileSync(resolve(CORPUS_DIR, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
}

function millionWords(): Array<{ path: string; text: string }> {
  const texts = corpusTexts();
  const out: Array<{ path: string; text: string }> = [];
  let words = 0;
  for (let copy = 0; words < 1_000_000; copy++) {
    for (let i = 0; i < texts.length && words < 1_000_000; i++) {
      out.push({ path: `sources/copy${copy}/article${i}.txt`, text: texts[i] });
      words += countWords(texts[i]);
    }
  }
  return out;
}

/** Passages of 8 to 20 words from the articles, one word changed in each, so every quote is matched afresh. */
function quotes(texts: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const words = texts[(i * 7919) % texts.length].match(/\S+/g) ?? [];
    if (words.length < 40) continue;
    const from = (i * 104729) % (words.length - 30);
    const passage = words.slice(from, from + 8 + (i % 13));
    passage[3] = `changed${i}`;
    out.push(`"${passage.join(' ')}"`);
  }
  return out;
}

export function sourceRows(engine: SourcesEngine, runs: (n: number) => number): SourceRow[] {
  const rows: SourceRow[] = [];
  const source100k = buildDocument(100_000);
  const words100k = countWords(source100k);
  rows.push({
    name: 'index a 100,000-word source (new content)',
    words: words100k,
    summary: measure((text: string) => engine.SourceSet.build([{ path: 'sources/big.txt', text }]), (i) => `${source100k}\n\nrun ${i} ${Math.random()}`, { warmup: 2, runs: runs(15), budgetMs: 30000 }),
    targetMs: 100,
  });
  rows.push({
    name: '  the same source again (content-hash cache)',
    words: words100k,
    summary: measure((text: string) => engine.SourceSet.build([{ path: 'sources/big.txt', text }]), () => source100k, { warmup: 2, runs: runs(30), budgetMs: 10000 }),
    targetMs: null,
  });

  const inputs = millionWords();
  const total = inputs.reduce((n, s) => n + countWords(s.text), 0);
  const { set } = engine.SourceSet.build(inputs);
  const qs = quotes(inputs.map((s) => s.text), 2000);
  rows.push({
    name: 'match one quote against 1,000,000 words',
    words: total,
    summary: measure((q: string) => set.match(q), (i) => qs[(i + 100) % qs.length], { warmup: 20, runs: runs(400), budgetMs: 20000 }),
    targetMs: 2,
  });

  const draft = buildDocument(10_000);
  const analyzer = new engine.Analyzer();
  const options = { sources: set };
  const cursor = draft.indexOf('\n\n', draft.length >> 1) - 1;
  let current = draft;
  let at = cursor;
  analyzer.run(current, options);
  rows.push({
    name: 'keystroke re-check, 10,000 words, quotes against 1,000,000 words',
    words: countWords(draft),
    summary: measure(
      (t: string) => analyzer.run(t, options),
      (i) => {
        current = typeAt(current, at, 'and then it rained'[(i + 18) % 18]);
        at++;
        return current;
      },
      { warmup: 20, runs: runs(300), budgetMs: 20000 },
    ),
    targetMs: 3,
  });
  return rows;
}
