import { describe, expect, it } from 'vitest';
import { addToList } from '../../../src/extension/configEdits';
import { parseJsonText } from '../../../src/core/jsonText';

describe('teaching .factdesk.json', () => {
  it('creates the file with the list when there is none', () => {
    const { text } = addToList(undefined, 'extraSystems', 'Harbor Shield');
    expect(parseJsonText(text, { comments: true })).toEqual({ value: { extraSystems: ['Harbor Shield'] } });
  });

  it('appends to an existing list, keeping comments, order and indentation', () => {
    const before = '{\n    // the politics desk\n    "rules": { "quote-term": "off" },\n    "ignore": [\n        "Mara Venn" // our columnist\n    ]\n}\n';
    const { text } = addToList(before, 'ignore', 'Harbor Shield');
    expect(text).toContain('// the politics desk');
    expect(text).toContain('"Mara Venn", // our columnist\n        "Harbor Shield"\n    ]');
    expect(text.indexOf('"rules"')).toBeLessThan(text.indexOf('"ignore"'));
    expect(text).toMatch(/\n {8}"Harbor Shield"/);
    expect(parseJsonText(text, { comments: true })).toEqual({ value: { rules: { 'quote-term': 'off' }, ignore: ['Mara Venn', 'Harbor Shield'] } });
  });

  it('adds a missing key after the others and leaves a listed phrase alone', () => {
    const before = '{\n\t"anonymousPhrases": ["a person briefed on"]\n}\n';
    const added = addToList(before, 'namedSources', 'the harbor authority');
    expect(added.text).toBe('{\n\t"anonymousPhrases": ["a person briefed on"],\n\t"namedSources": ["the harbor authority"]\n}\n');
    expect(addToList('{"ignore": ["a"], "rules": {}}', 'ignore', 'b').text).toBe('{"ignore": ["a", "b"], "rules": {}}');
    expect(addToList('{\n  "ignore": [],\n}', 'ignore', 'b').text).toMatch(/"ignore": \[\s*"b"\s*\],/);
    expect(addToList(before, 'anonymousPhrases', 'a person briefed on')).toEqual({ text: before, edits: [] });
  });

  it('refuses a file it cannot edit safely', () => {
    expect(() => addToList('{"ignore": ', 'ignore', 'x')).toThrow(/not a JSON object/);
    expect(() => addToList('[]', 'ignore', 'x')).toThrow(/not a JSON object/);
    expect(() => addToList('{"ignore": "x"}', 'ignore', 'y')).toThrow(/"ignore" is not a list/);
  });
});
