// Error classes found on real news copy (issue 9, classes 1–5): quote marks, speakers from a
// lead-in, partial quotes, anonymous sources. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { analyze, type Claim } from '../../../src/core';

function speech(text: string, languageId = 'markdown'): Claim[] {
  return analyze(text, { languageId }).filter((c) => c.kind === 'quote' || c.kind === 'attribution');
}

function quotes(text: string, languageId = 'markdown'): Claim[] {
  return speech(text, languageId).filter((c) => c.kind === 'quote');
}

function anonymous(text: string): string[] {
  return speech(text)
    .filter((c) => c.code === 'attribution-anonymous')
    .map((c) => c.source?.text ?? '');
}

describe('class 1: wire and typewriter quote marks', () => {
  it("reads ``…'' as a quotation and never lets it swallow the attribution after it", () => {
    for (const languageId of ['markdown', 'plaintext']) {
      const [quote] = quotes("``The pier is safe,'' he told the Harbour Echo.", languageId);
      expect(quote.code).toBe('quote');
      expect(quote.text).toBe("``The pier is safe,''");
      expect(quote.speaker?.text).toBe('he');
      expect(quote.cue?.text).toBe('told');
    }
  });

  it("closes a straight or curly opener with '' and a `` opener with a straight mark", () => {
    expect(quotes("\"We checked it twice,'' Okafor said.").map((q) => [q.text, q.speaker?.text])).toEqual([["\"We checked it twice,''", 'Okafor']]);
    expect(quotes('``We checked it twice," Okafor said.').map((q) => [q.text, q.speaker?.text])).toEqual([['``We checked it twice,"', 'Okafor']]);
  });

  it('gives the second of two wire-style quotes the same speaker', () => {
    // Plain text: in Markdown two ``…`` on one line are a code span, as CommonMark says.
    const found = quotes("``The pier is safe,'' Okafor said. ``We checked it twice.''", 'plaintext');
    expect(found.map((q) => q.speaker?.text)).toEqual(['Okafor', 'Okafor']);
  });

  it("does not read a plural possessive as a closing mark", () => {
    expect(quotes("The players' union met the owners' lawyers.")).toEqual([]);
  });
});

describe('class 2: speakers from a lead-in', () => {
  it('takes the speaker of a statement introduced before the quote', () => {
    const [quote] = quotes('The water board released a statement, which read in part: "The reservoir is safe and we will keep testing."');
    expect(quote.code).toBe('quote');
    expect(quote.speaker?.text).toBe('The water board');
  });

  it('reads "in the words of X"', () => {
    const [quote] = quotes('In the words of Judge Amberley, "the law is not a toy for the powerful."');
    expect(quote.speaker?.text).toBe('Judge Amberley');
    expect(quote.cue?.text).toBe('In the words of');
  });

  it('gives a quote paragraph the speaker whose lead-in ends the paragraph before on a colon', () => {
    const [quote] = quotes('The harbour master described the scene:\n\n"Boats were thrown onto the quay and the lights went out."\n');
    expect(quote.speaker?.text).toBe('The harbour master');
  });
});

describe('class 3: partial quotes are quotes', () => {
  it('ties a characterization to its speaker: called the bill "…"', () => {
    const [quote] = quotes('The senator called the bill "a gift to lobbyists."');
    expect(quote).toMatchObject({ code: 'quote', speaker: { text: 'The senator' }, cue: { text: 'called' } });
  });

  it('ties one-word partial quotes after "calls it" to the speaker', () => {
    const found = quotes('The plan is doomed, but a Kremlin aide calls it "reckless" and "badly drafted."');
    expect(found.map((q) => [q.code, q.speaker?.text])).toEqual([
      ['quote', 'a Kremlin aide'],
      ['quote', 'a Kremlin aide'],
    ]);
  });

  it('ties a partial quote inside reported speech to the speaker, and leaves a lone scare-quoted word a term', () => {
    const [quote] = quotes('A port official confirmed that the ferry is in "fast-track and costly" talks with the yard.');
    expect(quote).toMatchObject({ code: 'quote', speaker: { text: 'A port official' } });
    expect(quotes('Observers noted possible "irregularities" at the count.').map((q) => q.code)).toEqual(['quote-term']);
  });

  it('reads "X is "…", a spokesman said" as a quote from the spokesman', () => {
    const [quote] = quotes('The port is "deeply concerned", a spokesman said.');
    expect(quote).toMatchObject({ code: 'quote', speaker: { text: 'a spokesman' } });
  });

  it('keeps terms as terms: so-called, titles and names with no speech verb', () => {
    expect(quotes('Critics said the so-called "reform" would raise fares.').map((q) => q.code)).toEqual(['quote-term']);
    expect(quotes('The group called "Save Our Pier" met on Monday.').map((q) => q.code)).toEqual(['quote-term']);
  });
});

describe('class 5: anonymous sources', () => {
  it('finds role-only sources with an organisation or a place in them', () => {
    expect(anonymous('U.S. officials said the talks had stalled.')).toEqual(['U.S. officials']);
    expect(anonymous('A NATO representative said the talks had stalled.')).toEqual(['A NATO representative']);
    expect(anonymous('An airline executive said the fleet would be grounded.')).toEqual(['An airline executive']);
    expect(anonymous('An official in Lisbon said the plan was dead.')).toEqual(['An official in Lisbon']);
    expect(anonymous('One adviser to the Bulgarian government said the idea had been raised.')).toEqual(['One adviser to the Bulgarian government']);
  });

  it('finds people briefed on, a person close to, and hearsay with no source', () => {
    expect(anonymous('People briefed on the talks said they had stalled.')).toEqual(['People briefed on the talks']);
    expect(anonymous('A person close to the minister said the talks had stalled.')).toEqual(['A person close to the minister']);
    const [said] = speech('The minister is said to be furious.');
    expect(said).toMatchObject({ code: 'attribution-anonymous', cue: { text: 'is said to' } });
    expect(said.message).toBe('Hearsay ("is said to"): nobody is named; confirm the desk knows who says so.');
    expect(speech('The minister is rumored to be leaving.').map((c) => c.code)).toEqual(['attribution-anonymous']);
  });

  it('warns about an anonymous source that speaks a direct quote', () => {
    const found = speech('"The talks are stuck," a senior Treasury official told reporters.');
    expect(found.map((c) => c.code)).toEqual(['quote', 'attribution-anonymous']);
    expect(speech('"It is off the table," the source said.').map((c) => c.code)).toEqual(['quote', 'attribution-anonymous']);
  });

  it('warns once per source in a sentence', () => {
    expect(anonymous('A senior official told the agency he saw no change, noting that talks would resume.')).toEqual(['A senior official']);
  });

  it('is not a named source', () => {
    expect(anonymous('Kim Ode, an aide to the mayor, said the plan was dead.')).toEqual([]);
  });
});
