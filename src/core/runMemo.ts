/**
 * Values keyed by string, kept across an Analyzer's runs and dropped once no run has asked for them
 * for a while. Unlike a map rebuilt every run, a hit writes nothing but a run number: the engine
 * looks up every claim's message and fingerprint on every keystroke, and almost every lookup hits.
 */
export class RunMemo<V> {
  private readonly entries = new Map<string, { value: V; run: number }>();
  private run = 0;

  get(key: string, make: (key: string) => V): V {
    const entry = this.entries.get(key);
    if (entry) {
      entry.run = this.run;
      return entry.value;
    }
    const value = make(key);
    this.entries.set(key, { value, run: this.run });
    return value;
  }

  /** Start a run; every `SWEEP_EVERY` runs, forget what the last `SWEEP_EVERY` runs did not use. */
  nextRun(): void {
    this.run++;
    if (this.run % SWEEP_EVERY !== 0) return;
    for (const [key, entry] of this.entries) if (this.run - entry.run > SWEEP_EVERY) this.entries.delete(key);
  }
}

const SWEEP_EVERY = 32;
