/** Escape text for use inside a regular expression, valid with and without the `u` flag. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
