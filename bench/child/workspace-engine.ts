// The workspace check's engine path outside the editor: every draft in a folder read and analysed
// by the worker-thread engine (src/extension/workerEngine.ts with dist/draftWorker.js), as
// *Check all drafts in workspace* does, while this thread re-checks a 10,000-word draft after one
// typed character every 20 ms, like an editor with an open draft. Prints JSON on stdout.
import { availableParallelism } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Analyzer } from '../../src/core/analyze';
import { LineIndex } from '../../src/core/lineIndex';
import { typeAt } from '../typing';
import { workerCount, workerEngine } from '../../src/extension/workerEngine';

const [dir, workerScript, typingFile] = process.argv.slice(2);
const files = readdirSync(dir).map((name) => join(dir, name));
const engine = workerEngine(workerScript, workerCount(availableParallelism()));

let typed = readFileSync(typingFile, 'utf8');
let at = typed.indexOf('\n\n', typed.length >> 1) - 1;
const analyzer = new Analyzer();
analyzer.run(typed);
const keystrokes: number[] = [];
let typing = true;
const typeOnce = (): void => {
  if (!typing) return;
  typed = typeAt(typed, at, 'x');
  at++;
  const t0 = performance.now();
  analyzer.run(typed);
  keystrokes.push(performance.now() - t0);
  setTimeout(typeOnce, 20);
};

async function main(): Promise<void> {
  const started = performance.now();
  setTimeout(typeOnce, 20);
  let next = 0;
  let claims = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const text = await readFile(files[next++], 'utf8');
      const analysis = await engine.analyze(text, { languageId: 'markdown' });
      new LineIndex(text);
      claims += analysis.claims.length;
    }
  };
  await Promise.all(Array.from({ length: engine.parallelism + 2 }, lane));
  const wallMs = performance.now() - started;
  typing = false;
  engine.dispose();
  keystrokes.sort((a, b) => a - b);
  const pick = (p: number): number => keystrokes[Math.min(keystrokes.length - 1, Math.ceil(p * keystrokes.length) - 1)] ?? NaN;
  const cpu = process.cpuUsage();
  process.stdout.write(JSON.stringify({ files: files.length, claims, wallMs, cpuMs: (cpu.user + cpu.system) / 1000, workers: workerCount(availableParallelism()), maxRssMB: process.resourceUsage().maxRSS / 1024, keystroke: { runs: keystrokes.length, median: pick(0.5), p95: pick(0.95) } }) + '\n');
}

void main();
