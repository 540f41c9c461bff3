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

  it('resolves "he said" after a quote to the speaker the story introduced, not to a name inside the quote', () => {
    const [quote] = quotes('Tom Hale opened the hearing. "Governor Dan Ruiz is wrong about the bridge," he said.');
    expect(quote.speaker).toMatchObject({ text: 'he', name: 'Tom Hale' });
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

describe('class 5: a source named in apposition or later is not anonymous', () => {
  it('takes the name in apposition as the source, and names the earlier role with it', () => {
    const found = speech('A spokesman said the plant would close. The spokesman, Jane Roe, added that staff would be moved.');
    expect(found.map((c) => [c.code, c.source?.text])).toEqual([
      ['attribution', 'A spokesman'],
      ['attribution', 'Jane Roe'],
    ]);
    expect(found[0].message).toBe('"A spokesman" is Jane Roe, named elsewhere in the draft: check the attribution.');
  });

  it('reports the people an outlet cites as an anonymous source known through that outlet', () => {
    const found = speech('The Valley Courier reported the sale, citing three people familiar with the matter.');
    const cited = found.find((c) => c.code === 'attribution-anonymous');
    expect(cited?.source?.text).toBe('three people familiar with the matter');
    expect(cited?.outlet).toBe('Valley Courier');
    expect(found.some((c) => c.code === 'attribution-secondhand' && c.source?.text === 'The Valley Courier')).toBe(true);
  });
});

describe('class 4: never a non-person or a fragment as speaker', () => {
  function speakerName(text: string, at = 0): string | undefined {
    return quotes(text)[at]?.speaker?.name;
  }

  it('does not take a place in a lead-in for the speaker', () => {
    expect(quotes('In Vienna, the chancellor said: "We will not yield."')[0].speaker?.text).toBe('the chancellor');
  });

  it('keeps names with particles and inner capitals whole', () => {
    expect(speakerName('"We were patient," Tom DeLay said.')).toBe('Tom DeLay');
    expect(speakerName('"We were patient," Tara O\'Neill said.')).toBe("Tara O'Neill");
    expect(speakerName('"We were patient," said Luis van der Berg.')).toBe('Luis van der Berg');
    expect(speakerName('Ruth McAllister spoke first. "We were patient," she said.')).toBe('Ruth McAllister');
  });

  it('reads a headline possessive as a country and a person', () => {
    expect(quotes("Norway's Solberg said: \"We will not yield.\"")[0].speaker).toMatchObject({ text: 'Solberg', name: 'Solberg' });
  });

  it('resolves pronouns by gender and never to a place, an organisation or words of a quote', () => {
    expect(speakerName('Kim Ode said the vote was fair. Later Jon Bakke spoke. "We won," she said.')).toBe('Kim Ode');
    const [placed] = quotes('North Korea said the test worked. "It was a success," he said.');
    expect(placed.speaker?.name).toBe('he');
    expect(placed.message).toBe('Quote from "he" (no name before it): check the exact wording against the source.');
    expect(speakerName('An Agency for Railway Safety spokeswoman said the line was shut. "We expect long delays," she said.')).toBe('the spokeswoman');
    expect(speakerName('"Actually I\'m not sure," she said.')).toBe('she');
  });

  it('resolves pronouns in attribution messages too', () => {
    const found = speech('Ruth McAllister opened the hearing.\n\nShe said the budget was short.\n');
    expect(found.map((c) => c.message)).toContain('Attributed to Ruth McAllister ("She") ("said"): check the source said this.');
  });

  it('names a role the draft gave one person: "said the head coach" after "Coach Ana Ruiz"', () => {
    expect(speakerName('Coach Ana Ruiz praised her side. "We were patient," said the head coach.')).toBe('Ana Ruiz');
  });

  it('takes the name before an appositive after a quote, not the role, and does not warn about it', () => {
    const found = speech('"We will appeal," Maria Lopez, an adviser to former mayor Tom Hale told reporters.');
    expect(found.map((c) => [c.code, c.speaker?.text])).toEqual([['quote', 'Maria Lopez']]);
  });

  it('never takes an opening adverbial for the speaker', () => {
    expect(quotes('Following the mayor\u2019s statement, the port agency said it acted "on the basis of new evidence".')[0].speaker?.text).toBe('the port agency');
  });

  it('gives a pronoun the unnamed source introduced since the last name, never words of an organisation', () => {
    expect(speakerName('A Belgian Bureau of Inquiry and Analysis for Rail Safety spokeswoman said the line was shut. "We expect long delays," she said.')).toBe('the spokeswoman');
    expect(speakerName('Kim Ode said the vote was fair. A council official said it was not. "We lost," she said.')).toBe('the official');
  });

  it('keeps a long organisation name whole in an anonymous source', () => {
    expect(anonymous('A Belgian Bureau of Inquiry and Analysis for Rail Safety spokeswoman said the line was shut.')).toEqual(['A Belgian Bureau of Inquiry and Analysis for Rail Safety spokeswoman']);
  });
});
