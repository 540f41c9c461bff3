import { describe, expect, it } from 'vitest';
import { lessonsFor } from '../../../src/extension/lessons';
import { claimAt, spanOf } from '../fixtures/claims';

const TEXT = 'The Harbor Shield battery fired, a person familiar with the matter said. The harbor authority said it was "a drill" on Friday.';

describe('what a claim can teach .factdesk.json', () => {
  it('a system: add it to known systems, or never flag it', () => {
    expect(lessonsFor(claimAt(TEXT, 'Harbor Shield', 'system')).map((l) => [l.key, l.value])).toEqual([
      ['extraSystems', 'Harbor Shield'],
      ['ignore', 'Harbor Shield'],
    ]);
  });

  it('an anonymous source can be named, a named one made anonymous', () => {
    const anonymous = claimAt(TEXT, 'a person familiar with the matter said', 'attribution-anonymous', { source: { ...spanOf(TEXT, 'a person familiar with the matter'), anonymous: true } });
    expect(lessonsFor(anonymous)[0]).toEqual({ title: '“a person familiar with the matter” is a named source (.factdesk.json)', key: 'namedSources', value: 'a person familiar with the matter' });
    const named = claimAt(TEXT, 'The harbor authority said', 'attribution', { source: { ...spanOf(TEXT, 'The harbor authority'), anonymous: false } });
    expect(lessonsFor(named).map((l) => l.key)).toEqual(['anonymousPhrases', 'ignore']);
  });

  it('a quoted term without its quote marks, a date as written; never a whole quote', () => {
    expect(lessonsFor(claimAt(TEXT, '"a drill"', 'quote-term'))).toEqual([{ title: 'Never flag “a drill” (.factdesk.json)', key: 'ignore', value: 'a drill' }]);
    expect(lessonsFor(claimAt(TEXT, 'on Friday', 'date-relative'))[0].value).toBe('on Friday');
    expect(lessonsFor(claimAt(TEXT, '"a drill"', 'quote'))).toEqual([]);
  });
});
