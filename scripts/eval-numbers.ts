/**
 * npm run eval:numbers -- [--errors N] [--json] [--held-out]
 *
 * 1. Number detection and value accuracy against our annotations of dev documents
 *    (scripts/eval/numbers.gold.jsonl: offsets and labels only; the text is read from the corpus).
 * 2. The consistency checks on the dev articles with slips injected at run time (scripts/eval/inject.ts):
 *    share detected per kind of slip, and false alarms on the untouched articles per 10,000 words.
 *    `--held-out` injects into the test files instead (PolNeAR test, TempEval-3 platinum), never tuned on.
 * Runs the shipped engine (`check`), with each document's `dct` as the dateline.
 */
import { readFileSync } from 'node:fs';
import { check } from '../src/core';
import type { Claim, RuleCode } from '../src/core/claims';
import { corpusFile } from './corpusDir';
import { changeTitle, misspellSurname, restateNumber, wrongChange, type Injection } from './eval/inject';
import { emptyNumberScore, scoreNumbers, type NumberGold } from './eval/numberScore';

interface CorpusDoc {
  id: string;
  text: string;
  dct: string | null;
}

const DEV_FILES = ['polnear-dev.jsonl', 'timebank.jsonl'];
const TEST_FILES = ['polnear-test.jsonl', 'te3-platinum.jsonl'];
const CHECKS: RuleCode[] = ['number-inconsistent', 'number-arithmetic', 'name-inconsistent', 'title-inconsistent'];
const GOLD = readFileSync(`${__dirname}/eval/numbers.gold.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as NumberGold);

function readDocs(file: string): CorpusDoc[] {
  return readFileSync(corpusFile(file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CorpusDoc);
}

function claimsOf(text: string, dct: string | null): Claim[] {
  return check(text, { languageId: 'plaintext', dateline: dct }).claims;
}

function ratio(n: number, d: number): string {
  return d === 0 ? '—' : (n / d).toFixed(3);
}

function main(): void {
  const argv = process.argv.slice(2);
  const errorsAt = argv.indexOf('--errors');
  const showErrors = errorsAt >= 0 ? Number(argv[errorsAt + 1]) : 0;
  const json = argv.includes('--json');

  const docs = new Map<string, CorpusDoc & { file: string }>();
  for (const file of DEV_FILES) for (const d of readDocs(file)) docs.set(`${file}|${d.id}`, { ...d, file });
  const injectInto = new Map<string, CorpusDoc>();
  for (const file of argv.includes('--held-out') ? TEST_FILES : DEV_FILES) for (const d of readDocs(file)) injectInto.set(`${file}|${d.id}`, d);

  const detection = emptyNumberScore();
  const byDoc = new Map<string, NumberGold[]>();
  for (const g of GOLD) {
    const key = `${g.file}|${g.id}`;
    byDoc.set(key, [...(byDoc.get(key) ?? []), g]);
  }
  for (const [key, gold] of byDoc) {
    const doc = docs.get(key);
    if (!doc) throw new Error(`annotated document not in the corpus: ${key}`);
    scoreNumbers(doc.text, gold, claimsOf(doc.text, doc.dct), detection);
  }
  const p = detection.matched / detection.predicted;
  const r = detection.matched / detection.gold;

  const injected = new Map<Injection['kind'], { tried: number; found: number }>();
  let words = 0;
  let falseAlarms = 0;
  const alarms: string[] = [];
  let seed = 0;
  for (const doc of injectInto.values()) {
    const claims = claimsOf(doc.text, doc.dct);
    words += doc.text.split(/\s+/).filter(Boolean).length;
    for (const c of claims) {
      if (!CHECKS.includes(c.code)) continue;
      falseAlarms++;
      alarms.push(`${doc.id}@${c.start} ${c.code}: ${JSON.stringify(c.text)} — ${c.message}`);
    }
    const slips = [restateNumber(doc.text, claims, seed), wrongChange(doc.text, claims, seed), misspellSurname(doc.text, seed), changeTitle(doc.text)];
    seed++;
    for (const slip of slips) {
      if (!slip) continue;
      const tally = injected.get(slip.kind) ?? { tried: 0, found: 0 };
      tally.tried++;
      const found = claimsOf(slip.text, doc.dct).some((c) => slip.codes.includes(c.code) && c.start < slip.end + 1 && slip.start < c.end + 1);
      if (found) tally.found++;
      else if (showErrors) alarms.push(`missed ${slip.kind} in ${doc.id}: ${JSON.stringify(slip.text.slice(slip.start, slip.end))}`);
      injected.set(slip.kind, tally);
    }
  }
  const totalTried = [...injected.values()].reduce((n, t) => n + t.tried, 0);
  const totalFound = [...injected.values()].reduce((n, t) => n + t.found, 0);
  const result = {
    detection: { gold: detection.gold, predicted: detection.predicted, precision: p, recall: r, f1: (2 * p * r) / (p + r), valueAccuracy: detection.valueRight / detection.matched },
    injected: Object.fromEntries([...injected].map(([k, t]) => [k, { ...t, rate: t.found / t.tried }])),
    injectedTotal: { tried: totalTried, found: totalFound, rate: totalFound / totalTried },
    falseAlarms: { count: falseAlarms, words, per10kWords: (falseAlarms / words) * 10000 },
  };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(`Number detection on ${byDoc.size} annotated dev documents (${detection.gold} mentions)`);
  console.log(`  precision ${ratio(detection.matched, detection.predicted)}  recall ${ratio(detection.matched, detection.gold)}  F1 ${result.detection.f1.toFixed(3)}  value accuracy ${ratio(detection.valueRight, detection.matched)}`);
  console.log(`Consistency checks on ${injectInto.size} ${argv.includes('--held-out') ? 'held-out' : 'dev'} articles (${words.toLocaleString('en-US')} words)`);
  for (const [kind, t] of injected) console.log(`  ${kind.padEnd(20)} detected ${t.found}/${t.tried} = ${ratio(t.found, t.tried)}`);
  console.log(`  ${'all injected slips'.padEnd(20)} detected ${totalFound}/${totalTried} = ${ratio(totalFound, totalTried)}`);
  console.log(`  false alarms on untouched articles: ${falseAlarms} = ${result.falseAlarms.per10kWords.toFixed(2)} per 10,000 words`);
  if (showErrors) {
    console.log('');
    for (const e of [...detection.errors, ...alarms].slice(0, showErrors)) console.log(e);
  }
}

main();
