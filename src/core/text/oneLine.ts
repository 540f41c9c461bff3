/**
 * Text on one line: every run of whitespace, line breaks included, becomes one space. A claim that
 * spans a soft line break must not carry the break into its message, a Problems row, a SARIF
 * result or a CSV cell.
 */

/** Whitespace that `oneLine` would change inside a text: any but a plain space, or two spaces. */
const NOT_ONE_LINE = /[^\S ]| {2}/;

export function oneLine(text: string): string {
  // Almost every message is already on one line, and the engine asks for every claim on every
  // keystroke: one regex test (which reads a concatenated message once) before rewriting.
  const clean = !NOT_ONE_LINE.test(text) && text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32;
  return clean ? text : text.replace(/\s+/g, ' ').trim();
}

/**
 * Control characters shown as escapes ("\n", "\u0007"): a file name or message holding a newline
 * would otherwise split, or forge, a `path:line:col` line of terminal output.
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}
