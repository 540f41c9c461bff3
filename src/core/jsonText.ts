/**
 * Strict JSON for the files Factdesk reads (config, verification records): a UTF-8 BOM is
 * accepted, and a file that does not parse is described by line and column only. JSON.parse's own
 * message quotes the start of the text, and a config or records path may be a link to anything
 * (a system file): its content must never reach an error message.
 */
import type { ParseError } from 'jsonc-parser';
import { LineIndex } from './lineIndex';

export type JsonParse = { value: unknown } | { error: string };

/**
 * `comments`: JSON with comments and trailing commas (JSONC, as VS Code's own settings), for
 * `.factdesk.json`, which desks annotate and the teach quick fixes edit keeping those comments.
 */
export function parseJsonText(text: string, options: { comments?: boolean } = {}): JsonParse {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(body) as unknown };
  } catch {
    // Only a file that does not parse as JSON needs jsonc-parser: it is loaded then.
    const { parse, printParseErrorCode } = require('jsonc-parser') as typeof import('jsonc-parser');
    const errors: ParseError[] = [];
    const value: unknown = parse(body, errors, { disallowComments: !options.comments, allowTrailingComma: options.comments === true, allowEmptyContent: false });
    const first = errors[0];
    if (!first) return options.comments ? { value } : { error: 'not valid JSON' };
    const at = new LineIndex(body).positionAt(first.offset);
    const what = printParseErrorCode(first.error)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase();
    return { error: `not valid JSON (${what} at line ${at.line + 1}, column ${at.character + 1})` };
  }
}
