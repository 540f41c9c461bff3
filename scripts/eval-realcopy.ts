/**
 * npm run eval:realcopy -- <articles folder> [<articles folder> ...] [--errors | --errors-all] [--json]
 *
 * Runs the shipped engine (`check` from src/core, as scripts/eval.ts does) over real news articles
 * judged by hand and prints per-kind precision/recall, named-speaker P/R, anonymous-source recall,
 * date-value accuracy, the share of wrong warnings and the `source-missing` noise: one table for all
 * articles scored, then one per split present (held out, development, fresh held-out, fresh
 * development; see RealSplit in scripts/realcopy/score.ts).
 *
 * The annotations live in test/realcopy/<slug>.json as offsets and labels only; the article text
 * stays outside the repository, in <folder>/<slug>.md (line 1: the dateline, which is also passed
 * as the `dateline` option). Several folders may be given (e.g. the first set and the fresh set);
 * each article is read from the first folder that has it. Each text's sha256 must match its
 * annotation file; a missing or changed text is skipped with a message. What counts as a right
 * claim, speaker and warning is set out in scripts/realcopy/score.ts. `--errors` lists each false
 * positive and miss of the development articles (splits `dev` and `fresh-dev`) with the words it is
 * on, read from the local article (for the developer's terminal, never for commits); the held-out
 * articles' errors stay hidden unless `--errors-all`, so that fixes are not tuned on them.
 *
 * FACTDESK_CORE=<path to another worktree's src/core> scores that engine instead (to follow a
 * branch's progress without merging it).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { check as checkFn } from '../src/core';
import {
  CLAIM_KINDS_SCORED,
  REAL_SPLITS,
  emptyRealScore,
  pooled,
  ratio,
  scoreArticle,
  type RealFinding,
  type RealGoldFile,
  type RealScore,
  type RealSplit,
  type ScoredKind,
  type Tally,
} from './realcopy/score';

const GOLD_DIR = join(__dirname, '..', 'test', 'realcopy');
const USAGE = 'usage: npm run eval:realcopy -- <articles folder> [<articles folder> ...] [--errors | --errors-all] [--json]';

/** Table titles, in the order the tables are printed. */
const SPLIT_TITLES: Record<RealSplit, string> = {
  heldout: 'Held out',
  dev: 'Development',
  'fresh-heldout': 'Fresh held-out',
  'fresh-dev': 'Fresh development',
};

/** The splits whose errors `--errors` may show: those fixes are allowed to be taken from. */
const DEVELOPMENT_SPLITS: readonly RealSplit[] = ['dev', 'fresh-dev'];

interface Args {
  folders: string[];
  errors: 'none' | 'dev' | 'all';
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { folders: [], errors: 'none', json: false };
  for (const a of argv) {
    if (a === '--errors') args.errors = 'dev';
    else if (a === '--errors-all') args.errors = 'all';
    else if (a === '--json') args.json = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else args.folders.push(a);
  }
  if (!args.folders.length) throw new Error(USAGE);
  return args;
}

/** Issue 9's targets for single kinds. */
const KIND_TARGETS: Partial<Record<ScoredKind, string>> = { system: 'R ≥ 0.85 at P ≥ 0.95', date: 'P ≥ 0.95' };

const pct = (t: Tally): string => (t.total ? ratio(t).toFixed(2) : ' — ');
const count = (t: Tally): string => `${t.right}/${t.total}`;

/** The figures issue 9 sets targets for, as [label, value, target]. */
function figures(s: RealScore): [string, string, string][] {
  const all = { p: pooled(s.pred), r: pooled(s.gold) };
  const wrong: Tally = { right: s.warnings.total - s.warnings.right, total: s.warnings.total };
  const rows: [string, string, string][] = [
    ['claims P / R', `${pct(all.p)} / ${pct(all.r)}  (${count(all.p)}, ${count(all.r)})`, '≥ 0.96 / ≥ 0.90'],
  ];
  for (const k of CLAIM_KINDS_SCORED) {
    rows.push([`${k} P / R`, `${pct(s.pred[k])} / ${pct(s.gold[k])}  (${count(s.pred[k])}, ${count(s.gold[k])})`, KIND_TARGETS[k] ?? '']);
  }
  rows.push(
    ['date values right', `${pct(s.dateValues)}  (${count(s.dateValues)})`, ''],
    ['named speaker P / R', `${pct(s.speakerP)} / ${pct(s.speakerR)}  (${count(s.speakerP)}, ${count(s.speakerR)})`, '≥ 0.97 / ≥ 0.90'],
    ['anonymous-source recall', `${pct(s.anonymousR)}  (${count(s.anonymousR)})`, '≥ 0.85'],
    ['wrong warnings', `${wrong.total ? Math.round(ratio(wrong) * 100) : 0} %  (${count(wrong)})`, '≤ 5 %'],
    ['source-missing lines', `${s.sourceMissing} of ${s.outputLines} output lines`, ''],
  );
  return rows;
}

function table(title: string, s: RealScore): string {
  const rows = figures(s);
  const lines = [`${title} (${s.docs} articles)`, '| measure | value | target |', '|---|---|---|'];
  for (const [label, value, target] of rows) lines.push(`| ${label} | ${value} | ${target} |`);
  return lines.join('\n');
}

function errorLines(kind: string, items: RealFinding[], texts: Map<string, string>): string[] {
  return items.map((e) => {
    const text = texts.get(e.doc) ?? '';
    const before = text.slice(Math.max(0, e.start - 40), e.start).replace(/\s+/g, ' ');
    const after = text.slice(e.end, e.end + 30).replace(/\s+/g, ' ');
    return `  ${kind} ${e.doc} [${e.start},${e.end}] ${e.what}: …${before}[${text.slice(e.start, e.end).replace(/\s+/g, ' ')}]${after}…`;
  });
}

async function loadCheck(): Promise<typeof checkFn> {
  const core = process.env.FACTDESK_CORE;
  const mod = (await import(core ? resolve(core) : '../src/core')) as { check: typeof checkFn };
  return mod.check;
}

async function main(): Promise<void> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`eval:realcopy: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const check = await loadCheck();
  const all = emptyRealScore();
  const bySplit = new Map<RealSplit, RealScore>();
  const texts = new Map<string, string>();
  for (const file of readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const slug = file.replace(/\.json$/, '');
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')) as RealGoldFile;
    if (!REAL_SPLITS.includes(gold.split)) {
      process.stderr.write(`skip ${slug}: unknown split ${JSON.stringify(gold.split)}\n`);
      continue;
    }
    const path = args.folders.map((folder) => join(folder, `${slug}.md`)).find((p) => existsSync(p));
    if (!path) {
      process.stderr.write(`skip ${slug}: no ${slug}.md in ${args.folders.join(', ')} (save the article from ${gold.url})\n`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const sha = createHash('sha256').update(text, 'utf8').digest('hex');
    if (sha !== gold.sha256) {
      process.stderr.write(`skip ${slug}: the text differs from the one annotated (sha256 ${sha.slice(0, 12)}…, expected ${gold.sha256.slice(0, 12)}…)\n`);
      continue;
    }
    texts.set(slug, text);
    const { claims } = check(text, { dateline: gold.dateline, languageId: 'markdown' });
    const bodyStart = text.indexOf('\n') + 1;
    const split = bySplit.get(gold.split) ?? emptyRealScore();
    bySplit.set(gold.split, split);
    scoreArticle(slug, text, gold, claims, all, bodyStart);
    scoreArticle(slug, text, gold, claims, split, bodyStart);
  }
  const present = REAL_SPLITS.filter((k) => bySplit.has(k)).map((k): [RealSplit, RealScore] => [k, bySplit.get(k) ?? emptyRealScore()]);
  if (args.json) {
    const scores: [string, RealScore][] = [['all', all], ...present];
    const out = Object.fromEntries(scores.map(([k, s]) => [k, Object.fromEntries(figures(s).map(([l, v]) => [l, v]))]));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${[table('All', all), ...present.map(([k, s]) => table(SPLIT_TITLES[k], s))].join('\n\n')}\n`);
  if (args.errors !== 'none') {
    const shown = present.filter(([k]) => args.errors === 'all' || DEVELOPMENT_SPLITS.includes(k));
    for (const [k, s] of shown) {
      process.stdout.write(`\n${SPLIT_TITLES[k]}: false positives (${s.falsePositives.length}):\n${errorLines('FP', s.falsePositives, texts).join('\n')}\n`);
      process.stdout.write(`\n${SPLIT_TITLES[k]}: misses (${s.misses.length}):\n${errorLines('MISS', s.misses, texts).join('\n')}\n`);
    }
  }
}

void main();
