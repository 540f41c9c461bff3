/**
 * Results that depend on one block's text only, kept from one run of an Analyzer to the next so an
 * edit recomputes them for the changed blocks alone. Entries not used by the latest run are
 * dropped, so the memo holds one document's blocks, not every version typed.
 */
export class BlockMemo {
  private previous = new Map<string, Map<string, unknown>>();
  private current = new Map<string, Map<string, unknown>>();

  /** The value for this block text in `namespace`, computed once per distinct text. */
  get<T>(namespace: string, text: string, compute: () => T): T {
    let now = this.current.get(namespace);
    if (!now) this.current.set(namespace, (now = new Map()));
    if (now.has(text)) return now.get(text) as T;
    const before = this.previous.get(namespace);
    const value = before?.has(text) ? (before.get(text) as T) : compute();
    now.set(text, value);
    return value;
  }

  /** Start a new run: what the last run did not use is forgotten. */
  nextRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}
