/**
 * Edits to a desk's `.factdesk.json` made by the *teach* quick fixes: append a phrase to one of its
 * word lists, keeping the file's own formatting, comments and key order (jsonc-parser computes the
 * smallest edit). A file that does not parse is never rewritten. Pure.
 */
import { applyEdits, findNodeAtLocation, modify, parseTree, type Edit, type Node, type ParseError } from 'jsonc-parser';

export type ListKey = 'extraSystems' | 'ignore' | 'namedSources' | 'anonymousPhrases';

/** A new `.factdesk.json`: an empty object the edit fills in. */
const NEW_FILE = '{}\n';

export interface ListEdit {
  /** The file's text after the edit. */
  text: string;
  /** The offset edits to the original text (empty when the phrase was already listed). */
  edits: Edit[];
}

/**
 * Insert `snippet` as the next sibling after `last` (the last item of an array or property of an
 * object whose opening bracket is at `open`). On the last item's line: right after it when the
 * container is written on one line, else on a new line with the item's indentation, after any
 * comment that ends the item's line (so that comment stays with its item).
 */
function appendAfter(text: string, open: number, last: Node, snippet: string): Edit[] {
  const end = last.offset + last.length;
  const lineStart = text.lastIndexOf('\n', last.offset) + 1;
  if (lineStart <= open) return [{ offset: end, length: 0, content: `, ${snippet}` }];
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline;
  const rest = text.slice(end, lineEnd);
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const comma = /^\s*,/.test(rest) ? [] : [{ offset: end, length: 0, content: ',' }];
  // A trailing comma or a comment after the item ends its line; the new item goes on the next one.
  const at = /^\s*,?\s*(\/\/.*|\/\*.*\*\/\s*)?$/.test(rest) ? lineEnd : end;
  return [...comma, { offset: at, length: 0, content: `${eol}${indent}${snippet}` }];
}

/**
 * Add `value` to the string list `key` of the config `text` (undefined: a new file). Throws an Error
 * saying why when the text is not a JSON object, or `key` holds something other than a list.
 */
export function addToList(text: string | undefined, key: ListKey, value: string): ListEdit {
  const base = text ?? NEW_FILE;
  const errors: ParseError[] = [];
  const root = parseTree(base, errors, { allowTrailingComma: true });
  if (errors.length || !root || root.type !== 'object') throw new Error('it is not a JSON object that Factdesk can edit safely; fix it by hand first');
  const list = findNodeAtLocation(root, [key]);
  if (list && list.type !== 'array') throw new Error(`its "${key}" is not a list`);
  if (list?.children?.some((item) => item.value === value)) return { text: base, edits: [] };
  const lastItem = list?.children?.[list.children.length - 1];
  const lastProperty = root.children?.[root.children.length - 1];
  let edits: Edit[];
  if (list && lastItem) edits = appendAfter(base, list.offset, lastItem, JSON.stringify(value));
  else if (!list && lastProperty) edits = appendAfter(base, root.offset, lastProperty, `${JSON.stringify(key)}: [${JSON.stringify(value)}]`);
  else {
    // An empty object or list: nothing around to keep, so jsonc-parser lays it out.
    const tabs = /^\t/m.test(base);
    const formattingOptions = { insertSpaces: !tabs, tabSize: tabs ? 1 : 2, eol: base.includes('\r\n') ? '\r\n' : '\n' };
    edits = list ? modify(base, [key, 0], value, { formattingOptions, isArrayInsertion: true }) : modify(base, [key], [value], { formattingOptions });
  }
  return { text: applyEdits(base, edits), edits };
}
