// Named-system shapes missed on unseen real copy after the first round: a product named by what it
// is, acronyms in title case or with a lower-case plural, a system's spelled-out name. Every
// sentence is invented.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';

/** [text as written, canonical] of every system claim. */
function systems(text: string): [string, string | null][] {
  return analyze(text, { languageId: 'plaintext' })
    .filter((c) => c.kind === 'system')
    .map((c) => [c.text, c.canonical]);
}

describe('a product or craft named by what it is', () => {
  it.each([
    ["Harlow's Ember phone sold poorly.", 'Ember'],
    ['The Ember phone cost $199.', 'Ember'],
    ['The Tessera rover drilled a rock.', 'Tessera'],
    ['Engineers flew a Kestrel drone over the port.', 'Kestrel'],
  ])('%s', (sentence, name) => {
    expect(systems(sentence)).toEqual([[name, name]]);
  });

  it('is not a maker, platform, nationality or kind before the noun', () => {
    expect(systems('The Apple phone and an Android tablet sold well. The Turkish drone and a Police drone flew.')).toEqual([]);
  });
});

describe('acronyms as some desks write them', () => {
  it('reads title case and a lower-case plural ending as the acronym', () => {
    expect(systems('Norway sent Nasams, and Kyiv fired Himars.')).toEqual([
      ['Nasams', 'NASAMS'],
      ['Himars', 'HIMARS'],
    ]);
    expect(systems('Two NASAMs batteries arrived.')).toEqual([['NASAMs', 'NASAMS']]);
  });

  it('leaves acronyms that are words in title case alone', () => {
    expect(systems('A hawk circled the Scalp ridge.')).toEqual([]);
  });
});

describe("a system's name spelled out", () => {
  it('finds capitalized names ending in "System" with a weapon word in them', () => {
    expect(systems('The Army Tactical Missile System has a longer reach.')).toEqual([['Army Tactical Missile System', 'Army Tactical Missile System']]);
    expect(systems('It buys the Northern Surface-to-Air Missile System.')).toEqual([['Northern Surface-to-Air Missile System', 'Northern Surface-to-Air Missile System']]);
  });

  it('is not an institution or a civil system', () => {
    expect(systems('The Federal Reserve System and the Global Positioning System were named. The Missile Defense System Agency hired staff.')).toEqual([]);
  });
});

describe('a system introduced by what it is, then named bare', () => {
  it('marks the bare name wherever the draft uses it after the introduction', () => {
    expect(systems('The Tessera rover found ice.\n\nTessera also drilled a rock, and curiosity grew.\n')).toEqual([
      ['Tessera', 'Tessera'],
      ['Tessera', 'Tessera'],
    ]);
  });

  it('counts a name that is also a word of the draft only mid-sentence', () => {
    expect(systems('Harlow showed its Ember phone.\n\nEmber crews sold the Ember in stores. One ember glowed.\n').map(([text]) => text)).toEqual(['Ember', 'Ember']);
  });

  it('never extends a lexicon name that needs a type noun', () => {
    expect(systems('Kyiv got more Patriot missiles.\n\nThe Patriot Act was debated.\n')).toEqual([['Patriot', 'Patriot']]);
  });
});
