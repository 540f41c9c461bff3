/**
 * One character typed into a draft, as the editor hands the text to the engine: VS Code's
 * `TextDocument.getText()` builds one flat string from its piece tree. A plain concatenation
 * (`before + ch + after`) would be a V8 rope, which the engine would first have to flatten, a cost
 * no editor pays; the flat copy is made here, outside the timed run.
 */
export function typeAt(text: string, at: number, ch: string, flat = true): string {
  const typed = text.slice(0, at) + ch + text.slice(at);
  return flat ? Buffer.from(typed, 'utf16le').toString('utf16le') : typed;
}
