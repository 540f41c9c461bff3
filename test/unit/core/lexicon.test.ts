import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// @ts-expect-error plain ESM script without types
import { namesAndPlaces, personNouns, render, renderNamesAndPlaces } from '../../../scripts/generate-lexicon.mjs';
import { isPersonNoun } from '../../../src/core/speech/lexicon';
import { genderOf, isPlace } from '../../../src/core/speech/names';

describe('person-noun lexicon derived from compromise', () => {
  it('matches what the installed compromise knows (run scripts/generate-lexicon.mjs if not)', () => {
    const committed = readFileSync(resolve(__dirname, '../../../src/core/generated/personNouns.ts'), 'utf8');
    expect(committed).toBe(render(personNouns()));
  });

  it('knows people nouns in singular and plural, and not things', () => {
    expect(['announcer', 'narrators', 'cashier', 'officials', 'businessmen'].map(isPersonNoun)).toEqual([true, true, true, true, true]);
    expect(['strikes', 'fund', 'budget'].map(isPersonNoun)).toEqual([false, false, false]);
  });
});

describe('first-name and place lexicons derived from compromise', () => {
  it('match what the installed compromise knows (run scripts/generate-lexicon.mjs if not)', () => {
    const committed = readFileSync(resolve(__dirname, '../../../src/core/generated/namesAndPlaces.ts'), 'utf8');
    expect(committed).toBe(renderNamesAndPlaces(namesAndPlaces()));
  });

  it('tell first names by gender and places from people', () => {
    expect(['Hillary', 'Donald', 'Zyx'].map(genderOf)).toEqual(['female', 'male', null]);
    expect(['North Korea', 'Lisbon', 'Jane Roe'].map(isPlace)).toEqual([true, true, false]);
  });
});
