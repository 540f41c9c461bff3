/**
 * npm run bench [-- --json] [-- --quick]
 * npm run bench -- --adversarial [--size N] [--only <regex>]   (growth on worst-case inputs: bench/adversarial.ts)
 * npm run bench -- --sources-only   (quote matching against sources alone: bench/sources.ts)
 *
 * Speed and memory of the shipped engine (dist/core.js, built by the script first) on documents
 * built from ../shared/corpus: full checks of 1,000 / 10,000 / 100,000 words (a fresh Analyzer per
 * run, so no cache helps), a keystroke re-check in 10,000 words (one Analyzer, one character typed
 * per run), engine cold load and extension activation in fresh processes, peak heap for 100,000
 * words, and two yardsticks timed in the same run on the same 1,000-word text — compromise tagging
 * it and one regular-expression pass over it — so the figures can be read as ratios on a busy
 * machine. Wall-clock medians and p95, and the median CPU time of the process per run. Then a
 * desk-sized workspace (bench/workspace.ts): 2,000 drafts, about 1,000,000 words (400 with --quick),
 * from the CLI and from the workspace check's engine path, with typing re-checks meanwhile.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDocument, countWords } from './corpus';
import { measure, percentile, type Summary } from './stats';
import { sourceRows, type SourcesEngine } from './sources';
import { workspaceBench, type WorkspaceFigures } from './workspace';
import { typeAt } from './typing';

const ROOT = resolve(__dirname, '..');
const CORE = join(ROOT, 'dist/core.js');
const EXTENSION = join(ROOT, 'dist/extension.js');
const CHILD = join(__dirname, 'child');

type Engine = SourcesEngine;

interface Row {
  name: string;
  words: number | null;
  runs: number;
  median: number;
  p95: number;
  cpuMedian: number | null;
  target: string;
  met: boolean | null;
}

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const scale = quick ? 0.2 : 1;
const runs = (n: number): number => Math.max(5, Math.round(n * scale));

function row(name: string, words: number | null, s: Summary, targetMs: number | null): Row {
  return { name, words, runs: s.runs, median: s.median, p95: s.p95, cpuMedian: s.cpuMedian, target: targetMs === null ? '' : `≤ ${targetMs} ms`, met: targetMs === null ? null : s.median <= targetMs };
}

function fullCheck(engine: Engine, text: string, n: number, warmup: number, budgetMs: number): Summary {
  return measure((t: string) => new engine.Analyzer().run(t), () => text, { warmup, runs: n, budgetMs });
}

/** Where the typing happens: the end of a paragraph in the middle (the main row, as every round measured it), the end of the first paragraph (every paragraph after it moves), or the middle of a paragraph (its names and figures after the cursor move). */
type Cursor = 'paragraph-end' | 'draft-start' | 'mid-paragraph';

function cursorIn(text: string, cursor: Cursor): number {
  if (cursor === 'draft-start') return text.indexOf('\n\n') - 1;
  if (cursor === 'mid-paragraph') return text.indexOf(' ', text.length >> 1);
  return text.indexOf('\n\n', text.length >> 1) - 1;
}

/**
 * Typing at a cursor: each run adds one character and re-checks.
 * `flat`: the text as the editor hands it over (see typing.ts); false gives it as a rope, as this
 * bench did until 2026-12-01, so the figures of earlier rounds can be compared.
 */
function keystrokes(engine: Engine, text: string, n: number, flat = true, where: Cursor = 'paragraph-end'): Summary {
  const analyzer = new engine.Analyzer();
  const cursor = cursorIn(text, where);
  const typed = ' and then the minister said nothing more about it';
  let current = text;
  let at = cursor;
  analyzer.run(current);
  return measure(
    (t: string) => analyzer.run(t),
    (i) => {
      const ch = typed[(i + typed.length * 4) % typed.length];
      current = typeAt(current, at, ch, flat);
      at++;
      return current;
    },
    { warmup: 20, runs: n, budgetMs: 20000 },
  );
}

function childJson<T>(script: string, argv: string[], nodeArgs: string[] = []): T {
  const out = execFileSync(process.execPath, [...nodeArgs, join(CHILD, script), ...argv], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out) as T;
}

function coldLoad(textFile: string, n: number): { total: Summary; require: Summary } {
  const totals: { wallMs: number; cpuMs: number }[] = [];
  const requires: { wallMs: number; cpuMs: number }[] = [];
  for (let i = 0; i < n; i++) {
    const r = childJson<{ requireMs: number; totalMs: number; requireCpuMs: number; totalCpuMs: number }>('cold-load.cjs', [textFile, CORE]);
    totals.push({ wallMs: r.totalMs, cpuMs: r.totalCpuMs });
    requires.push({ wallMs: r.requireMs, cpuMs: r.requireCpuMs });
  }
  const summary = (xs: { wallMs: number; cpuMs: number }[]): Summary => {
    const w = xs.map((x) => x.wallMs).sort((a, b) => a - b);
    const c = xs.map((x) => x.cpuMs).sort((a, b) => a - b);
    return { runs: w.length, median: percentile(w, 50), p95: percentile(w, 95), cpuMedian: percentile(c, 50) };
  };
  return { total: summary(totals), require: summary(requires) };
}

interface Activation {
  totalCpuMs: number;
  requireMs: number;
  activateMs: number;
  totalMs: number;
  error: string | null;
  subscriptions: number;
  modulesLoaded: string[];
}

function activation(n: number): { total: Summary; last: Activation } {
  const results: Activation[] = [];
  for (let i = 0; i < n; i++) results.push(childJson<Activation>('activation.cjs', [EXTENSION]));
  const w = results.map((r) => r.totalMs).sort((a, b) => a - b);
  const c = results.map((r) => r.totalCpuMs).sort((a, b) => a - b);
  return { total: { runs: n, median: percentile(w, 50), p95: percentile(w, 95), cpuMedian: percentile(c, 50) }, last: results[results.length - 1] };
}

interface Heap {
  peakHeapMB: number;
  heapAfterMB: number;
  baselineHeapMB: number;
  maxRssMB: number;
  baselineRssMB: number;
}

/** Peak heap from --trace-gc: the largest heap size seen before a collection while the check ran, or at its end. */
function peakHeap(textFile: string): Heap {
  const out = execFileSync(process.execPath, ['--expose-gc', '--trace-gc', join(CHILD, 'heap.cjs'), textFile, CORE], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const lines = out.split('\n');
  const start = lines.indexOf('HEAP-START');
  const end = lines.indexOf('HEAP-END');
  let peak = 0;
  for (const line of lines.slice(start, end)) {
    const m = /ms: [A-Za-z-]+(?: \([^)]*\))? ([\d.]+) \(([\d.]+)\) ->/.exec(line);
    if (m) peak = Math.max(peak, Number(m[1]));
  }
  const result = JSON.parse(lines.find((l) => l.startsWith('RESULT '))!.slice(7)) as Omit<Heap, 'peakHeapMB'>;
  return { ...result, peakHeapMB: Math.max(peak, result.heapAfterMB) };
}

/**
 * The compiled bundles must not contain compromise (it is a development-time source for the
 * person-noun list only): no module of it among the source map's sources, no require of it.
 */
function bundleHasCompromise(file: string): boolean {
  const code = readFileSync(file, 'utf8');
  return bundledPackages(file).includes('compromise') || /require\(["']compromise["']\)|node_modules\/compromise/.test(code);
}

/** npm packages bundled into a file, from its source map (empty without one, e.g. a production build). */
function bundledPackages(file: string): string[] {
  try {
    const { sources } = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
    return [...new Set(sources.filter((s) => s.includes('node_modules/')).map((s) => s.split('node_modules/').pop()!.split('/')[0]))];
  } catch {
    return [];
  }
}

function fmt(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

function printTable(rows: readonly Row[], extra: string[][] = []): void {
  const header = ['case', 'words', 'runs', 'median ms', 'p95 ms', 'CPU median ms', 'target', 'met'];
  const table = rows.map((r) => [r.name, r.words === null ? '' : r.words.toLocaleString('en-US'), String(r.runs), fmt(r.median), fmt(r.p95), fmt(r.cpuMedian ?? NaN), r.target, r.met === null ? '' : r.met ? 'yes' : 'NO']);
  table.push(...extra);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (cells: string[]): string => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  console.log(line(header));
  console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  for (const r of table) console.log(line(r));
}

/** The workspace figures against their targets (≤ 10 s, ≤ 500 MB, typing ≤ 3 ms). */
function workspaceLines(desk: WorkspaceFigures): string[] {
  const met = (ok: boolean): string => (ok ? 'yes' : 'NO');
  const scope = `${desk.drafts.toLocaleString('en-US')} drafts, ${desk.words.toLocaleString('en-US')} words`;
  const k = desk.command.keystroke;
  return [
    `| workspace (${scope}) | wall s | CPU s | max RSS MB | target | met |`,
    '|---|--:|--:|--:|---|---|',
    `| CLI: factdesk check <dir> | ${(desk.cli.wallMs / 1000).toFixed(1)} | ${(desk.cli.cpuMs / 1000).toFixed(1)} | ${desk.cli.maxRssMB.toFixed(0)} | ≤ 10 s, ≤ 500 MB | ${met(desk.cli.wallMs <= 10_000 && desk.cli.maxRssMB <= 500)} |`,
    `| Check all drafts: engine path, ${desk.command.workers} worker thread(s) | ${(desk.command.wallMs / 1000).toFixed(1)} | ${(desk.command.cpuMs / 1000).toFixed(1)} | ${desk.command.maxRssMB.toFixed(0)} | ≤ 10 s, ≤ 500 MB | ${met(desk.command.wallMs <= 10_000 && desk.command.maxRssMB <= 500)} |`,
    `| meanwhile, typing re-check of 10,000 words (median / p95 ms, ${k.runs} runs) | ${fmt(k.median)} / ${fmt(k.p95)} | | | ≤ 3 ms median | ${met(k.median <= 3)} |`,
  ];
}

function main(): void {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (args.has('--adversarial')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('./adversarial');
    return;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require(CORE) as Engine;
  if (args.has('--sources-only')) {
    printTable(sourceRows(engine, runs).map((r) => row(r.name, r.words, r.summary, r.targetMs)));
    return;
  }
  const doc1k = buildDocument(1_000);
  const doc10k = buildDocument(10_000);
  const doc100k = buildDocument(100_000);
  const tmp = mkdtempSync(join(tmpdir(), 'factdesk-bench-'));
  const file1k = join(tmp, '1k.md');
  const file100k = join(tmp, '100k.md');
  writeFileSync(file1k, doc1k);
  writeFileSync(file100k, doc100k);
  const load0 = loadavg()[0];
  const rows: Row[] = [];
  try {
    const full1k = fullCheck(engine, doc1k, runs(200), 20, 20000);
    rows.push(row('full check, 1,000-word article', countWords(doc1k), full1k, 10));
    rows.push(row('full check, 10,000 words', countWords(doc10k), fullCheck(engine, doc10k, runs(40), 3, 30000), null));
    rows.push(row('full check, 100,000 words', countWords(doc100k), fullCheck(engine, doc100k, runs(10), 1, 60000), 1000));
    rows.push(row('keystroke re-check, 10,000 words', countWords(doc10k), keystrokes(engine, doc10k, runs(300)), 3));
    rows.push(row('  the same, text given as a rope (method of earlier rounds)', countWords(doc10k), keystrokes(engine, doc10k, runs(300), false), null));
    rows.push(row('  the same, typing at the end of the first paragraph', countWords(doc10k), keystrokes(engine, doc10k, runs(300), true, 'draft-start'), 3));
    rows.push(row('  the same, typing in the middle of a paragraph', countWords(doc10k), keystrokes(engine, doc10k, runs(300), true, 'mid-paragraph'), 3));
    for (const r of sourceRows(engine, runs)) rows.push(row(r.name, r.words, r.summary, r.targetMs));

    // Yardsticks on the same 1,000-word text, in the same run.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nlp = require('compromise') as (text: string) => { json(): unknown };
    const compromise = measure((t: string) => nlp(t).json(), () => doc1k, { warmup: 5, runs: runs(40), budgetMs: 20000 });
    rows.push(row('yardstick: compromise tagging the 1,000 words', countWords(doc1k), compromise, null));
    const regex = measure((t: string) => t.match(/\b\w+\b/g)?.length ?? 0, () => doc1k, { warmup: 50, runs: runs(500), budgetMs: 5000 });
    rows.push(row('yardstick: one regex pass (/\\b\\w+\\b/g) over it', countWords(doc1k), regex, null));

    const cold = coldLoad(file1k, runs(10));
    rows.push(row('engine cold load (require + first analyze, 1,000 words)', countWords(doc1k), cold.total, 150));
    rows.push(row('  of which require(dist/core.js)', null, cold.require, null));
    const act = activation(runs(10));
    rows.push(row('extension require + activate() (fake vscode)', null, act.total, null));
    const heap = peakHeap(file100k);
    const desk = workspaceBench(tmp, quick ? 400 : 2000);
    const load1 = loadavg()[0];

    const ratios = {
      compromiseOverFactdesk: compromise.median / full1k.median,
      factdeskOverRegex: full1k.median / regex.median,
    };
    const compromiseInBundles = { core: bundleHasCompromise(CORE), extension: bundleHasCompromise(EXTENSION), packagesInCore: bundledPackages(CORE), packagesInExtension: bundledPackages(EXTENSION) };
    const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', loadAverageBefore: load0, loadAverageAfter: load1 };
    if (args.has('--json')) {
      process.stdout.write(JSON.stringify({ rows, ratios, heap, activation: act.last, compromiseInBundles, workspace: desk, machine }, null, 2) + '\n');
      return;
    }
    const heapMet = heap.peakHeapMB - heap.baselineHeapMB <= 150;
    printTable(rows, [['peak heap, full check of 100,000 words (MB, above baseline)', countWords(doc100k).toLocaleString('en-US'), '1', (heap.peakHeapMB - heap.baselineHeapMB).toFixed(1), '', '', '≤ 150 MB', heapMet ? 'yes' : 'NO']]);
    console.log('');
    for (const l of workspaceLines(desk)) console.log(l);
    console.log('');
    console.log(`ratios: compromise alone is ${ratios.compromiseOverFactdesk.toFixed(1)}× the full Factdesk check of the same 1,000 words; the Factdesk check is ${ratios.factdeskOverRegex.toFixed(0)}× one regex pass over them`);
    console.log(`heap: peak ${heap.peakHeapMB.toFixed(1)} MB (baseline ${heap.baselineHeapMB.toFixed(1)} MB, after ${heap.heapAfterMB.toFixed(1)} MB); max RSS ${heap.maxRssMB.toFixed(0)} MB (baseline ${heap.baselineRssMB.toFixed(0)} MB)`);
    console.log(`activation: ${act.last.error ? `FAILED: ${act.last.error}` : `${act.last.subscriptions} disposables registered`}; modules loaded: ${act.last.modulesLoaded.join(', ')}; compromise in dist/core.js: ${compromiseInBundles.core ? 'YES' : 'no'}, in dist/extension.js: ${compromiseInBundles.extension ? 'YES' : 'no'} (packages bundled: ${compromiseInBundles.packagesInExtension.join(', ') || 'none'})`);
    console.log(`machine: node ${machine.node}, ${machine.cpus} × ${machine.cpuModel}, load average ${load0.toFixed(1)} → ${load1.toFixed(1)}${load0 > machine.cpus ? ' (busy: shared with other processes; wall times are inflated, CPU medians and ratios hold better)' : ''}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
