/**
 * Results that depend on one block's text only, kept from one run of an Analyzer to the next so an
 * edit recomputes them for the changed blocks alone. Entries not used by the latest run are
 * dropped, so the memo holds one document's blocks, not every version typed.
 */
export class BlockMemo {
  /** Entries by namespace and text, each stamped with the last run that used it. */
  private readonly spaces = new Map<string, Map<string, { value: unknown; run: number }>>();
  private run = 0;
  private ids = 0;

  /** The value (never undefined) for this block text in `namespace`, computed once per distinct text. */
  get<T>(namespace: string, text: string, compute: () => T): T {
    // A hit costs two lookups and a stamp: no copying from one run's map to the next (each lookup hashes the text).
    let space = this.spaces.get(namespace);
    if (!space) this.spaces.set(namespace, (space = new Map()));
    const entry = space.get(text);
    if (entry !== undefined) {
      entry.run = this.run;
      return entry.value as T;
    }
    const value = compute();
    space.set(text, { value, run: this.run });
    return value;
  }

  /**
   * A short id for `text` in `namespace`, the same on every run while the text is in use: joined,
   * the ids of a document's block summaries make a cheap key for a result over all of them.
   */
  idOf(namespace: string, text: string): string {
    return this.get(namespace, text, () => (this.ids++).toString(36));
  }

  /** Start a new run: what the last run did not use is forgotten. */
  nextRun(): void {
    for (const [namespace, space] of this.spaces) {
      for (const [text, entry] of space) if (entry.run !== this.run) space.delete(text);
      if (space.size === 0) this.spaces.delete(namespace);
    }
    this.run++;
  }
}
