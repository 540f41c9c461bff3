// Peak heap of one full check: run with --expose-gc --trace-gc. The parent reads the heap size
// before every collection from the trace; this prints heap figures (MB) at the end as a JSON line.
const { readFileSync } = require('node:fs');
const text = readFileSync(process.argv[2], 'utf8');
const core = require(process.argv[3]);
const mb = (b) => b / 1048576;
global.gc();
const baseline = process.memoryUsage();
console.log('HEAP-START');
const result = new core.Analyzer().run(text);
const after = process.memoryUsage();
console.log('HEAP-END');
console.log('RESULT ' + JSON.stringify({ claims: result.claims.length, baselineHeapMB: mb(baseline.heapUsed), heapAfterMB: mb(after.heapUsed), maxRssMB: process.resourceUsage().maxRSS / 1024, baselineRssMB: mb(baseline.rss) }));
