import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../src/core/analyze';

/** What a user sees of each claim: where, what text, what message, and the record key. */
function seen(text: string, analyzer: Analyzer): string[] {
  return analyzer.run(text).claims.map((c) => `${c.code} ${c.start}-${c.end} ${JSON.stringify(c.text)} ${c.message} ${c.fingerprint}`);
}

describe('finishing claims across keystrokes', () => {
  const draft = [
    'Mayor Ana Ruiz said the [bridge](https://example.org/a) would "open in May, not June," on Tuesday.',
    '',
    'Officials said the toll would rise. "We had no choice," said Tom Reyes, the council treasurer.',
    '',
    '"It is the last rise this year," he added.',
  ].join('\n');

  it('gives a warm Analyzer the same claims as a fresh one after every edit, a link URL changed inside a claim included', () => {
    const warm = new Analyzer();
    seen(draft, warm);
    const edits = [
      draft.replace('https://example.org/a', 'https://example.org/b'),
      draft.replace('rise.', 'rise sharply.'),
      'A new first paragraph, said nobody.\n\n' + draft,
      draft.replace('"We had', 'We had'),
      // Words of later claims change with an edit elsewhere: the pronoun's person, the paragraph's needs.
      draft.replace('Tom Reyes', 'Tomas Reyes-Ortiz'),
      draft.replace('Officials said', 'Ana Ruiz said'),
    ];
    for (const edited of edits) expect(seen(edited, warm)).toEqual(seen(edited, new Analyzer()));
  });

  it('words a later quote and its paragraph\'s source-missing hint again when the speaker\'s name changes earlier', () => {
    const warm = new Analyzer();
    seen(draft, warm);
    const renamed = warm.run(draft.replace('Tom Reyes', 'Tomas Reyes-Ortiz')).claims;
    const last = renamed.filter((c) => c.code === 'quote').pop();
    expect(last?.message).toContain('Tomas Reyes-Ortiz');
    expect(renamed.filter((c) => c.code === 'source-missing').map((c) => c.message).join(' ')).toContain('Tomas Reyes-Ortiz');
  });

  it('reads a claim text again when only markup inside it changed', () => {
    const warm = new Analyzer();
    const text = 'Ruiz said the plan was "a [good](https://example.org/x) start," on Monday.';
    const before = warm.run(text).claims.find((c) => c.kind === 'quote');
    const after = warm.run(text.replace('/x', '/yz')).claims.find((c) => c.kind === 'quote');
    expect(before?.text).toContain('example.org/x');
    expect(after?.text).toContain('example.org/yz');
    expect(after?.fingerprint).not.toBe(before?.fingerprint);
  });
});

describe('claims in document order', () => {
  it('lists claims by start, then end, then rule code, whatever order the passes made them in', () => {
    const text = ['"A deal by Friday," said Ana Ruiz, citing a report [here](#).', '', 'Officials said the S-300 and the S-300 would cost $5 million, twice the $3 million of May 2.'].join('\n');
    const claims = new Analyzer().run(text).claims;
    expect(claims.length).toBeGreaterThan(5);
    const order = claims.map((c) => [c.start, c.end, c.code] as const);
    const expected = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
    expect(order).toEqual(expected);
  });
});

describe('a warm Analyzer and NUL bytes', () => {
  it('notices a NUL byte typed into a draft it checked before, and checks the draft again once it is gone', () => {
    const warm = new Analyzer();
    const text = '"We will open in May," said Ana Ruiz.';
    expect(warm.run(text).claims.length).toBeGreaterThan(0);
    const typed = warm.run(text.replace('May', 'Ma\u0000y'));
    expect(typed.claims).toEqual([]);
    expect(typed.notices.join(' ')).toContain('NUL bytes');
    expect(warm.run(text).claims.length).toBeGreaterThan(0);
  });
});
