/**
 * Results that depend on one block's text only, kept from one run of an Analyzer to the next so an
 * edit recomputes them for the changed blocks alone. Entries not used by the latest run are
 * dropped, so the memo holds one document's blocks, not every version typed.
 */
export class BlockMemo {
  private previous = new Map<string, Map<string, unknown>>();
  private current = new Map<string, Map<string, unknown>>();

  /** The value (never undefined) for this block text in `namespace`, computed once per distinct text. */
  get<T>(namespace: string, text: string, compute: () => T): T {
    // Values are never undefined, so one `get` answers "is it there" (each lookup hashes the text).
    let now = this.current.get(namespace);
    if (!now) this.current.set(namespace, (now = new Map()));
    let value = now.get(text) as T | undefined;
    if (value !== undefined) return value;
    value = this.previous.get(namespace)?.get(text) as T | undefined;
    if (value === undefined) value = compute();
    now.set(text, value);
    return value;
  }

  /** Start a new run: what the last run did not use is forgotten. */
  nextRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}
