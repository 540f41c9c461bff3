import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import type { Claim } from '../../../src/core/claims';
import { editDistance } from '../../../src/core/names/distance';

function names(text: string, code?: string): Claim[] {
  return analyze(text, { languageId: 'plaintext' }).filter((c) => c.kind === 'name' && (!code || c.code === code));
}

describe('name-inconsistent', () => {
  it('flags a surname spelled two ways, naming the preferred spelling', () => {
    const text = 'Vladimir Kozhin spoke first. Kozhin said the talks would resume, and Kozhine added a warning.';
    const [claim] = names(text, 'name-inconsistent');
    expect(claim.text).toBe('Kozhine');
    expect(claim.canonical).toBe('Kozhin');
    expect(claim.variants).toEqual(['Kozhin', 'Kozhine']);
    expect(claim.related?.map((s) => s.text)).toEqual(['Kozhine']);
  });

  it('catches a one-letter slip of a person\'s surname, even at the start of a sentence', () => {
    expect(names('Yasuhiro Nakasone visited Seoul. Nakasone said the talks went well. Nakasome said little else.', 'name-inconsistent').map((c) => c.text)).toEqual(['Nakasome']);
  });

  it('needs evidence of a person: a title, a reporting verb or a courtesy title', () => {
    expect(names('Maple Grove opened a school. Maple Grive is the misspelled one.', 'name-inconsistent')).toEqual([]);
    expect(names('The United States and the United Staten Island ferry.', 'name-inconsistent')).toEqual([]);
  });

  it('never takes a country and its people for one name spelled two ways', () => {
    const text = 'Defence Minister Anna Kovia said Kovia would answer. The Ruritania navy sailed; four Ruritanian ships said nothing, Ruritania said. Ruritanian officials said the same.';
    expect(names(text, 'name-inconsistent')).toEqual([]);
  });

  it('lists every occurrence of every variant for the quick fix', () => {
    const text = 'Mira Castellano spoke. Castelano said no. Castellano left. Castelano returned. Castellano sat.';
    const claims = names(text, 'name-inconsistent');
    expect(claims.map((c) => c.text)).toEqual(['Castelano', 'Castelano']);
    expect(claims[0].related?.map((s) => s.start)).toEqual(claims.map((c) => c.start));
  });

  it('never compares people with different first names, nor inflected forms', () => {
    expect(names('Yasuhiro Nakasone visited. Hiro Nakasome disagreed. Nakasome left.', 'name-inconsistent')).toEqual([]);
    expect(names('Anna Ivanova met Boris Ivanov. Ivanov said no.', 'name-inconsistent')).toEqual([]);
    expect(names('Hillary Clinton spoke. Clinton left. The Clintons waved.', 'name-inconsistent')).toEqual([]);
    expect(names('Ted Cruz spoke. Cruz left. Crus was a typo we do not guess at.', 'name-inconsistent')).toEqual([]);
  });

  it('catches a slip after a comma, in a possessive or a plural, and after a role noun', () => {
    expect(names('Aldo Renshaw spoke. Renshaw said the port would open. In Paris, Renshwa said it would not.', 'name-inconsistent').map((c) => c.text)).toEqual(['Renshwa']);
    expect(names('Judge Nora Pellings ruled. Pellings said no. Ms. Pelings\' ruling stood.', 'name-inconsistent').map((c) => c.text)).toEqual(['Pelings']);
    expect(names('Lena Morrow spoke. Morrow said yes. The Morrows came and the Mororws left.', 'name-inconsistent').map((c) => c.text)).toEqual(['Mororws']);
    expect(names('Spokesman Yuri Tarkovin said yes. Tarkovin said no. Spokesman Yuri Tarkvoin said maybe.', 'name-inconsistent').map((c) => c.text)).toEqual(['Tarkvoin']);
  });

  it('takes the evidence of a person from the misspelled form too', () => {
    expect(names('Ilse Vandermeer won the vote. Vandermeer waved. "It is done," Vandermer said.', 'name-inconsistent').map((c) => c.text)).toEqual(['Vandermer']);
  });

  it('measures edits with transpositions as one', () => {
    expect(editDistance('kozhin', 'kozihn', 2)).toBe(1);
    expect(editDistance('kozhin', 'kozhine', 2)).toBe(1);
    expect(editDistance('kozhin', 'lavrov', 2)).toBe(3);
  });
});

describe('title-inconsistent', () => {
  it('flags a rank word added to a title', () => {
    const [claim] = names('Foreign Minister Sergei Lavrov met the envoy. Deputy Foreign Minister Lavrov later left.', 'title-inconsistent');
    expect(claim.text).toBe('Deputy Foreign Minister Lavrov');
    expect(claim.message).toContain('"Deputy" added');
    expect(claim.related?.map((s) => s.text)).toEqual(['Foreign Minister Sergei Lavrov']);
  });

  it('reads a title after an organisation\'s name ("Harbour Board Chairman")', () => {
    const [claim] = names('The vote came after Harbour Board Chairman Ines Marlow spoke. Deputy Chairman Marlow then closed it.', 'title-inconsistent');
    expect(claim.text).toBe('Deputy Chairman Marlow');
    expect(claim.related?.map((s) => s.text)).toEqual(['Chairman Ines Marlow']);
  });

  it('tells two people with one surname apart by the office the title names', () => {
    const text = 'Transport Secretary Olu Brandt opened the line, and the candidate Mia Brandt watched. Deputy Secretary Brandt later spoke.';
    const [claim] = names(text, 'title-inconsistent');
    expect(claim.text).toBe('Deputy Secretary Brandt');
    expect(claim.canonical).toBe('Olu Brandt');
  });

  it('reads a surname that is also a month after a title and first name, and gives no hint for the month', () => {
    const claims = names('In March the talks began. Prime Minister Dana March arrived in June. Deputy Minister March later left.');
    expect(claims.map((c) => [c.code, c.text])).toEqual([['title-inconsistent', 'Deputy Minister March']]);
  });

  it('flags a different office', () => {
    expect(names('Gen. Ann Roe inspected the base. Col. Roe then left.', 'title-inconsistent').map((c) => c.text)).toEqual(['Col. Roe']);
  });

  it('accepts abbreviations, shortenings, nationalities and courtesy titles', () => {
    expect(names('Sen. Ted Cruz spoke. Senator Cruz left.', 'title-inconsistent')).toEqual([]);
    expect(names('Russian Foreign Minister Sergei Lavrov arrived. Minister Lavrov sat. Mr. Lavrov left.', 'title-inconsistent')).toEqual([]);
  });
});

describe('name-second-reference', () => {
  it('hints at a bare surname before the full name, and a full name repeated when the surname is in use', () => {
    const claims = names('Ortiz spoke first. Mayor Lena Ortiz then took questions. Lena Ortiz left. Ortiz returned.', 'name-second-reference');
    expect(claims.map((c) => [c.text, c.severity])).toEqual([['Ortiz', 'hint'], ['Lena Ortiz', 'hint']]);
  });

  it('says nothing when the draft follows the style, or never uses the bare surname', () => {
    expect(names('Mayor Lena Ortiz took questions. Ortiz then left.', 'name-second-reference')).toEqual([]);
    expect(names('Lena Ortiz took questions. Lena Ortiz then left.', 'name-second-reference')).toEqual([]);
  });

  it('does not check headlines', () => {
    const text = '# Ortiz takes questions\n\nMayor Lena Ortiz took questions. Ortiz then left.\n';
    expect(analyze(text).filter((c) => c.code === 'name-second-reference')).toEqual([]);
  });
});
