import { describe, expect, it } from 'vitest';
import { emptyRecords, parseRecords, recordsPathFor, removeMark, RecordsError, serializeRecords, upsertMark, type VerificationMark } from '../../../src/core/records';

const mark: VerificationMark = { state: 'verified', by: 'ana', at: '2024-03-01T10:00:00.000Z', kind: 'quote', code: 'quote', text: '"Not now," he said', note: 'checked tape' };

function problemOf(text: string): string {
  try {
    parseRecords(text, '.factdesk/a.md.json');
  } catch (error) {
    expect(error).toBeInstanceOf(RecordsError);
    return `${(error as RecordsError).problem}: ${(error as Error).message}`;
  }
  return 'parsed';
}

describe('verification records', () => {
  it('round-trips marks through serialize and parse', () => {
    const records = upsertMark(upsertMark(emptyRecords(), 'quote:b', mark), 'date:a', { ...mark, state: 'ignored', kind: 'date', code: 'date', note: undefined });
    const text = serializeRecords(records);
    expect(Object.keys(JSON.parse(text).marks)).toEqual(['date:a', 'quote:b']);
    expect(parseRecords(text, 'x')).toEqual({ version: 1, marks: { 'quote:b': mark, 'date:a': { ...mark, state: 'ignored', kind: 'date', code: 'date', note: undefined } } });
  });

  it('upserts and removes by fingerprint without touching the input', () => {
    const one = upsertMark(emptyRecords(), 'f', mark);
    const two = upsertMark(one, 'f', { ...mark, note: 'second look' });
    expect(one.marks.f.note).toBe('checked tape');
    expect(two.marks.f.note).toBe('second look');
    expect(removeMark(two, 'f').marks).toEqual({});
    expect(two.marks.f).toBeDefined();
    expect(removeMark(two, 'missing').marks).toEqual(two.marks);
  });

  it('reads an empty file as no records', () => {
    expect(parseRecords('  \n', 'x')).toEqual(emptyRecords());
  });

  it('names the file and the problem for corrupt content', () => {
    expect(problemOf('{"version": 1, "marks": {')).toMatch(/^corrupt: \.factdesk\/a\.md\.json is not valid JSON/);
    expect(problemOf('[]')).toMatch(/^corrupt: .* does not hold a records object/);
    expect(problemOf('{"marks": {}}')).toMatch(/^corrupt: .* no valid "version"/);
    expect(problemOf('{"version": 1}')).toMatch(/^corrupt: .* no "marks" object/);
    expect(problemOf('{"version": 1, "marks": {"f": {"state": "maybe", "at": "2024-01-01", "kind": "quote", "code": "quote"}}}')).toMatch(/^corrupt: .*mark "f" has no valid "state"/);
    expect(problemOf('{"version": 1, "marks": {"f": {"state": "verified", "at": "yesterday", "kind": "quote", "code": "quote"}}}')).toMatch(/"at" timestamp/);
  });

  it('refuses a newer schema version rather than guessing', () => {
    expect(problemOf('{"version": 2, "marks": {}}')).toMatch(/^newer-version: .*newer Factdesk \(records version 2; this one reads version 1\)/);
  });

  it('puts records under .factdesk/ mirroring the document path', () => {
    expect(recordsPathFor('drafts/story.md')).toBe('.factdesk/drafts/story.md.json');
    expect(recordsPathFor('drafts\\win.md')).toBe('.factdesk/drafts/win.md.json');
  });
});
