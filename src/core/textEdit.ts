/**
 * What an edit left alone: between the text of the last run and this one, the length of the common
 * start and of the common end (not overlapping). A keystroke changes a few characters in between, so
 * everything outside that window reads as it did, shifted by `delta` after it.
 */
export interface UnchangedEnds {
  prefix: number;
  suffix: number;
  /** Length of this text minus that of the last. */
  delta: number;
}

/** Characters compared at once: string equality is a native block compare, a character loop is not. */
const CHUNK = 512;

export function unchangedEnds(before: string, after: string): UnchangedEnds {
  const most = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + CHUNK <= most && before.slice(prefix, prefix + CHUNK) === after.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < most && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const room = most - prefix;
  let suffix = 0;
  while (suffix + CHUNK <= room && before.slice(before.length - suffix - CHUNK, before.length - suffix) === after.slice(after.length - suffix - CHUNK, after.length - suffix)) suffix += CHUNK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, suffix, delta: after.length - before.length };
}
