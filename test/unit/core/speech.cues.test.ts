// Attribution cues beyond said/told/according to (issue 9, class 6), and the reporting-verb frame
// lexicon derived from the development corpus.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Claim } from '../../../src/core';
import { corpusFile } from '../../../scripts/corpusDir';
import { buildTable, readDocs, render } from '../../../scripts/generate-cue-frames';

function attributions(text: string): Claim[] {
  return analyze(text).filter((c) => c.kind === 'attribution');
}

function cueAndSource(text: string): Array<[string | undefined, string | undefined]> {
  return attributions(text).map((c) => [c.cue?.text, c.source?.text]);
}

describe('attribution cues of more than one word', () => {
  it('reads verb phrases: pointed out, expressed concern, made clear, went on to say', () => {
    expect(cueAndSource('Okafor pointed out that the levee had held twice before.')).toEqual([['pointed out', 'Okafor']]);
    expect(cueAndSource('The harbour master expressed concern that the pier would not hold.')).toEqual([['expressed concern', 'The harbour master']]);
    expect(cueAndSource('Judge Amberley made clear that the trial would go ahead.')).toEqual([['made clear', 'Judge Amberley']]);
    expect(cueAndSource('Ingrid Solberg went on to say the ferry would be sold.')).toEqual([['went on', 'Ingrid Solberg']]);
  });

  it('does not read "went on" as a cue when no speech follows', () => {
    expect(attributions('Ingrid Solberg went on holiday in May.')).toEqual([]);
  });

  it('takes the agent of a passive report as the source: first reported by, as reported by', () => {
    const [first] = attributions('The fare rise, first reported by the Harbor Gazette, takes effect in May.');
    expect(first).toMatchObject({ code: 'attribution-secondhand', cue: { text: 'reported by' }, source: { text: 'the Harbor Gazette' } });
    expect(first.message).toBe("Reported by Harbor Gazette: find and link the outlet's original report.");
    expect(cueAndSource('As reported by the Valley Courier, the mill will close.')).toEqual([['reported by', 'the Valley Courier']]);
  });

  it('does not read a plain passive as an attribution', () => {
    expect(attributions('The bridge was designed by engineers in 1931.')).toEqual([]);
  });

  it('gives a statement the voice of whoever issued it', () => {
    expect(cueAndSource('The water board issued a statement saying the reservoir was safe.')).toEqual([['saying', 'The water board']]);
    expect(cueAndSource('The union released a brief statement threatening a strike.')).toEqual([['threatening', 'The union']]);
    const [quote] = analyze('The ministry released a statement that read: "We regret the delay."').filter((c) => c.code === 'quote');
    expect(quote.speaker?.text).toBe('The ministry');
    expect(quote.cue?.text).toBe('read');
  });

  it('reads cues after a subject with an age or an adverb between them', () => {
    expect(cueAndSource('Larsen, 41, maintains that he acted alone.')).toEqual([['maintains', 'Larsen']]);
    expect(cueAndSource('The mayor forcefully rejected the claim and said the audit was wrong.').map(([cue]) => cue)).toContain('said');
    expect(cueAndSource('Councillor Pike has not mentioned the audit since Monday.')).toEqual([['mentioned', 'Councillor Pike']]);
  });

  it('reads cues after a time phrase or a quantifier subject', () => {
    expect(cueAndSource('The water board on Monday said the reservoir was safe.')).toEqual([['said', 'The water board']]);
    expect(cueAndSource('Mayor Ortiz last week warned that the river would rise.')).toEqual([['warned', 'Mayor Ortiz']]);
    expect(cueAndSource('Councillor Pike, who in 2019 said the pier was safe, resigned.')).toEqual([['said', 'Councillor Pike']]);
    expect(cueAndSource('We asked five engineers. To varying degrees, all agreed that the pier was unsafe.')).toEqual([['agreed', 'all']]);
  });

  it('reads a progressive as speech of its subject, and a passive not', () => {
    expect(cueAndSource('Mayor Ortiz is warning residents that the river will rise.')).toEqual([['warning', 'Mayor Ortiz']]);
    expect(attributions('The residents were warned about the river.')).toEqual([]);
  });

  it('reads an inverted cue after the claim: says a new study', () => {
    expect(cueAndSource('Cyclists live longer, says a new study.')).toEqual([['says', 'a new study']]);
  });
});

describe('reporting-verb frames from the development corpus', () => {
  it('reads a verb as a cue in a reporting frame and not in another', () => {
    expect(cueAndSource('The council argued that the plan was too costly.')).toEqual([['argued', 'The council']]);
    expect(cueAndSource('Marta Quist declined to comment on the vote.')).toEqual([['declined', 'Marta Quist']]);
    expect(attributions('Marta Quist declined sharply in the polls.')).toEqual([]);
  });

  it('matches the development corpus (run scripts/generate-cue-frames.ts if not)', () => {
    const committed = readFileSync(resolve(__dirname, '../../../src/core/generated/cueFrames.ts'), 'utf8');
    expect(committed).toBe(render(buildTable(readDocs(corpusFile('polnear-dev.jsonl')))));
  });

  it('holds lemmas, frame labels and counts only: no article text', () => {
    const committed = readFileSync(resolve(__dirname, '../../../src/core/generated/cueFrames.ts'), 'utf8');
    const strings = committed.match(/"[^"]*"/g) ?? [];
    for (const s of strings) expect(s).toMatch(/^"[a-z]+"$/);
  });
});
