/**
 * A character trie of the user's system names (`factdesk.extraSystems`). One alternation of
 * thousands of names made every check slow and, past about 9,000 names, threw "Invalid regular
 * expression"; the trie walks each start position at most as far as the longest name, so a check
 * stays linear in the text whatever the list holds.
 *
 * Matching keeps the semantics the alternation had: case-sensitive, leftmost and then longest,
 * non-overlapping; a name that starts (ends) with a word character needs a word edge before
 * (after) it, and a name ending in a word character also matches with a plural "s".
 */

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The configured name that ends here, if any. */
  name?: string;
}

export interface NameMatch {
  start: number;
  end: number;
  /** The name as configured. */
  name: string;
}

const WORD = /[\p{L}\p{N}_]/u;

function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return WORD.test(String.fromCodePoint(text.codePointAt(index)!));
}

/** Is the code point that ends just before `index` a word character? */
function isWordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return isWordAt(text, start) && start + String.fromCodePoint(text.codePointAt(start)!).length === index;
}

export class NameTrie {
  private readonly root: TrieNode = { next: new Map() };

  constructor(names: readonly string[]) {
    for (const name of names) {
      let node = this.root;
      for (let i = 0; i < name.length; i++) {
        const unit = name.charCodeAt(i);
        let child = node.next.get(unit);
        if (!child) node.next.set(unit, (child = { next: new Map() }));
        node = child;
      }
      node.name = name;
    }
  }

  get empty(): boolean {
    return this.root.next.size === 0;
  }

  /** Leftmost-longest, non-overlapping matches in `text`, at most `limit` of them. */
  find(text: string, limit: number): NameMatch[] {
    const found: NameMatch[] = [];
    let i = 0;
    while (i < text.length && found.length < limit) {
      const match = this.longestAt(text, i);
      if (match) {
        found.push(match);
        i = match.end;
      } else {
        i++;
      }
    }
    return found;
  }

  private longestAt(text: string, start: number): NameMatch | null {
    let node = this.root.next.get(text.charCodeAt(start));
    if (!node) return null;
    // A name that starts with a word character must not start inside a word.
    const insideWord = isWordBefore(text, start);
    let best: NameMatch | null = null;
    for (let i = start + 1; node; i++) {
      if (node.name !== undefined && !(insideWord && isWordAt(text, start))) {
        const end = matchEnd(text, node.name, i);
        if (end !== null) best = { start, end, name: node.name };
      }
      if (i >= text.length) break;
      node = node.next.get(text.charCodeAt(i));
    }
    return best;
  }
}

/** Where a name that ends at `end` really ends: after a plural "s", at `end`, or not at all (inside a word). */
function matchEnd(text: string, name: string, end: number): number | null {
  if (!isWordBefore(name, name.length)) return end;
  if (text[end] === 's' && !isWordAt(text, end + 1)) return end + 1;
  return isWordAt(text, end) ? null : end;
}
