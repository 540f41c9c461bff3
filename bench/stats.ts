/** Timing helpers: wall-clock and CPU time per run, summarised as median and 95th percentile. */
export interface Sample {
  wallMs: number;
  cpuMs: number;
}

export interface Summary {
  runs: number;
  median: number;
  p95: number;
  /** Median CPU time of this process per run: less disturbed than wall time when other processes share the cores. */
  cpuMedian: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function summarize(samples: Sample[]): Summary {
  const wall = samples.map((s) => s.wallMs).sort((a, b) => a - b);
  const cpu = samples.map((s) => s.cpuMs).sort((a, b) => a - b);
  return { runs: samples.length, median: percentile(wall, 50), p95: percentile(wall, 95), cpuMedian: percentile(cpu, 50) };
}

export function timeOnce(fn: () => unknown): Sample {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/**
 * Run `fn` `warmup` times untimed, then until `runs` runs are timed or `budgetMs` of wall time has
 * passed (at least 5 timed runs). `setup` runs before each call, outside the timing.
 */
export function measure<T>(fn: (input: T) => unknown, setup: (run: number) => T, options: { warmup: number; runs: number; budgetMs: number }): Summary {
  for (let i = 0; i < options.warmup; i++) fn(setup(-1 - i));
  const samples: Sample[] = [];
  const start = performance.now();
  for (let i = 0; i < options.runs; i++) {
    const input = setup(i);
    samples.push(timeOnce(() => fn(input)));
    if (i >= 4 && performance.now() - start > options.budgetMs) break;
  }
  return summarize(samples);
}
