import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import type { Claim } from '../../../src/core';

function speech(text: string): Claim[] {
  return analyze(text).filter((c) => c.kind === 'quote' || c.kind === 'attribution');
}

function only(claims: Claim[], code: string): Claim[] {
  return claims.filter((c) => c.code === code);
}

describe('quotes and their speakers', () => {
  it('ties a quote to the speaker after it, in straight and curly marks', () => {
    for (const text of ['"The bridge will open in June," Halvorsen said.', '\u201CThe bridge will open in June,\u201D Halvorsen said.']) {
      const [quote] = only(speech(text), 'quote');
      expect(quote.text.slice(1, -1)).toBe('The bridge will open in June,');
      expect(quote.speaker?.text).toBe('Halvorsen');
      expect(quote.cue?.text).toBe('said');
    }
  });

  it('reads a speaker across a soft line break in a wrapped paragraph', () => {
    const [quote] = only(speech('The mayor spoke at noon. "We will reopen the bridge by June,"\nMayor Ortiz told reporters.'), 'quote');
    expect(quote.speaker?.text).toBe('Mayor Ortiz');
  });

  it('reads inverted attributions with an appositive', () => {
    const [quote] = only(speech('"We were not consulted," said Marta Quist, a council member.'), 'quote');
    expect(quote.speaker?.text).toBe('Marta Quist');
  });

  it('ties a quote to a speaker introducing it with a colon', () => {
    const [quote] = only(speech('The mayor said: "Nobody will lose their home."'), 'quote');
    expect(quote.speaker?.text).toBe('The mayor');
  });

  it('gives both pieces of an interrupted quote the same speaker', () => {
    const quotes = only(speech('"The levee held," Okafor said, "but only just."'), 'quote');
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.speaker?.text)).toEqual(['Okafor', 'Okafor']);
  });

  it('keeps the speaker of an interrupted quote when another attribution follows', () => {
    const quotes = only(speech('"We open in May," Mayor Ines Roa said, "not a day later." She said the report was public.'), 'quote');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ines Roa', 'Ines Roa']);
  });

  it('continues a speaker into the next sentence of quotes', () => {
    const quotes = only(speech('"It rained for a week," she said. "Then the river rose."'), 'quote');
    expect(quotes.map((q) => q.speaker?.text)).toEqual(['she', 'she']);
  });

  it('resolves a pronoun and a surname to the fullest name in the draft', () => {
    const claims = speech('Harriet Okonjo, the port director, spoke on Monday.\n\n"We are ready," she said.\n\n"Ships can dock," Okonjo added.');
    const quotes = only(claims, 'quote');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Harriet Okonjo', 'Harriet Okonjo']);
  });

  it('records the outlet a quote came through', () => {
    const [quote] = only(speech('"Talks are frozen," the Gazetta daily cited Petrov as saying.'), 'quote');
    expect(quote.speaker?.text).toBe('Petrov');
    expect(quote.outlet).toBe('Gazetta');
  });

  it('takes the speaker of the previous paragraph for a quote paragraph of its own', () => {
    const claims = speech('Councillor Bram Dekker said the vote was rushed.\n\n"Nobody read the budget before voting on it."');
    const [quote] = only(claims, 'quote');
    expect(quote.speaker?.name).toBe('Bram Dekker');
  });

  it('joins a multi-paragraph quote instead of calling it unbalanced', () => {
    const claims = speech('"The first year was hard," Lindqvist said. "We lost two crews.\n\n"The second year was worse."');
    expect(only(claims, 'quote-unbalanced')).toHaveLength(0);
    expect(only(claims, 'quote').map((q) => q.speaker?.text)).toEqual(['Lindqvist', 'Lindqvist', 'Lindqvist']);
  });

  it('flags an unclosed quote at the end of a paragraph that nothing continues', () => {
    const claims = speech('"We will appeal the ruling, the lawyer said.\n\nThe court adjourned.');
    expect(only(claims, 'quote-unbalanced')).toHaveLength(1);
  });

  it('flags a quote nobody is said to have said', () => {
    const claims = speech('The report was late.\n\n"Deadlines are for other people."');
    expect(only(claims, 'quote-unattributed')).toHaveLength(1);
  });

  it('treats scare quotes, titles and nicknames as terms', () => {
    const claims = speech('Observers noted possible "irregularities" at the count. He appeared on "Meet the Press," and locals call it the "Battle of the Sentry".');
    expect(only(claims, 'quote-term').map((c) => c.text)).toEqual(['"irregularities"', '"Meet the Press,"', '"Battle of the Sentry"']);
    expect(only(claims, 'quote')).toHaveLength(0);
  });

  it('does not take apostrophes or inch marks for quotes', () => {
    expect(speech("The council's 12\" pipes and the mayor's plan weren't ready.")).toEqual([]);
  });
});

describe('attributions', () => {
  it('finds a named source with its cue', () => {
    const [a] = only(speech('Interior Minister Lena Sato said the border would reopen.'), 'attribution');
    expect(a.source?.text).toBe('Interior Minister Lena Sato');
    expect(a.cue?.text).toBe('said');
  });

  it('finds "according to" sources', () => {
    const [a] = only(speech('The dam cost $2 billion, according to the regional auditor.'), 'attribution');
    expect(a.source?.text).toBe('the regional auditor');
  });

  it('flags anonymous sources', () => {
    for (const text of ['Unnamed security sources said the convoy turned back.', 'A person familiar with the talks said no deal was near.', 'Officials said the road was closed.']) {
      const [a] = only(speech(text), 'attribution-anonymous');
      expect(a, text).toBeDefined();
      expect(a.source?.anonymous).toBe(true);
    }
  });

  it('flags a claim known only through another outlet', () => {
    const [a] = only(speech('The Tribune newspaper cited Mayor Ortiz as saying the budget was balanced.'), 'attribution-secondhand');
    expect(a.outlet).toBe('Tribune');
    expect(a.text).toBe('The Tribune newspaper cited Mayor Ortiz as saying');
    expect(a.source?.text).toBe('Mayor Ortiz');
  });

  it('treats a role-only source the draft names elsewhere as named', () => {
    const claims = speech('The Courier daily cited a senior port aide as saying fees would rise.\n\nThe remarks, by Ines Varga, an aide to the governor, surprised shippers.');
    expect(only(claims, 'attribution-anonymous')).toHaveLength(0);
    expect(only(claims, 'attribution-secondhand')[0].outlet).toBe('Courier');
  });

  it('keeps a capitalized outlet head in the outlet name', () => {
    const [a] = only(speech('The Valley Gazette quoted a port engineer as saying the cranes were old.'), 'attribution-secondhand');
    expect(a.outlet).toBe('Valley Gazette');
  });

  it('reads a named characterization with "called", but not naming or phoning', () => {
    const [a] = only(speech('Senator Vale called the budget a disgrace.'), 'attribution');
    expect(a.cue?.text).toBe('called');
    expect(a.source?.text).toBe('Senator Vale');
    expect(speech('A charity called Open Doors opened. Ruiz called into the radio show.').filter((c) => c.cue?.text === 'called')).toEqual([]);
  });

  it('finds the subject before an appositive', () => {
    const [a] = only(speech('Tomas Berg, the union treasurer, said the fund was solvent.'), 'attribution');
    expect(a.source?.text).toBe('Tomas Berg');
  });

  it('reads a surname that is also a title word after an honorific', () => {
    const [quote] = only(speech('"The dock is safe," Mr. King added.'), 'quote');
    expect(quote.speaker?.text).toBe('Mr. King');
  });

  it('finds the subject of a coordinated cue', () => {
    const [quote] = only(speech('At the gate, Ruth Amari laughed and said, "Nobody told us anything."'), 'quote');
    expect(quote.speaker?.text).toBe('Ruth Amari');
  });

  it('lets an attribution that ends the previous sentence speak the quote after it', () => {
    const [quote] = only(speech('The audit is late, Dalca said. "We have asked for more staff twice this year."'), 'quote');
    expect(quote.speaker?.text).toBe('Dalca');
  });

  it('does not read a time phrase as the source of an inverted cue', () => {
    const [quote] = only(speech('"We are open," Reyes, a shop owner, said Thursday morning.'), 'quote');
    expect(quote.speaker?.text).toBe('Reyes');
  });
});
