/**
 * npm run snapshot -- <out-dir> [corpus-dir]
 *
 * Writes every claim the engine finds on every document of the evaluation corpora, one claim per
 * line, so two runs (before and after a refactor) can be compared with `diff -r`. Each corpus is
 * checked as `npm run eval` checks it (plain text, `dct` as dateline) and once more as Markdown,
 * which exercises the Markdown masking, links and blocks. The corpora stay outside the repository:
 * the directory is the second argument, else scripts/corpusDir.ts finds it.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { corpusDir } from './corpusDir';
import { check, type AnalyzeOptions } from '../src/core';

interface CorpusDoc {
  id: string;
  text: string;
  dct: string | null;
}

function readDocs(file: string): CorpusDoc[] {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.jsonl')) return [{ id: basename(file), text, dct: null }];
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusDoc);
}

function snapshot(docs: CorpusDoc[], languageId: string): string {
  const lines: string[] = [];
  for (const doc of docs) {
    const options: AnalyzeOptions = { languageId, dateline: doc.dct };
    const { claims } = check(doc.text, options);
    for (const claim of claims) lines.push(JSON.stringify({ doc: doc.id, ...claim }));
  }
  return lines.join('\n') + '\n';
}

function main(): void {
  const [out, corpusArg] = process.argv.slice(2);
  if (!out) {
    process.stderr.write('usage: npm run snapshot -- <out-dir> [corpus-dir]\n');
    process.exit(2);
  }
  const corpus = corpusArg ? resolve(corpusArg) : corpusDir();
  mkdirSync(out, { recursive: true });
  const files = readdirSync(corpus).filter((f) => f.endsWith('.jsonl') || (f.endsWith('.md') && f !== 'README.md'));
  for (const file of files.sort()) {
    const docs = readDocs(join(corpus, file));
    for (const languageId of ['plaintext', 'markdown']) {
      const target = join(out, `${file}.${languageId}.jsonl`);
      writeFileSync(target, snapshot(docs, languageId));
      process.stdout.write(`${target}\n`);
    }
  }
}

main();
