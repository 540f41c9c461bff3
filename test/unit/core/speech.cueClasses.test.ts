// Attribution cue classes measured on the PolNeAR development file (issue 9, class 6): each class
// is one grammatical shape a reporting verb stands in, tested with invented sentences.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';

function cueAndSource(text: string): Array<[string | undefined, string | undefined]> {
  return analyze(text)
    .filter((c) => c.kind === 'attribution')
    .map((c) => [c.cue?.text, c.source?.text]);
}

describe('a cue in a second predicate speaks for the sentence subject', () => {
  it('after "and" or "but"', () => {
    expect(cueAndSource('The harbour board condemned the strike and warned that ferries would stop.')).toContainEqual(['warned', 'The harbour board']);
    expect(cueAndSource('Mayor Ines Calder toured the flooded streets and pledged to rebuild the sea wall.')).toContainEqual(['pledged', 'Mayor Ines Calder']);
    expect(cueAndSource('The union accepted the offer but noted that two depots were left out.')).toContainEqual(['noted', 'The union']);
  });

  it('after a relative pronoun, for any reporting verb', () => {
    expect(cueAndSource('The fees were cut by the Harlow Port Authority, which contended that trade would grow.')).toContainEqual(['contended', 'the Harlow Port Authority']);
    expect(cueAndSource('The plan was drawn up by Tomas Reyes, who emphasized that no school would close.')).toContainEqual(['emphasized', 'Tomas Reyes']);
  });

  it('not for an action in a clause that only dates the sentence\'s event', () => {
    expect(cueAndSource('The ferry stopped running after Mayor Ines Calder rejected the harbour budget.')).toEqual([]);
  });

  it('not for a verb that is no reporting verb', () => {
    expect(cueAndSource('The harbour board met on Monday and approved the budget.')).toEqual([]);
  });
});

describe('a participle after a comma goes on with the sentence attribution', () => {
  it('speaks for the speaker of the sentence: "…," she said, emphasizing that …', () => {
    expect(cueAndSource('"We cannot wait," Ines Calder said, emphasizing that the sea wall was failing.')).toContainEqual(['emphasizing', 'Ines Calder']);
    expect(cueAndSource('The mayor toured the harbour on Monday, promising to rebuild the pier by spring.')).toContainEqual(['promising', 'The mayor']);
  });

  it('not without a comma or a subject that could speak', () => {
    expect(cueAndSource('Promising results came from the second trial.')).toEqual([]);
  });
});

describe('transcript turns', () => {
  const transcript = [
    'Part of the interview follows:',
    '"OKAFOR: Why did the ferry stop running in March?',
    '"MS. LINDQVIST: The hull failed its survey. We had no choice.',
    '"OKAFOR: Will it run again this summer?"',
  ].join('\n\n');

  it('reads a capitalized label and a colon as the speaker of the quoted words after it', () => {
    const quotes = analyze(transcript).filter((c) => c.kind === 'quote');
    expect(quotes.map((q) => [q.code, q.text.slice(0, 12), q.speaker?.text, q.cue?.text])).toEqual([
      ['quote', 'Why did the ', 'OKAFOR', ':'],
      ['quote', 'The hull fai', 'MS. LINDQVIST', ':'],
      ['quote', 'Will it run ', 'OKAFOR', ':'],
    ]);
  });

  it('does not take a section label or a bare dateline for a speaker', () => {
    expect(analyze('"UPDATE: The ferry will run again on Monday, the board said."').filter((c) => c.speaker?.text === 'UPDATE')).toEqual([]);
    const dateline = 'HARLOW: The ferry will run again on Monday after four weeks in dry dock. The hull was patched twice and passed its survey on Friday, and the crew has been called back.';
    expect(analyze(dateline).filter((c) => c.kind === 'quote' || c.kind === 'attribution')).toEqual([]);
  });
});

describe('the title of a work is a quoted term, not an unattributed quote', () => {
  it('after a noun for the work', () => {
    const [title] = analyze('Tomas Reyes\'s column, "Keep the ferry, lose the bridge," drew forty letters in a week.').filter((c) => c.kind === 'quote');
    expect(title.code).toBe('quote-term');
    const [song] = analyze('The band closed with a song titled "we were never here at all" and left.').filter((c) => c.kind === 'quote');
    expect(song.code).toBe('quote-term');
  });

  it('but a quotation a headline uses is still speech', () => {
    const [quote] = analyze('The Gazette used her words as its headline: "Nobody asked the town."').filter((c) => c.kind === 'quote');
    expect(quote.code).not.toBe('quote-term');
  });
});

function speakers(text: string): Array<[string, string | undefined]> {
  return analyze(text)
    .filter((c) => c.kind === 'quote' && c.code !== 'quote-term')
    .map((c) => [c.text.slice(0, 16), c.speaker?.text]);
}

describe('speaker choice around a quote', () => {
  it('a cue in a clause of its own after the quote does not speak it', () => {
    expect(speakers('The footage of Ruiz saying at the hearing, "That is my money," when Calder pressed her on the fees, was shown again.')).toEqual([['"That is my mone', 'Ruiz']]);
  });

  it('a named speaker right before "saying" is the name, not the words the walk back takes in', () => {
    expect(speakers('The clip shows Ruiz saying "That is my money" to the panel.')).toEqual([['"That is my mone', 'Ruiz']]);
  });

  it('a participle after a comma speaks for the sentence subject: "walked in, chanting …"', () => {
    expect(speakers('The striker ran to the stand, chanting "Harlow forever!" with the fans.')).toEqual([['"Harlow forever!', 'The striker']]);
  });
});

describe('a lead-in sentence introduces the speaker of the quote after it', () => {
  it('the person the sentence opens with, past an opening phrase, a parenthesis and a relative clause', () => {
    const text = 'On Sunday, Sen. Ana Ruiz (Vt.), who chairs the harbour panel, blamed the port for the delay. "We had no choice but to wait."';
    expect(speakers(text)).toEqual([['"We had no choic', 'Sen. Ana Ruiz']]);
  });

  it('the name apposed to a description', () => {
    const text = 'His former partner at the yard, Lawrence Cole, called him a master of impossible deals. "He never gave up on a ship."';
    expect(speakers(text)).toEqual([['"He never gave u', 'Lawrence Cole']]);
  });

  it('not a sentence about a place, a body or someone unnamed', () => {
    expect(speakers('The Harlow Port Authority approved the budget. "It is a fair deal for the town."')[0][1]).toBeUndefined();
    expect(speakers('Two residents were evacuated overnight. "The water came up so fast."')[0][1]).toBeUndefined();
  });
});

describe('headline verbs', () => {
  it('a title-case reporting verb after the capitalized subject, also on a title line ending in a full stop', () => {
    expect(cueAndSource('Harbour Chief Calls Pier Plan A Folly')).toContainEqual(['Calls', 'Harbour Chief']);
    expect(cueAndSource('New Survey Shows Ferry Riders Want Later Sailings.')).toContainEqual(['Shows', 'New Survey']);
    expect(cueAndSource('Councillor urges inquiry into harbour fees')).toContainEqual(['urges', 'Councillor']);
  });

  it('not a verb that reports nothing, nor a capitalized word of the subject', () => {
    expect(cueAndSource('Harbour Board Opens New Ferry Terminal')).toEqual([]);
  });
});

describe('findings of a document described at length', () => {
  it('the poll or study, not the name its description ends with', () => {
    expect(cueAndSource('A Harlow University poll released in late May found that most riders want later ferries.')).toContainEqual(['found', 'A Harlow University poll']);
    expect(cueAndSource('A 2019 study by economists at the Port Institute found that fees had doubled.')).toContainEqual(['found', 'A 2019 study']);
  });

  it('not an infinitive ("refusing to show up")', () => {
    expect(cueAndSource('The panel fined the contractor for refusing to show up at the hearing.')).toEqual([]);
  });
});

describe('the sentence subject across a partial quote', () => {
  it('a second predicate after a quoted phrase still speaks for the subject', () => {
    expect(cueAndSource('Mayor Ines Calder called the fees "a tax on islanders" and warned that the ferry could stop.')).toContainEqual(['warned', 'Mayor Ines Calder']);
  });
});

describe('"call" that reports no speech', () => {
  it('naming, convening, phoning and the noun are no attribution', () => {
    expect(cueAndSource('The scheme, called Harbour Pass, lets islanders travel free.')).toEqual([]);
    expect(cueAndSource('The harbour board, alarmed by the leak, called an emergency meeting on Monday.')).toEqual([]);
    expect(cueAndSource('Mayor Ines Calder called Tomas Reyes on Friday to thank him for the loan.')).toEqual([]);
    expect(cueAndSource('The radio host Ann Pike began taking calls from listeners at noon.')).toEqual([]);
  });

  it('a characterization after an appositive stays a cue', () => {
    expect(speakers('Tomas Reyes, a harbour pilot, called Calder\'s plan "a folly" on Monday.')).toEqual([['"a folly"', 'Tomas Reyes']]);
  });
});

describe('sources described by figures or as a document', () => {
  it('a description led by a figure with a slash ("9/11 widow …") after an inverted cue', () => {
    expect(speakers('"The fund has failed us," said 9/11 widow Ann Pike.')).toEqual([['"The fund has fa', '9/11 widow Ann Pike']]);
  });

  it('an article or an editorial that reads or says', () => {
    expect(speakers('"The harbour will never close," the article read.')).toEqual([['"The harbour wil', 'the article']]);
  });
});

describe('a statement noun on a colon', () => {
  it('is the statement of the clause subject when nobody owns it', () => {
    const text = 'With the ferry idle for a month, Mayor Ines Calder is taking the islands a blunter message: "We will not pay twice."';
    expect(speakers(text)).toEqual([['"We will not pay', 'Mayor Ines Calder']]);
  });
});

describe('a named subject before an appositive', () => {
  it('makes a verb that otherwise needs a quotation a cue on its own', () => {
    expect(cueAndSource('Tomas Reyes, a historian at Harlow College, described the pier plan in terms of lost trade.')).toContainEqual(['described', 'Tomas Reyes']);
  });
});

describe('a source that said nothing', () => {
  it('"did not respond to requests for comment" is no attribution and no anonymity warning', () => {
    expect(analyze('A lawyer for the harbour board did not immediately respond to requests for comment.').filter((c) => c.kind === 'attribution')).toEqual([]);
    expect(cueAndSource('Mayor Ines Calder has not returned calls since Monday.')).toEqual([]);
  });

  it('a response with content is still a cue', () => {
    expect(cueAndSource('Mayor Ines Calder responded that the ferry would run.')).toContainEqual(['responded', 'Mayor Ines Calder']);
  });
});

describe('the progressive of a reporting verb', () => {
  it('"is demanding", "are slamming": the -ing form of a verb the lexicon knows', () => {
    expect(cueAndSource('Mayor Ines Calder is demanding that the board release the survey.')).toContainEqual(['demanding', 'Mayor Ines Calder']);
    expect(cueAndSource('Harbour pilots are slamming the new fees.')).toContainEqual(['slamming', 'Harbour pilots']);
  });

  it('not the progressive of any other verb', () => {
    expect(cueAndSource('Mayor Ines Calder is visiting the islands this week.')).toEqual([]);
  });
});

describe('a named body after a lower-case article', () => {
  it('"the NAACP called for", "the Harlow council has promised": named, so the verb is a cue on its own', () => {
    expect(cueAndSource('In July, the NAACP called for a pause on school closures.')).toContainEqual(['called', 'the NAACP']);
    expect(cueAndSource('Over the past week, the Harlow council has promised a review of the fees.')).toContainEqual(['promised', 'the Harlow council']);
  });
});

describe('idioms of the writer\'s own voice', () => {
  it('"it goes without saying", "having said that", "that said", "let\'s say" attribute nothing', () => {
    expect(cueAndSource('It goes without saying that the ferry matters to the islands.')).toEqual([]);
    expect(cueAndSource('Having said that, the fees rose twice last year.')).toEqual([]);
    expect(cueAndSource('That said, the pier still needs repairs.')).toEqual([]);
    expect(cueAndSource('Let\'s say the ferry stops for a month.')).toEqual([]);
  });

  it('but "she said that" is a cue', () => {
    expect(cueAndSource('Mayor Ines Calder said that the ferry would run.')).toContainEqual(['said', 'Mayor Ines Calder']);
  });
});

describe('lines that name another story or another thing', () => {
  it('a "Related article:" line quoting another headline is no attribution', () => {
    expect(cueAndSource('Related article: Harbour Chief Slams Ferry Fees as Unfair')).toEqual([]);
  });

  it('a relative clause with no comma after an agent belongs to the thing, not the agent', () => {
    expect(cueAndSource('Residents shared a video released by the harbour police which showed the pier collapsing.')).toEqual([]);
    expect(cueAndSource('The fees were set by the Harlow Port Authority, which contended that trade would grow.')).toContainEqual(['contended', 'the Harlow Port Authority']);
  });
});

describe('a sentence that opens on a reporting participle', () => {
  it('speaks for the main clause subject after the phrase', () => {
    expect(cueAndSource('Citing a leaked memo, Ines Calder accused the board of hiding the survey.')).toContainEqual(['Citing', 'Ines Calder']);
    expect(cueAndSource('Bemoaning the "broken fee system," Calder asked for a review.')).toContainEqual(['Bemoaning', 'Calder']);
  });

  it('not a participle that reports nothing, nor one whose clause names nobody', () => {
    expect(cueAndSource('Walking to the pier, Ines Calder met the ferry crew.')).toEqual([]);
    expect(cueAndSource('Citing the weather, the ferry was cancelled.')).toEqual([]);
  });
});

describe('asides set off by typed dashes', () => {
  it('two hyphens or a spaced hyphen stand for a dash', () => {
    expect(cueAndSource('Tomas Reyes -- who chairs the harbour panel -- said the fees would stay.')).toContainEqual(['said', 'Tomas Reyes']);
    expect(cueAndSource('Tomas Reyes - who chairs the harbour panel - said the fees would stay.')).toContainEqual(['said', 'Tomas Reyes']);
  });
});

describe('a participle after a quotation', () => {
  it('goes on with the speaker of the statement the quotation is from', () => {
    const text = 'The harbour board said in a statement that the pier "has served the town for a century," adding that repairs would start in May.';
    expect(cueAndSource(text)).toContainEqual(['adding', 'The harbour board']);
  });
});

describe('the antecedent of a relative pronoun', () => {
  it('is the noun phrase, not the verb before it', () => {
    expect(cueAndSource('The change is likely to reassure nervous Harlow councillors, who have argued that the fees hurt trade.')).toContainEqual(['argued', 'Harlow councillors']);
  });
});

describe('stance verbs of press-conference copy', () => {
  it('"highlighted" and "recognised" after a named speaker are cues, and carry the next quote paragraph', () => {
    expect(cueAndSource('The Harlow coach Ana Ruiz also recognised the plan her rival had put in place.')).toContainEqual(['recognised', 'The Harlow coach Ana Ruiz']);
    expect(analyze('Reyes highlighted the pace of the second half.\n\n"We had to defend for twenty minutes and we did it."').filter((c) => c.code === 'quote-unattributed')).toEqual([]);
  });
});

describe('"reportedly"', () => {
  it('is hearsay from a source nobody names: an anonymous-source warning', () => {
    const [claim] = analyze('The harbour board will reportedly sell the old ferry in May.').filter((c) => c.kind === 'attribution');
    expect(claim).toMatchObject({ code: 'attribution-anonymous', cue: { text: 'reportedly' } });
  });
});

describe('a verb phrase with a possessive', () => {
  it('"expressed his disappointment", and "affirmed"', () => {
    expect(cueAndSource('Coach Ana Ruiz expressed her disappointment after the defeat.')).toContainEqual(['expressed her disappointment', 'Coach Ana Ruiz']);
    expect(cueAndSource('Coach Ana Ruiz affirmed the team would fight on.')).toContainEqual(['affirmed', 'Coach Ana Ruiz']);
  });
});

describe('a described subject ends where its verb begins, irregular past tenses included', () => {
  it.each([
    ['The council met on Monday and affirmed its plan.', 'The council'],
    ['The storm hit the pier and confirmed our fears.', 'The storm'],
    ['The union took a vote and warned that strikes would follow.', 'The union'],
    ['The board condemned the strike and warned that talks were over.', 'The board'],
  ])('%s → %s', (sentence, source) => {
    const attribution = analyze(sentence).find((c) => c.kind === 'attribution');
    expect(attribution?.source?.text).toBe(source);
  });
});
