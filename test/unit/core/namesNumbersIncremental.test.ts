import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../src/core/analyze';

describe('name and number checks across edits', () => {
  it('move their findings with the text when an edit above shifts the paragraphs', () => {
    const analyzer = new Analyzer();
    const body = 'Mira Castellano spoke. Castellano left. Castelano said no.\n\nThe pier cost $12 million.\n\nThe pier cost $14 million.\n';
    const before = analyzer.run(body, { languageId: 'plaintext' }).claims.filter((c) => c.code.endsWith('-inconsistent'));
    const shifted = analyzer.run(`A new first paragraph.\n\n${body}`, { languageId: 'plaintext' }).claims.filter((c) => c.code.endsWith('-inconsistent'));
    expect(before.map((c) => [c.code, c.text])).toEqual([['name-inconsistent', 'Castelano'], ['number-inconsistent', '$14 million']]);
    expect(shifted.map((c) => [c.code, c.text])).toEqual(before.map((c) => [c.code, c.text]));
    expect(shifted.map((c) => c.start)).toEqual(before.map((c) => c.start + 24));
    expect(shifted.map((c) => c.related?.map((s) => s.start))).toEqual(before.map((c) => c.related?.map((s) => s.start + 24)));
  });

  it('move their findings with typing inside the paragraph, before, between and after the names, as a fresh check finds them', () => {
    const body = 'Mira Castellano spoke first. Castellano left, and Castelano said no to Foreign Minister Ada Ruiz.\n\nLater, Deputy Foreign Minister Ruiz agreed.\n';
    const warm = new Analyzer();
    let text = body;
    warm.run(text);
    // Where each burst of typing starts (before this text), and what is typed there, one key at a time.
    const typing = [
      ['Mira', 'In May, '],
      ['spoke', 'quickly '],
      [' said', ' then'],
      ['Castelano', 'Mr. '],
      ['\n\nLater', ' at last'],
    ] as const;
    const names = (a: Analyzer): string[] => a.run(text).claims.filter((c) => c.kind === 'name').map((c) => `${c.code} ${c.start} ${c.text} ${JSON.stringify(c.related?.map((r) => r.start))} ${c.message}`);
    for (const [before, typed] of typing) {
      let at = text.indexOf(before);
      for (const ch of typed) {
        text = text.slice(0, at) + ch + text.slice(at);
        at++;
        expect(names(warm)).toEqual(names(new Analyzer()));
      }
    }
    expect(text).toContain('In May, Mira Castellano quickly spoke first. Castellano left, and Mr. Castelano then said no');
    expect(warm.run(text).claims.filter((c) => c.kind === 'name').map((c) => c.code)).toEqual(expect.arrayContaining(['name-inconsistent', 'title-inconsistent']));
  });

  it('find the names again where typing moves the paragraph\'s own start (a letter typed before its leading space)', () => {
    const warm = new Analyzer();
    const text = ' Mira Castellano spoke. Castellano left, and Castelano said no.\n';
    warm.run(text);
    const typed = `M${text}`;
    const names = (a: Analyzer): string[] => a.run(typed).claims.filter((c) => c.kind === 'name').map((c) => `${c.code} ${c.start} ${c.text}`);
    expect(names(warm)).toEqual(names(new Analyzer()));
    expect(names(warm)).toContain(`name-inconsistent ${typed.indexOf('Castelano')} Castelano`);
  });
});
