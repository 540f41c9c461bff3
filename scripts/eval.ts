/**
 * npm run eval -- <file.jsonl> [...] [--json] [--errors N]
 *
 * Runs the shipped engine (the same `check` the CLI and the extension call) on every document of
 * a corpus file in the format of ../shared/corpus/README.md, with the document's `dct` as the
 * dateline, and scores the claims as that README says (see scripts/eval/score.ts).
 */
import { readFileSync } from 'node:fs';
import { check } from '../src/core';
import { emptyScore, scoreDocument, type GoldDoc, type Score } from './eval/score';
import { formatErrors, formatTable, summary } from './eval/report';

interface Args {
  files: string[];
  json: boolean;
  errors: number;
}

const USAGE = 'usage: npm run eval -- <file.jsonl> [...] [--json] [--errors N]';

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], json: false, errors: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--errors') {
      args.errors = Number(argv[++i]);
      if (!Number.isInteger(args.errors) || args.errors < 0) throw new Error(`--errors needs a whole number\n${USAGE}`);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new Error(USAGE);
  return args;
}

function readCorpus(file: string): GoldDoc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldDoc);
}

interface FileResult {
  file: string;
  docs: GoldDoc[];
  score: Score;
}

function evaluate(file: string): FileResult {
  const docs = readCorpus(file);
  const score = emptyScore();
  for (const doc of docs) {
    // TIMEX3 counts "now" and "recently" (PRESENT_REF, PAST_REF) as dates: the editor setting that
    // reports them is on here, so the figures measure the same task TempEval-3 does.
    const { claims } = check(doc.text, { dateline: doc.dct, languageId: 'plaintext', presentReferences: true });
    scoreDocument(doc, claims, score);
  }
  return { file, docs, score };
}

function main(): void {
  let args: Args;
  let results: FileResult[];
  try {
    args = parseArgs(process.argv.slice(2));
    results = args.files.map(evaluate);
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    process.exit(2);
  }
  if (args.json) {
    const files = results.map((r) => ({ file: r.file, docs: r.docs.length, ...summary(r.score) }));
    process.stdout.write(`${JSON.stringify({ files }, null, 2)}\n`);
    return;
  }
  for (const r of results) {
    process.stdout.write(`\n${r.file} (${r.docs.length} documents)\n${formatTable(r.score)}\n`);
    if (args.errors > 0) {
      const texts = new Map(r.docs.map((d) => [d.id, d.text]));
      process.stdout.write(formatErrors(r.score, args.errors, (id) => texts.get(id) ?? ''));
    }
  }
}

main();
