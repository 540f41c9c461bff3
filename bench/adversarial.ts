/**
 * npm run bench -- --adversarial  (or: tsx bench/adversarial.ts [--size N])
 *
 * Each worst-case input of test/unit/robustness/adversarialInputs.ts at two sizes, N and 4N code
 * units (default N = 25,000; --only <regex> picks inputs by name): CPU time of a full check at each, and the growth factor. A linear
 * engine grows about 4×; backtracking or a quadratic scan shows as 16× or more.
 */
import { ADVERSARIAL_INPUTS, repeatTo } from '../test/unit/robustness/adversarialInputs';
import { timeOnce } from './stats';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Analyzer } = require('../dist/core.js') as { Analyzer: new () => { run(text: string): { claims: unknown[] } } };

const sizeArg = process.argv.indexOf('--size');
const N = sizeArg !== -1 ? Number(process.argv[sizeArg + 1]) : 25_000;
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg !== -1 ? new RegExp(process.argv[onlyArg + 1], 'i') : null;

function cpu(text: string): { ms: number; claims: number } {
  let claims = 0;
  const best = Math.min(
    ...[0, 1, 2].map(() => timeOnce(() => (claims = new Analyzer().run(text).claims.length)).cpuMs),
  );
  return { ms: best, claims };
}

// Warm-up: every input once at a small size, so the first measured ones do not pay for compilation.
for (const input of ADVERSARIAL_INPUTS) new Analyzer().run(repeatTo(input.unit, 2_000));

console.log(`| input | unit | ${N.toLocaleString('en-US')} chars ms | ${(4 * N).toLocaleString('en-US')} chars ms | growth | claims at 4N |`);
console.log('|---|---|--:|--:|--:|--:|');
let worst = 0;
for (const input of ADVERSARIAL_INPUTS.filter((i) => !only || only.test(i.name))) {
  const small = cpu(repeatTo(input.unit, N));
  const large = cpu(repeatTo(input.unit, 4 * N));
  const growth = large.ms / Math.max(small.ms, 0.5);
  worst = Math.max(worst, growth);
  console.log(`| ${input.name} | \`${JSON.stringify(input.unit).slice(1, -1)}\` | ${small.ms.toFixed(1)} | ${large.ms.toFixed(1)} | ${growth.toFixed(1)}× | ${large.claims} |`);
}
console.log(`\nworst growth for 4× the input: ${worst.toFixed(1)}× (linear ≈ 4×)`);
