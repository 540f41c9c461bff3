/**
 * npm run eval:sources [-- --json] [-- --per-edit N]
 *
 * The source-matching benchmark, built at run time from ../shared/corpus (or FACTDESK_CORPUS): the
 * PolNeAR articles (dev and test, 144 of 168) are the sources; quotes are passages taken from them under
 * controlled edits — faithful (verbatim, case and quote marks, punctuation, an ellipsis, [brackets],
 * a bracketed first capital), altered (a word substituted, dropped, two swapped, a number changed, a
 * negation added or dropped) — and invented quotes are passages of the 24 held-out PolNeAR articles
 * and of TempEval-3 newswire. Every quote is matched by the shipped engine, in a sentence of its own, with the whole
 * source set. Nothing from the corpus is written anywhere.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusDir } from './corpusDir';
import { SourceSet } from '../src/core/sources/sourceSet';
import type { SourceMatch } from '../src/core/sources/types';
import { ALTERED, FAITHFUL, type Edit } from './eval-sources/edits';

interface Doc {
  id: string;
  text: string;
}

interface Passage {
  file: string;
  /** 1-based line of the passage's first word. */
  line: number;
  words: string[];
}

interface Case {
  kind: 'faithful' | 'altered' | 'invented';
  edit: string;
  quote: string;
  truth: Passage | null;
}

function readDocs(name: string): Doc[] {
  return readFileSync(resolve(corpusDir(), name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Doc);
}

/** Seeded, so every run builds the same benchmark (mulberry32). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A run of 6 to 20 whole words inside one paragraph of a random document (as a partial quote takes them). */
function passage(docs: readonly Doc[], rng: () => number): Passage | null {
  const doc = docs[Math.floor(rng() * docs.length)];
  const paragraphs = [...doc.text.matchAll(/[^\n]+/g)].filter((m) => (m[0].match(/\S+/g) ?? []).length >= 8);
  if (paragraphs.length === 0) return null;
  const p = paragraphs[Math.floor(rng() * paragraphs.length)];
  const words = [...p[0].matchAll(/\S+/g)];
  const length = Math.min(words.length, 6 + Math.floor(rng() * 15));
  const from = Math.floor(rng() * (words.length - length + 1));
  const chosen = words.slice(from, from + length);
  // Quote marks of the article would close the benchmark quote early: keep passages without them.
  if (chosen.some((w) => /["“”]/.test(w[0]))) return null;
  const offset = p.index! + chosen[0].index!;
  return { file: `polnear/${doc.id}.txt`, line: doc.text.slice(0, offset).split('\n').length, words: chosen.map((w) => w[0]) };
}

function cases(sources: readonly Doc[], outside: readonly Doc[], perEdit: number): Case[] {
  const rng = generator(20261201);
  const out: Case[] = [];
  const fill = (kind: Case['kind'], edit: Edit | null, docs: readonly Doc[]): void => {
    let made = 0;
    for (let tries = 0; made < perEdit && tries < perEdit * 50; tries++) {
      const p = passage(docs, rng);
      if (!p) continue;
      const quote = edit ? edit.apply(p.words, rng) : p.words.join(' ');
      if (quote === null || (edit && !edit.faithful && quote === p.words.join(' '))) continue;
      out.push({ kind, edit: edit?.name ?? 'invented', quote, truth: kind === 'invented' ? null : p });
      made++;
    }
  };
  for (const edit of FAITHFUL) fill('faithful', edit, sources);
  for (const edit of ALTERED) fill('altered', edit, sources);
  fill('invented', null, outside);
  return out;
}

const norm = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Right place: the expected file and line, or the same words in another article (wire copy run twice). */
function rightPlace(match: SourceMatch, truth: Passage): boolean {
  if (match.file === truth.file && match.line === truth.line) return true;
  return norm(match.text).includes(norm(truth.words.join(' '))) || norm(truth.words.join(' ')).includes(norm(match.text));
}

function main(): void {
  const json = process.argv.includes('--json');
  const perArg = process.argv.indexOf('--per-edit');
  const perEdit = perArg === -1 ? 200 : Number(process.argv[perArg + 1]);
  // Every 7th PolNeAR test article is held out: invented quotes come from it (same year, topics and
  // outlets as the sources, the hard case) and from TempEval-3 newswire (another decade).
  const polnear = [...readDocs('polnear-dev.jsonl'), ...readDocs('polnear-test.jsonl')];
  const heldOut = polnear.filter((_d, i) => i % 7 === 0);
  const sourceDocs = polnear.filter((_d, i) => i % 7 !== 0);
  const outside = [...heldOut, ...heldOut, ...readDocs('timebank.jsonl'), ...readDocs('aquaint.jsonl')];
  const { set } = SourceSet.build(sourceDocs.map((d) => ({ path: `polnear/${d.id}.txt`, text: d.text })));
  const words = sourceDocs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
  const all = cases(sourceDocs, outside, perEdit);
  const byEdit = new Map<string, { kind: string; n: number; statuses: Record<string, number> }>();
  let alteredDetected = 0, altered = 0, faithful = 0, falseAlarms = 0, notFound = 0, notFoundRight = 0, invented = 0, inventedFound = 0, found = 0, placed = 0;
  const misses: string[] = [];
  for (const c of all) {
    const m = set.match(`"${c.quote}"`);
    const status = m?.status ?? 'too-short';
    const row = byEdit.get(c.edit) ?? { kind: c.kind, n: 0, statuses: {} };
    row.n++;
    row.statuses[status] = (row.statuses[status] ?? 0) + 1;
    byEdit.set(c.edit, row);
    if (status === 'not-found') (notFound++, c.kind === 'invented' && notFoundRight++);
    if (c.kind === 'altered') (altered++, status === 'altered' && alteredDetected++);
    if (c.kind === 'faithful') (faithful++, (status === 'altered' || status === 'not-found') && falseAlarms++);
    if (c.kind === 'invented') (invented++, status === 'not-found' && inventedFound++);
    if (m && c.truth && m.file !== null) {
      found++;
      if (rightPlace(m, c.truth)) placed++;
      else misses.push(`${c.edit}: ${c.quote} → ${m.file}:${m.line}, expected ${c.truth.file}:${c.truth.line}`);
    }
    if (c.kind !== 'invented' && status !== (c.kind === 'faithful' ? status : 'altered') && misses.length < 40) misses.push(`${c.edit} (${status}): ${c.quote}`);
    if (c.kind === 'faithful' && (status === 'altered' || status === 'not-found') && misses.length < 40) misses.push(`false alarm ${c.edit} (${status}): ${c.quote}`);
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  const metrics = [
    { name: 'altered quotes detected', value: ratio(alteredDetected, altered), target: '≥ 0.98', met: ratio(alteredDetected, altered) >= 0.98, of: `${alteredDetected} / ${altered}` },
    { name: 'false alarms on faithful quotes', value: ratio(falseAlarms, faithful), target: '≤ 0.01', met: ratio(falseAlarms, faithful) <= 0.01, of: `${falseAlarms} / ${faithful}` },
    { name: 'not-found precision', value: ratio(notFoundRight, notFound), target: '≥ 0.99', met: ratio(notFoundRight, notFound) >= 0.99, of: `${notFoundRight} / ${notFound}` },
    { name: 'invented quotes found not-found (recall)', value: ratio(inventedFound, invented), target: '', met: null, of: `${inventedFound} / ${invented}` },
    { name: 'matched file and line right', value: ratio(placed, found), target: '≥ 0.99', met: ratio(placed, found) >= 0.99, of: `${placed} / ${found}` },
  ];
  if (json) {
    console.log(JSON.stringify({ sources: sourceDocs.length, words, quotes: all.length, metrics, byEdit: Object.fromEntries(byEdit) }, null, 2));
    return;
  }
  console.log(`Sources: ${sourceDocs.length} PolNeAR articles, ${words.toLocaleString('en-US')} words · ${all.length} quotes (${perEdit} per edit)\n`);
  console.log('| measure | value | target | |\n|---|---|---|---|');
  for (const m of metrics) console.log(`| ${m.name} | ${m.value.toFixed(3)} (${m.of}) | ${m.target} | ${m.met === null ? '' : m.met ? 'met' : 'NOT met'} |`);
  console.log('\n| edit | kind | quotes | verbatim | minor | altered | not-found | too short |\n|---|---|---|---|---|---|---|---|');
  for (const [edit, r] of byEdit) {
    const s = (k: string): number => r.statuses[k] ?? 0;
    console.log(`| ${edit} | ${r.kind} | ${r.n} | ${s('verbatim')} | ${s('minor')} | ${s('altered')} | ${s('not-found')} | ${s('too-short')} |`);
  }
  if (process.argv.includes('--errors')) for (const m of misses) console.log(m);
}

main();
