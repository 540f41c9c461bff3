/**
 * JSON written piece by piece, byte for byte what `JSON.stringify(value, null, 2)` gives for the
 * whole, so the JSON and SARIF reports of a large run never exist as one string (a 257 MB string
 * ran out of memory or past the engine's string length limit, and the whole run's report was lost).
 *
 * A skeleton object is stringified with `ARRAY_HOLE` where a large array goes; the array's items
 * are then written between the two halves, each at the indentation the hole had.
 */

/** Writes one value at a given indentation (the indentation of the line it starts on). */
export type JsonPiece = (indent: string) => Iterable<string>;

export const ARRAY_HOLE = '\u0000factdesk-array\u0000';
const HOLE_TEXT = JSON.stringify(ARRAY_HOLE);

/** A value small enough to stringify at once. */
export function jsonValue(value: unknown): JsonPiece {
  return function* (indent) {
    yield JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
  };
}

/** `skeleton` (holding `ARRAY_HOLE` once, as a property value) with the array `items` in the hole. */
export function jsonWithArray(skeleton: unknown, items: Iterable<JsonPiece>): JsonPiece {
  return function* (indent) {
    const text = JSON.stringify(skeleton, null, 2).replace(/\n/g, `\n${indent}`);
    const at = text.indexOf(HOLE_TEXT);
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const inner = /^ */.exec(text.slice(lineStart))![0];
    yield `${text.slice(0, at)}[`;
    let first = true;
    for (const item of items) {
      yield `${first ? '' : ','}\n${inner}  `;
      yield* item(`${inner}  `);
      first = false;
    }
    yield `${first ? '' : `\n${inner}`}]${text.slice(at + HOLE_TEXT.length)}`;
  };
}
