import { describe, expect, it } from 'vitest';
import { emptyScore, prf, scoreDocument, trimSpan, type GoldDoc, type GoldSpan, type PredClaim } from '../../../scripts/eval/score';
import { formatErrors, formatTable, summary } from '../../../scripts/eval/report';

/** A span of `text` located by its words (nth occurrence), with extra gold fields. */
function at(text: string, words: string, extra: Partial<GoldSpan> = {}, nth = 0): GoldSpan {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { start, end: start + words.length, type: 'quote', text: words, ...extra };
}

const range = (s: { start: number; end: number }) => ({ start: s.start, end: s.end });

describe('trimSpan', () => {
  it('drops quote marks, spaces and ,.;: from both ends', () => {
    const text = ' “We will win,” ';
    expect(trimSpan(text, { start: 0, end: text.length })).toEqual({ start: 2, end: 13 });
  });
});

describe('quote and speaker scoring', () => {
  const text = '“We will win,” Smith said. He added: “It is over.” Critics called it “a sham” and a “farce” too.';
  const direct1 = at(text, '“We will win,”', { quote_kind: 'direct', speaker_start: at(text, 'Smith').start, speaker_end: at(text, 'Smith').end, cue_start: at(text, 'said').start, cue_end: at(text, 'said').end });
  const direct2 = at(text, '“It is over.”', { quote_kind: 'direct', speaker_start: at(text, 'He').start, speaker_end: at(text, 'He').end, cue_start: at(text, 'added').start, cue_end: at(text, 'added').end });
  const mixed = at(text, 'it “a sham”', { quote_kind: 'mixed' });
  const gold: GoldDoc = {
    id: 'd1',
    text,
    dct: null,
    spans: [direct1, direct2, mixed, { ...at(text, 'Smith'), type: 'speaker' }, { ...at(text, 'He'), type: 'speaker' }],
  };

  it('scores strict, relaxed, mixed exemption, quote-term exclusion and speakers', () => {
    const smith = { ...range(at(text, 'Smith')), name: 'John Smith' };
    const claims: PredClaim[] = [
      // strict match after trimming (claim without the marks), speaker overlaps gold
      { kind: 'quote', code: 'quote', start: direct1.start + 1, end: direct1.end - 2, speaker: smith, cue: range(at(text, 'said')) },
      // relaxed only (shorter), speaker is a name for the gold pronoun "He"
      { kind: 'quote', code: 'quote', start: direct2.start + 1, end: direct2.start + 6, speaker: smith },
      // inside the mixed span: not a false positive
      { kind: 'quote', code: 'quote', ...range(at(text, 'a sham')) },
      // a quoted term: left out entirely
      { kind: 'quote', code: 'quote-term', ...range(at(text, 'farce')) },
      // a real false positive
      { kind: 'quote', code: 'quote', ...range(at(text, 'Critics')) },
    ];
    const score = emptyScore();
    scoreDocument(gold, claims, score);
    expect(score.quotesStrict).toEqual({ predRight: 1, pred: 3, goldFound: 1, gold: 2 });
    expect(score.quotesRelaxed).toEqual({ predRight: 2, pred: 3, goldFound: 2, gold: 2 });
    expect(score.speakers).toEqual({ found: 2, overlap: 1, pronounResolved: 1 });
    expect(score.errors.quotes.falsePositives.map((e) => e.text)).toEqual(['Critics']);
    expect(score.cues).toEqual({ predRight: 1, pred: 1, goldFound: 1, gold: 2 });
    expect(prf(score.quotesRelaxed).f1).toBeCloseTo(0.8);
  });

  it('does not credit a pronoun to the wrong name', () => {
    const claims: PredClaim[] = [{ kind: 'quote', code: 'quote', ...range(direct2), speaker: { ...range(at(text, 'Critics')), name: 'Critics' } }];
    const score = emptyScore();
    scoreDocument(gold, claims, score);
    expect(score.speakers).toEqual({ found: 1, overlap: 0, pronounResolved: 0 });
    expect(score.errors.speakers.misses[0].note).toBe('gold speaker "He", got "Critics = Critics"');
  });
});

describe('source scoring', () => {
  it('matches attribution sources to gold speaker spans by overlap', () => {
    const text = 'Officials said the plan failed, according to a person familiar with it.';
    const gold: GoldDoc = { id: 'd2', text, dct: null, spans: [{ ...at(text, 'Officials'), type: 'speaker' }, { ...at(text, 'a person familiar with it'), type: 'speaker' }] };
    const claims: PredClaim[] = [
      { kind: 'attribution', code: 'attribution', ...range(at(text, 'Officials said the plan failed')), source: range(at(text, 'Officials')) },
      { kind: 'attribution', code: 'attribution-anonymous', ...range(at(text, 'according to')), source: range(at(text, 'the plan')) },
    ];
    const score = emptyScore();
    scoreDocument(gold, claims, score);
    expect(score.sources).toEqual({ predRight: 1, pred: 2, goldFound: 1, gold: 2 });
  });

  it("counts a quote's speaker as the source mention it is", () => {
    const text = '"The plan failed," Ortiz said.';
    const gold: GoldDoc = { id: 'd3', text, dct: null, spans: [{ ...at(text, 'Ortiz'), type: 'speaker' }] };
    const claims: PredClaim[] = [{ kind: 'quote', code: 'quote', ...range(at(text, '"The plan failed,"')), speaker: range(at(text, 'Ortiz')) }];
    const score = emptyScore();
    scoreDocument(gold, claims, score);
    expect(score.sources).toEqual({ predRight: 1, pred: 1, goldFound: 1, gold: 1 });
  });
});

describe('date scoring', () => {
  const text = 'On Friday, for two weeks, shares fell; in May they rose, and now they hold.';
  const gold: GoldDoc = {
    id: 'd3',
    text,
    dct: '2018-05-11',
    spans: [
      { ...at(text, 'Friday'), type: 'timex', timex_type: 'DATE', value: '2018-05-11' },
      { ...at(text, 'two weeks'), type: 'timex', timex_type: 'DURATION', value: 'P2W' },
      { ...at(text, 'May'), type: 'timex', timex_type: 'DATE', value: '2018-05' },
      { ...at(text, 'now'), type: 'timex', timex_type: 'DATE', value: 'PRESENT_REF' },
    ],
  };

  it('counts precision against any timex, recall over DATE timexes, values on matched DATEs', () => {
    const claims: PredClaim[] = [
      { kind: 'date', code: 'date-relative', ...range(at(text, 'On Friday')), value: '2018-05-11' },
      { kind: 'date', code: 'date-relative', ...range(at(text, 'two weeks')), value: 'P2W' },
      { kind: 'date', code: 'date-relative', ...range(at(text, 'May')), value: '2017-05' },
      { kind: 'date', code: 'date', ...range(at(text, 'shares')), value: '2018' },
      { kind: 'quote', code: 'quote', ...range(at(text, 'now')) },
    ];
    const score = emptyScore();
    scoreDocument(gold, claims, score);
    expect(score.dates).toEqual({ predRight: 3, pred: 4, goldFound: 2, gold: 3 });
    expect(score.dateValues).toEqual({ matched: 2, right: 1 });
    expect(score.errors.dates.misses.map((e) => e.text)).toEqual(['now']);
    expect(score.errors.dateValues.misses[0].note).toBe('gold 2018-05, got 2017-05 for "May"');

    const s = summary(score);
    expect(s.dates.p).toBeCloseTo(0.75);
    expect(s.dateValues.accuracy).toBe(0.5);
    expect(formatTable(score)).toContain('date value accuracy');
    expect(formatErrors(score, 1, () => text)).toContain('[[now]]');
  });
});
