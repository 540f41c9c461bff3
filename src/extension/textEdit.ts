/** A text edit in document offsets (UTF-16), computed by pure functions and applied as one WorkspaceEdit. */
export interface TextEditSpec {
  start: number;
  end: number;
  newText: string;
}

/** The document's own line ending, so inserted lines match it. */
export function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Apply edits to a string (for tests and previews); edits must not overlap. */
export function applyEdits(text: string, edits: readonly TextEditSpec[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}
