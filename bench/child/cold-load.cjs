// Cold load: in a fresh process, require the built engine and run the first analyze on the text in
// process.argv[2]. Prints JSON timings (ms) on stdout.
const { readFileSync } = require('node:fs');
const text = readFileSync(process.argv[2], 'utf8');
const c0 = process.cpuUsage();
const t0 = performance.now();
const core = require(process.argv[3]);
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
core.analyze(text);
const t2 = performance.now();
const c2 = process.cpuUsage(c0);
const ms = (c) => (c.user + c.system) / 1000;
process.stdout.write(JSON.stringify({ requireMs: t1 - t0, firstAnalyzeMs: t2 - t1, totalMs: t2 - t0, sinceProcessStartMs: t2, requireCpuMs: ms(c1), totalCpuMs: ms(c2) }));
