/**
 * A memo that lives one run: what the last run computed is kept for the next, and what the next
 * run does not ask for is dropped. Keyed by string: a key that is the same string object as last
 * time (the message of a cached draft) is found without reading it again.
 */
export class Generations<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  get(key: string, make: (key: string) => V): V {
    let value = this.current.get(key);
    if (value === undefined) {
      value = this.previous.get(key) ?? make(key);
      this.current.set(key, value);
    }
    return value;
  }

  /** Start a run: last run's values stay reachable for this one only. */
  next(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}
