/**
 * The document parser reused across edits (the keystroke path) gives the model a fresh parse
 * gives: same blocks, masked text, links, front matter and disable comments. Random drafts with
 * fences, comments, front matter and CRLF, random edits (several in a row), fixed seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentParser, parseDocument, type DocumentModel } from '../../../src/core/document';
import { applyEdit, draftText, edit } from './arbitraries';
import { FUZZ_TIMEOUT_MS, FUZZ_RUNS, FUZZ_SEED } from './fuzzConfig';

/** Lines that change how everything after them parses. */
const STRUCTURE = ['```', '~~~', '<!-- open', '-->', '---', 'title: Draft', '    indented code', '> quoted', '- item', 'Heading', '===', '[ref]: https://example.org/r', 'See [the report][ref].', '<!-- factdesk-disable-next-line quote -->', '<!-- factdesk-disable -->', '<!-- factdesk-enable -->', '', '', ''];
const structured = fc
  .array(fc.oneof(fc.constantFrom(...STRUCTURE), draftText.map((t) => t.replace(/\r?\n|\r/g, ' '))), { maxLength: 30 })
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((br) => lines.join(br)));
const draft = fc.oneof(structured, draftText);
const editAny = fc.oneof(edit, fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), deleteCount: fc.integer({ min: 0, max: 3 }), insert: fc.constantFrom(...STRUCTURE.map((l) => `\n${l}\n`), '\n', '\r\n', '`', '-') }));

/** The model as plain data (suppressions by what they switch off). */
function data(model: DocumentModel): unknown {
  return { ...model, suppressions: model.suppressions.names, frontMatter: model.frontMatter ? [...model.frontMatter] : null };
}

describe('incremental document parsing', () => {
  it(
    'gives the model a fresh parse gives, after every edit of a series, in Markdown and plain text',
    () => {
      fc.assert(
        fc.property(draft, fc.array(editAny, { minLength: 1, maxLength: 4 }), fc.constantFrom('markdown', 'plaintext'), (text, edits, languageId) => {
          const parser = new DocumentParser();
          parser.parse(text, languageId);
          let current = text;
          for (const e of edits) {
            current = applyEdit(current, e);
            const reused = parser.parse(current, languageId);
            const fresh = parseDocument(current, languageId);
            expect(data(reused)).toEqual(data(fresh));
            for (const offset of [0, current.length >> 1, current.length]) expect(reused.suppressions.covers('quote', 'quote', offset)).toBe(fresh.suppressions.covers('quote', 'quote', offset));
          }
        }),
        { seed: FUZZ_SEED, numRuns: FUZZ_RUNS * 10 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it('keeps the blocks an edit did not touch, text strings and all', () => {
    const parser = new DocumentParser();
    const text = 'First paragraph, said Ana Ruiz.\n\nSecond one.\n\nThird one, said Tom Reyes.';
    const before = parser.parse(text);
    const after = parser.parse(text.replace('Second one.', 'Second one, edited.'));
    expect(after.blocks.map((b) => b.text)).toEqual(['First paragraph, said Ana Ruiz.', 'Second one, edited.', 'Third one, said Tom Reyes.']);
    expect(after.blocks[0]).toBe(before.blocks[0]);
    expect(after.blocks[2].text).toBe(before.blocks[2].text);
    expect(after.blocks[2].start).toBe(before.blocks[2].start + ', edited'.length);
  });
});
