// Error classes seen on the fresh real-copy development articles (sport press conferences, a
// minister's briefing, aviation and tech copy): speakers introduced by role or office, carried by
// "he" across paragraphs, and cues outside the lexicon. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { analyze, type Claim } from '../../../src/core';

function speech(text: string): Claim[] {
  return analyze(text, { languageId: 'markdown' }).filter((c) => c.kind === 'quote' || c.kind === 'attribution');
}

function quotes(text: string): Claim[] {
  return speech(text).filter((c) => c.kind === 'quote');
}

function speakerNames(text: string): (string | undefined)[] {
  return quotes(text).map((c) => c.speaker?.name);
}

describe('"the <team> boss" is a person, not a team called "The <team>"', () => {
  it('gives "he" after "The Rovers boss …" the manager the story named', () => {
    const text = 'After the final, Rovers manager Tom Reyes spoke to reporters.\n\nThe Rovers boss also waved to the crowd.\n\n"We were brilliant," he said.\n';
    const [quote] = quotes(text);
    expect(quote.speaker?.name).toBe('Tom Reyes');
    expect(quote.message).toBe('Quote from Tom Reyes ("he"): check the exact wording against the source.');
  });

  it('names the coach of that team when the other team\'s coach is in the story too', () => {
    const text = 'Rovers head coach Tom Reyes met the press with Kent head coach Dapo Okonjo.\n\n"We will be back," said the Rovers boss.\n';
    expect(speakerNames(text)).toEqual(['Tom Reyes']);
  });

  it('names no one when the role fits two people of the story equally', () => {
    const text = 'Coach Tom Reyes shook hands with coach Dapo Okonjo.\n\n"We will be back," said the boss.\n';
    expect(speakerNames(text)).toEqual(['the boss']);
  });

  it('never takes a team before a role noun for a person a pronoun can stand for', () => {
    const text = 'Harlow Town boss Tom Reyes left early. Harlow Town manager duties passed to his deputy.\n\n"I was ill," he said.\n';
    expect(speakerNames(text)).toEqual(['Tom Reyes']);
  });
});

describe('a name later in the last speaker\'s sentence is who they talked about', () => {
  it('gives "he" the speaker, not a second coach named as an object', () => {
    const text = 'After the final, Rovers head coach Tom Reyes spoke to the media.\n\nThe Rovers boss also praised the plan put in place by Kent head coach John Okonjo.\n\n"It was a good game," he said.\n';
    expect(speakerNames(text)).toEqual(['Tom Reyes']);
    expect(speakerNames('Tom Varga said John Smith had lied to the council. "He knew all along," he said.')).toEqual(['Tom Varga']);
  });

  it('still gives "he" a person named in a sentence of their own after the speaker\'s', () => {
    expect(speakerNames('Tom Varga said the vote was fair. John Smith disagreed.\n\n"He knew all along," he said.\n')).toEqual(['John Smith']);
  });
});

describe('an office in apposition shows a person', () => {
  it('resolves "he" to a name whose first name the lists do not know, given "<Name>, Minister of …"', () => {
    const text = 'Dapo Okonjo, Minister of Ports and Harbours, spoke after the cabinet meeting.\n\n"We agreed on the budget," he said.\n';
    const [quote] = quotes(text);
    expect(quote.speaker?.name).toBe('Dapo Okonjo');
    expect(quote.message).toBe('Quote from Dapo Okonjo ("he"): check the exact wording against the source.');
  });

  it('reads a capitalized office with no article ("Chief Executive of Acme") as a role', () => {
    expect(speakerNames('Ifeoma Adaeze, Chief Executive of Acme, opened the plant. "It is a proud day," she said.')).toEqual(['Ifeoma Adaeze']);
  });

  it('takes no place in apposition for an office: a pronoun still does not stand for a company', () => {
    const [quote] = quotes('Kestrel Dynamics, Harlow, cut 300 jobs. "It is sad," he said.');
    expect(quote.speaker?.name).toBe('he');
  });
});

describe('"the company said" is the organisation that spoke before', () => {
  it('names the company or airline the story quoted last', () => {
    const [quote] = quotes('Northwind Air said it was reviewing its fleet.\n\n"Safety comes first," the company said.\n');
    expect(quote.speaker?.name).toBe('Northwind Air');
    expect(quote.message).toBe('Quote from Northwind Air ("the company"): check the exact wording against the source.');
    expect(speakerNames('Kestrel Dynamics confirmed the recall on Monday. "We regret the delay," the German carmaker said.')).toEqual(['Kestrel Dynamics']);
  });

  it('names no one when a person spoke after the company', () => {
    expect(speakerNames('Northwind Air said it was reviewing its fleet. Captain Dapo Okonjo said he agreed. "Safety comes first," the airline said.')).toEqual(['the airline']);
  });
});

describe('a quote-only paragraph after one about a named person', () => {
  it('takes the person the paragraph before opens on, with no warning', () => {
    const text = 'Rovers manager Tom Reyes spoke after the game.\n\nReyes waved to the fans after the whistle.\n\n"We never stopped running. It was the plan."\n';
    const [quote] = quotes(text);
    expect(quote.code).toBe('quote');
    expect(quote.speaker?.name).toBe('Tom Reyes');
    expect(quote.message).toBe('Quote, most likely from Tom Reyes ("Reyes") (who the paragraph before is about): check the wording and the speaker.');
  });

  it('still warns when the paragraph before opens on a company or on no one', () => {
    const company = quotes('Kestrel Dynamics cut 300 jobs in Harlow.\n\n"It is a sad day for the town."\n');
    expect(company.map((c) => c.code)).toEqual(['quote-unattributed']);
    const nobody = quotes('Rovers manager Tom Reyes spoke after the game.\n\nThe pressing was relentless.\n\n"We never stopped running."\n');
    expect(nobody.map((c) => c.code)).toEqual(['quote-unattributed']);
  });
});

describe('a quotation over several paragraphs takes the speaker named at its end', () => {
  it('gives every paragraph of the quotation that speaker, not the source of the paragraph before', () => {
    const text = 'Dapo Okonjo, Minister of Ports, spoke on Monday. Ana Ruiz, the harbour master, said the port was ready.\n\n"The dredging is finished.\n\n"The cranes are in place.\n\n"The ships can return soon," said Okonjo.\n';
    const found = quotes(text);
    expect(found.map((c) => c.speaker?.name)).toEqual(['Dapo Okonjo', 'Dapo Okonjo', 'Dapo Okonjo']);
    expect(found[0].message).toBe('Quote from Dapo Okonjo ("Okonjo"), continued in the next paragraph: check the exact wording.');
  });
});

function attributions(text: string): [string, string | undefined][] {
  return speech(text)
    .filter((c) => c.kind === 'attribution')
    .map((c) => [c.code, c.source?.text]);
}

describe('press-conference reporting verbs', () => {
  it('reads "highlighted", "recognised", "commended" after a named speaker as cues', () => {
    expect(attributions('Reyes highlighted the pressing of his side.')).toEqual([['attribution', 'Reyes']]);
    expect(attributions('The Rovers boss also recognised the plan of the visitors.')).toEqual([['attribution', 'The Rovers boss']]);
    expect(attributions('Mayor Ana Ruiz commended the volunteers.')).toEqual([['attribution', 'Mayor Ana Ruiz']]);
  });

  it('reads a cue coordinated after a speech phrase with a possessive as the same speaker\'s', () => {
    const found = speech('Coach Ana Ruiz expressed her frustration but affirmed the aim of reaching the final.');
    expect(found.map((c) => [c.code, c.source?.text, c.cue?.text])).toEqual([
      ['attribution', 'Coach Ana Ruiz', 'expressed her frustration'],
      ['attribution', 'Coach Ana Ruiz', 'affirmed'],
    ]);
  });

  it('does not read such a verb as a cue with no speaker', () => {
    expect(attributions('The tide highlighted the damage to the pier.')).toEqual([]);
  });
});

describe('a one-word partial quote in the object of a verb of praise or blame', () => {
  it('is the speaker\'s word: a quote with that speaker, and the paraphrase stays an attribution', () => {
    const found = speech('Rovers manager Tom Reyes spoke after the game.\n\nReyes highlighted the "relentless" pressing of his side.\n');
    expect(found.map((c) => [c.code, c.kind === 'quote' ? c.speaker?.name : c.source?.text])).toEqual([
      ['attribution', 'Reyes'],
      ['quote', 'Tom Reyes'],
    ]);
  });

  it('stays a term after a verb that is not praise or blame, or with no cue at all', () => {
    expect(quotes('Reyes noted the "relentless" pressing of his side.').map((c) => c.code)).toEqual(['quote-term']);
    expect(quotes('The "relentless" pressing of the Rovers won the game.').map((c) => c.code)).toEqual(['quote-term']);
  });
});

describe('an inverted cue that closes the sentence: "…, reports <Outlet>."', () => {
  it('attributes the sentence to the outlet named after the cue, not to a source inside it', () => {
    expect(attributions('The firm will open a plant in Ghent next year, reports TechWire.')).toEqual([['attribution', 'TechWire']]);
    expect(attributions('According to tipster Jo Park, the firm will open a plant in Ghent, reports TechWire.')).toEqual([
      ['attribution', 'tipster Jo Park'],
      ['attribution', 'TechWire'],
    ]);
  });

  it('keeps the subject before "told": who listened is not the source', () => {
    expect(attributions('Tom Varga, the mayor, told TechWire.')).toEqual([['attribution', 'Tom Varga']]);
  });
});

describe('"reportedly" is hearsay with no source', () => {
  it('reports the adverb as an anonymous attribution with the hearsay message', () => {
    const [hearsay] = speech('The carmaker will reportedly unveil its first electric van in March.');
    expect(hearsay.code).toBe('attribution-anonymous');
    expect(hearsay.source?.anonymous).toBe(true);
    expect(hearsay.message).toBe('Hearsay ("reportedly"): nobody is named; confirm the desk knows who says so.');
  });

  it('keeps the named cue beside it, and leaves "allegedly" alone', () => {
    expect(attributions('Tom Varga reportedly told aides he would quit.')).toEqual([
      ['attribution', 'Tom Varga'],
      ['attribution-anonymous', 'reportedly'],
    ]);
    expect(attributions('The driver allegedly ran a red light.')).toEqual([]);
  });
});

describe('a reporter\'s byline is not an attribution', () => {
  it('reports nothing for "<Name> reports (date)." or "<Name> writes."', () => {
    expect(attributions('After the final, the coaches spoke to the media. Jo Park reports (3/4/24).')).toEqual([]);
    expect(attributions('The coaches spoke after the final. Ana Ruiz writes.')).toEqual([]);
  });

  it('still reads an outlet closing a claim, or a reporter who reports something, as an attribution', () => {
    expect(attributions('The plant will close, Reuters reports.')).toEqual([['attribution-secondhand', 'Reuters']]);
    expect(attributions('Jo Park reports that the plant will close.')).toEqual([['attribution', 'Jo Park']]);
  });
});
