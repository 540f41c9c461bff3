/**
 * Text on one line: every run of whitespace, line breaks included, becomes one space. A claim that
 * spans a soft line break must not carry the break into its message, a Problems row, a SARIF
 * result or a CSV cell.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
