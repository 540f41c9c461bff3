import { describe, expect, it } from 'vitest';
import { markdownDiff } from '../../../../src/core/sources/matchText';
import { SourceSet } from '../../../../src/core/sources/sourceSet';

// Invented transcript: a council briefing.
const BRIEFING = [
  'ORTIZ: We are not discussing any new fares this year. The budget is settled, and the council will vote on it in March.',
  '',
  'Q: Will the bridge close again before the summer?',
  '',
  'ORTIZ: It will close for two weeks in April. After that the work moves under the deck, and traffic keeps flowing.',
].join('\n');

const sources = SourceSet.build([
  { path: 'sources/briefing.txt', text: BRIEFING },
  { path: 'sources/release.md', text: '# Harbor works\n\nThe harbor authority said 1,200 tonnes of steel arrived on Monday.\n' },
]).set;

const match = (quote: string) => sources.match(quote);
const diff = (quote: string): string => markdownDiff(match(quote)?.diff ?? [], (t) => t);

describe('quote matching: statuses', () => {
  it('verbatim: the same words, whatever the quote marks and edge punctuation', () => {
    const m = match('“We are not discussing any new fares this year,”');
    expect(m?.status).toBe('verbatim');
    expect(m?.file).toBe('sources/briefing.txt');
    expect(m?.line).toBe(1);
    expect(BRIEFING.slice(m!.start, m!.end)).toBe('We are not discussing any new fares this year');
    expect(m?.speaker).toBe('ORTIZ');
  });

  it('verbatim: a changed first capital is an editorial convention', () => {
    expect(match('"the budget is settled"')?.status).toBe('verbatim');
  });

  it('minor: only case or punctuation inside the quote differ', () => {
    expect(match('"The budget is settled and the Council will vote on it in March."')?.status).toBe('minor');
  });

  it('altered: a word substituted, with the word diff', () => {
    const m = match('"We are not talking about any new fares this year."');
    expect(m?.status).toBe('altered');
    expect(diff('"We are not talking about any new fares this year."')).toBe('We are not ~~discussing~~ **talking about** any new fares this year');
    expect(m?.context).toBe('We are not discussing any new fares this year.');
  });

  it('altered: a negation dropped or added, a number changed, two words swapped, a word dropped', () => {
    expect(diff('"We are discussing any new fares this year"')).toBe('We are ~~not~~ discussing any new fares this year');
    expect(diff('"It will not close for two weeks in April."')).toBe('It will **not** close for two weeks in April');
    expect(diff('"It will close for three weeks in April."')).toBe('It will close for ~~two~~ **three** weeks in April');
    expect(match('"It will close for weeks two in April."')?.status).toBe('altered');
    expect(diff('"After that the work moves under the deck, and traffic flowing."')).toBe('After that the work moves under the deck and traffic ~~keeps~~ flowing');
  });

  it('not-found: words in no source', () => {
    const m = match('"The ferry will run all night from next spring."');
    expect(m).toMatchObject({ status: 'not-found', file: null, line: null, text: '' });
  });

  it('a quote of one or two words is too short to judge: placed when found, never not-found', () => {
    expect(match('"settled"')?.status).toBe('verbatim');
    expect(match('"utterly unfair"')).toBeNull();
  });

  it('finds the file and line among several sources', () => {
    const m = match('"1,200 tonnes of steel arrived on Monday"');
    expect(m).toMatchObject({ status: 'verbatim', file: 'sources/release.md', line: 3, speaker: null });
  });
});

describe('quote matching: editorial conventions are faithful', () => {
  it('an ellipsis for words left out within one passage', () => {
    expect(match('"The budget is settled … in March."')?.status).toBe('verbatim');
    expect(match('"The budget is settled ... the council will vote on it in March."')?.status).toBe('verbatim');
    expect(match('"The budget is settled [...] in March."')?.status).toBe('verbatim');
  });

  it('but an ellipsis does not join two passages (turns)', () => {
    expect(match('"The budget is settled … It will close for two weeks in April."')?.status).not.toBe('verbatim');
  });

  it('[brackets] for an insertion or replacement, and inside a word', () => {
    expect(match('"[The mayor is] not discussing any new fares this year."')?.status).toBe('verbatim');
    expect(match('"[T]he council will vote on [the budget] in March."')?.status).toBe('verbatim');
  });

  it('(sic) is the editor\'s, not the speaker\'s', () => {
    expect(match('"The budget is settled (sic), and the council will vote on it in March."')?.status).toBe('verbatim');
  });
});

describe('the fix: the quote in the source\'s words', () => {
  it('replaces the changed words and keeps the draft\'s marks, edges and ellipses', () => {
    const quote = '“We are not talking about any new fares this year,”';
    expect(match(quote)?.fix).toEqual({ start: 1, end: 49, text: 'We are not discussing any new fares this year' });
    const elided = '"The budget is fixed … in March."';
    const fix = match(elided)?.fix;
    expect(fix).toEqual({ start: 1, end: 31, text: 'The budget is settled … in March' });
    expect(elided.slice(0, fix!.start) + fix!.text + elided.slice(fix!.end)).toBe('"The budget is settled … in March."');
  });
});

describe('source set', () => {
  it('refuses binary, non-UTF-8 and oversized sources with a message, and keeps the others', () => {
    const built = SourceSet.build([
      { path: 'sources/a.bin', text: 'PK\u0000\u0003' },
      { path: 'sources/b.txt', text: 'caf\uFFFD au lait' },
      { path: 'sources/c.txt', text: 'We will open the bridge in May.' },
    ]);
    expect(built.problems).toHaveLength(2);
    expect(built.problems[0]).toMatch(/sources\/a\.bin .*binary/);
    expect(built.problems[1]).toMatch(/sources\/b\.txt is not valid UTF-8/);
    expect(built.set.size).toBe(1);
    expect(built.set.match('"We will open the bridge in May."')?.status).toBe('verbatim');
  });

  it('the key changes with a file\'s content, and the same quote keeps its memoized match', () => {
    const a = SourceSet.build([{ path: 's.txt', text: 'One two three four.' }]).set;
    const b = SourceSet.build([{ path: 's.txt', text: 'One two three five.' }]).set;
    expect(a.key).not.toBe(b.key);
    expect(a.match('"one two three four"')).toBe(a.match('"one two three four"'));
  });
});
