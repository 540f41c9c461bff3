/**
 * Results that depend on one block's text only, kept from one run of an Analyzer to the next so an
 * edit recomputes them for the changed blocks alone. Entries not used by the latest run are
 * dropped, so the memo holds one document's blocks, not every version typed.
 *
 * One entry per block text holds every kind of result (scanner drafts, name mentions…): the text
 * is hashed and compared once per run, and the other lookups of the run find the same string
 * object, which costs next to nothing. Keyed by namespace first, each block cost one full hash and
 * compare per namespace on every keystroke.
 */
/** The same items in the same order, compared with ===: how the engine's memos decide an input is unchanged. */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class BlockMemo {
  private previous = new Map<string, Map<string, unknown>>();
  private current = new Map<string, Map<string, unknown>>();
  private readonly kept = new Map<string, { inputs: readonly unknown[]; value: unknown }>();

  /** The value (never undefined) for this block text in `namespace`, computed once per distinct text. */
  get<T>(namespace: string, text: string, compute: () => T): T {
    let results = this.current.get(text);
    if (!results) {
      results = this.previous.get(text) ?? new Map<string, unknown>();
      this.current.set(text, results);
    }
    let value = results.get(namespace) as T | undefined;
    if (value === undefined) {
      value = compute();
      results.set(namespace, value);
    }
    return value;
  }

  /**
   * A result over the whole document, computed again only when one of its inputs changed (compared
   * with ===, one by one): passes keep what they derive from every block's summary this way.
   */
  keep<T>(namespace: string, inputs: readonly unknown[], compute: () => T): T {
    const last = this.kept.get(namespace);
    if (last && sameItems(last.inputs, inputs)) return last.value as T;
    const value = compute();
    this.kept.set(namespace, { inputs, value });
    return value;
  }

  /** Start a new run: what the last run did not use is forgotten. */
  nextRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}
