/**
 * npx tsx scripts/generate-cue-frames.ts [polnear-dev.jsonl]
 *
 * Derives the reporting-verb frame lexicon (src/core/generated/cueFrames.ts) at development time
 * from the PolNeAR development file: for every verb lemma and frame (what follows the verb: "that",
 * "to", ":", "out" …, labelled by src/core/speech/frames.ts), how often it stands where annotators
 * marked an attribution cue, against how often it stands anywhere after a subject. A pair that is
 * a cue often enough, and usually enough, goes into the table. Only lemmas, forms, frame labels and
 * counts are written: no article text. compromise (a development dependency) gives the lemmas and
 * their inflected forms; it is never loaded by the engine.
 *
 * The corpus is found by scripts/corpusDir.ts ($FACTDESK_CORPUS, else shared/corpus beside the repository).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { frameAfter, type Frame } from '../src/core/speech/frames';
import { corpusFile } from './corpusDir';
import { tokenize, type Token } from '../src/core/speech/tokens';

const require = createRequire(__filename);

/** A reporting frame enters the table when annotators marked it a cue this many times … */
export const MIN_CUES = 2;
/** … and in at least this share of the places it stands after a subject. */
export const MIN_PRECISION = 0.5;
/** An object frame ("accused the", "endorsed Clinton") needs more evidence: it says less about the verb. */
export const MIN_OBJECT_CUES = 3;
export const MIN_OBJECT_PRECISION = 0.6;

interface GoldDoc {
  text: string;
  spans: { type: string; cue_start?: number | null; cue_end?: number | null }[];
}

interface Conjugator {
  lemmaOf(form: string): string | null;
  forms(lemma: string): string[];
}

/** Lemmas and forms of every verb compromise knows, as plain maps. */
function conjugator(): Conjugator {
  const nlp = require('compromise');
  const model = nlp.model();
  const verb = nlp.methods().two.transform.verb;
  const byForm = new Map<string, string>();
  const byLemma = new Map<string, string[]>();
  const lexicon = model.one.lexicon as Record<string, string | string[]>;
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!/^[a-z]+$/.test(word) || ![tags].flat().includes('Infinitive')) continue;
    const conjugated = verb.conjugate(word, model) as Record<string, string>;
    const forms = [...new Set(Object.entries(conjugated).filter(([tense]) => tense !== 'FutureTense').map(([, f]) => f))].filter((f) => /^[a-z]+$/.test(f));
    byLemma.set(word, forms);
    for (const f of forms) if (!byForm.has(f)) byForm.set(f, word);
  }
  return { lemmaOf: (form) => byForm.get(form) ?? null, forms: (lemma) => byLemma.get(lemma) ?? [] };
}

/**
 * Frames that say a verb reports a statement or a stance: a clause ("that", a subject pronoun), a
 * quotation, speech punctuation, an infinitive or a preposition ("spoke of", "called for"). A
 * direct object ("accused the", "unveiled the") says less: whether it reports depends on the verb,
 * so object frames need more evidence (MIN_OBJECT_*).
 */
const REPORTING_FRAMES = new Set<Frame>(['that', 'colon', 'comma', 'end', 'pronoun', 'quote', 'to', 'out', 'for', 'on', 'about', 'of', 'up', 'with', 'against', 'in', 'as', 'by', 'into', 'from', 'over']);

/** Words before a verb that show it is a noun or not a finite cue ("the plans to", "his claim that"). */
const NOT_A_VERB_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'of', 'for', 'in', 'on', 'with', 'by']);

function isVerbPosition(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && before.word && !NOT_A_VERB_BEFORE.has(before.text.toLowerCase()) && !/['\u2019]s$/.test(before.text);
}

export interface FrameCount {
  cues: number;
  seen: number;
}

/** Counts per lemma and frame over the documents. */
export function countFrames(docs: GoldDoc[], conj: Conjugator = conjugator()): Map<string, Map<Frame, FrameCount>> {
  const counts = new Map<string, Map<Frame, FrameCount>>();
  for (const doc of docs) {
    const cues = doc.spans.filter((s) => s.type === 'quote' && s.cue_start != null && s.cue_end != null).map((s) => [s.cue_start as number, s.cue_end as number]);
    const tokens = tokenize(doc.text);
    tokens.forEach((token, i) => {
      if (!token.word || !isVerbPosition(tokens, i)) return;
      const lemma = conj.lemmaOf(token.text.toLowerCase());
      if (!lemma) return;
      const frame = frameAfter(tokens, i);
      let byFrame = counts.get(lemma);
      if (!byFrame) counts.set(lemma, (byFrame = new Map()));
      const count = byFrame.get(frame) ?? { cues: 0, seen: 0 };
      count.seen++;
      if (cues.some(([s, e]) => token.start < e && s < token.end)) count.cues++;
      byFrame.set(frame, count);
    });
  }
  return counts;
}

export interface CueFrameTable {
  /** lemma → frame → [cues, seen] on the development file. */
  frames: Record<string, Partial<Record<Frame, [number, number]>>>;
  /** inflected form → lemma, for the lemmas in `frames`. */
  forms: Record<string, string>;
}

export function buildTable(docs: GoldDoc[]): CueFrameTable {
  const conj = conjugator();
  const counts = countFrames(docs, conj);
  const frames: CueFrameTable['frames'] = {};
  const forms: CueFrameTable['forms'] = {};
  for (const lemma of [...counts.keys()].sort()) {
    const kept = [...counts.get(lemma)!.entries()].filter(([frame, c]) => (REPORTING_FRAMES.has(frame) ? c.cues >= MIN_CUES && c.cues / c.seen >= MIN_PRECISION : c.cues >= MIN_OBJECT_CUES && c.cues / c.seen >= MIN_OBJECT_PRECISION)).sort(([a], [b]) => a.localeCompare(b));
    if (kept.length === 0) continue;
    frames[lemma] = Object.fromEntries(kept.map(([frame, c]) => [frame, [c.cues, c.seen]]));
    for (const form of conj.forms(lemma)) forms[form] = lemma;
  }
  return { frames, forms };
}

export function readDocs(file: string): GoldDoc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldDoc);
}

export function render(table: CueFrameTable): string {
  const sortedForms = Object.fromEntries(Object.entries(table.forms).sort(([a], [b]) => a.localeCompare(b)));
  return [
    '// Generated by scripts/generate-cue-frames.ts from the PolNeAR development file (lemmas, frame labels and counts only). Do not edit.',
    "import type { Frame } from '../speech/frames';",
    '',
    `/** Reporting-verb lemma → frame → [times annotated as a cue, times seen after a subject] (kept: >= ${MIN_CUES} cues at precision >= ${MIN_PRECISION}; object frames >= ${MIN_OBJECT_CUES} at >= ${MIN_OBJECT_PRECISION}). */`,
    `export const CUE_FRAMES: Readonly<Record<string, Readonly<Partial<Record<Frame, readonly [number, number]>>>>> = ${JSON.stringify(table.frames)};`,
    '',
    '/** Inflected form → lemma for the lemmas above. */',
    `export const CUE_FORMS: Readonly<Record<string, string>> = ${JSON.stringify(sortedForms)};`,
    '',
  ].join('\n');
}

if (require.main === module) {
  const file = process.argv[2] ?? corpusFile('polnear-dev.jsonl');
  const out = resolve(__dirname, '../src/core/generated/cueFrames.ts');
  writeFileSync(out, render(buildTable(readDocs(file))));
  console.log(`wrote ${out}`);
}
