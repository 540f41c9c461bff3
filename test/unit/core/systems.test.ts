import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import type { AnalyzeOptions } from '../../../src/core/options';
import { scanSystems } from '../../../src/core/scanners/systems';
import { MAX_MATCHES_PER_BLOCK, userPatternProblem } from '../../../src/core/systems/userPatterns';
import { corpusFile } from '../../../scripts/corpusDir';

/** [text as written, canonical] of every system claim. */
function systems(text: string, options: AnalyzeOptions = {}): [string, string | null][] {
  return analyze(text, options)
    .filter((c) => c.kind === 'system')
    .map((c) => [c.text, c.canonical]);
}

function systemClaims(text: string, options: AnalyzeOptions = {}) {
  return analyze(text, options).filter((c) => c.kind === 'system');
}

describe('system detection: designations', () => {
  it.each([
    ['The army fields the S-300 in two regions.', 'S-300', 'S-300'],
    ['Crews trained on the S-400 for a month.', 'S-400', 'S-400'],
    ['A squadron of F-35A jets landed.', 'F-35A', 'F-35A'],
    ['An old MiG-29 flew past.', 'MiG-29', 'MiG-29'],
    ['The Su-57 fighters were grounded.', 'Su-57', 'Su-57'],
    ['Columns of T-90 tanks moved west.', 'T-90', 'T-90'],
    ['A Tu-160 bomber crossed the sea.', 'Tu-160', 'Tu-160'],
    ['The rebels carried an AK-47 rifle.', 'AK-47', 'AK-47'],
    ['A visiting Airbus A380 drew crowds.', 'Airbus A380', 'Airbus A380'],
    ['Troops with M16 rifles stood guard.', 'M16', 'M16'],
    ['Two Su-30MKI jets escorted it.', 'Su-30MKI', 'Su-30MKI'],
    ['An F/A-18E took off.', 'F/A-18E', 'F/A-18E'],
    ['An S\u2013300 written with an en dash.', 'S\u2013300', 'S-300'],
  ])('%s', (sentence, written, canonical) => {
    expect(systems(sentence)).toEqual([[written, canonical]]);
  });

  it('reads a plural as the singular system and keeps the "s" in the range', () => {
    expect(systems('Moscow may deliver S-300s to the region, and more F-35As and B-52s.')).toEqual([
      ['S-300s', 'S-300'],
      ['F-35As', 'F-35A'],
      ['B-52s', 'B-52'],
    ]);
  });

  it('normalizes unhyphenated and spaced spellings to the hyphenated canonical form', () => {
    const found = systemClaims('The S300 is old. The S 300 is older.');
    expect(found.map((c) => c.canonical)).toEqual(['S-300', 'S-300']);
    expect(found.map((c) => c.text)).toEqual(['S300', 'S 300']);
  });

  it('leaves a place name before a designation out of the range', () => {
    const text = 'Russia backs off Syria S-300 missile supplies.';
    const [claim] = systemClaims(text);
    expect(claim.text).toBe('S-300');
    expect(claim.start).toBe(text.indexOf('S-300'));
    expect(systemClaims(text).some((c) => c.text.includes('Syria'))).toBe(false);
  });

  it('records the head noun phrase in the message', () => {
    const [claim] = systemClaims('They need advanced S-300 ground-to-air missiles, an aide said.');
    expect(claim.message).toBe('Named system "S-300" (S-300 ground-to-air missiles): check the designation');
    expect(claim.code).toBe('system');
    expect(claim.severity).toBe('info');
  });

  it('takes a compound head noun whole', () => {
    const [claim] = systemClaims('Moscow sold S-300 missile systems abroad.');
    expect(claim.message).toBe('Named system "S-300" (S-300 missile systems): check the designation');
  });

  it('stops the head search at function words and verbs', () => {
    const [claim] = systemClaims('Delivering S-300s to Syria could change the balance.');
    expect(claim.message).toBe('Named system "S-300": check the designation');
  });
});

describe('system detection: families, makers and names', () => {
  it.each([
    ['A Russian-made Pantsir S-1 air defense battery was hit.', 'Pantsir S-1', 'Pantsir S-1'],
    ['The Pantsir-S1 unit withdrew.', 'Pantsir-S1', 'Pantsir S-1'],
    ['The Boeing 737 MAX returned to service.', 'Boeing 737 MAX', 'Boeing 737 MAX'],
    ['The airline ordered the Airbus A320neo in March.', 'Airbus A320neo', 'Airbus A320neo'],
    ['Kyiv received more HIMARS launchers.', 'HIMARS', 'HIMARS'],
    ['The Iron Dome intercepted most rockets.', 'Iron Dome', 'Iron Dome'],
    ['Offices still run Windows 11 on old laptops.', 'Windows 11', 'Windows 11'],
    ['She filmed it on an iPhone 15 Pro at night.', 'iPhone 15 Pro', 'iPhone 15 Pro'],
    ['The battery fired a Patriot PAC-3 interceptor.', 'Patriot PAC-3', 'Patriot PAC-3'],
    ['He drove a Tesla Model 3 to work.', 'Tesla Model 3', 'Tesla Model 3'],
    ['A Sukhoi Su-35 was seen.', 'Sukhoi Su-35', 'Sukhoi Su-35'],
    ['The Galaxy S24 Ultra sold out.', 'Galaxy S24 Ultra', 'Galaxy S24 Ultra'],
  ])('%s', (sentence, written, canonical) => {
    expect(systems(sentence)).toEqual([[written, canonical]]);
  });

  it('keeps a popular name written after a designation in the same claim', () => {
    expect(systems('Two MQ-9 Reaper drones and a UH-60 Black Hawk crashed.')).toEqual([
      ['MQ-9 Reaper', 'MQ-9 Reaper'],
      ['UH-60 Black Hawk', 'UH-60 Black Hawk'],
    ]);
  });

  it('counts names that are also common words only before a system noun', () => {
    expect(systems('Kyiv asked for Javelin missiles and Patriot batteries.')).toEqual([
      ['Javelin', 'Javelin'],
      ['Patriot', 'Patriot'],
    ]);
    expect(systems('She won the javelin, and the Patriot Act was renewed. Stacey Abrams said no.')).toEqual([]);
  });
});

describe('system detection: what is not a system', () => {
  it.each([
    ['scores and records', 'It was a 3-1 win after a 10-4 season.'],
    ['routes, flights, sections, articles', 'Route 66, Flight 370, Section 230 and Article 5 were cited.'],
    ['flight codes after "Flight"', 'Flight MH370 vanished over the sea.'],
    ['bills and forms', 'H.R. 5376 passed; file Form 1040 and a W-2 by April.'],
    ['diseases', 'COVID-19 and H1N1 spread, as did SARS-CoV-2.'],
    ['ranks', 'He retired as an E-5 and she as an O-6.'],
    ['years, ages, dates and times', 'In 2018, a 45-year-old left on 9-11 at 10:30.'],
    ['phone numbers, ISO codes, percentages, money', 'Call 555-1234 about ISO 8601, 45% and $300.'],
    ['roads and districts', 'Traffic on I-95 slowed in NY-14 and CA 12.'],
    ['visas and school grades', 'She holds an F-1 visa and teaches K-12 pupils.'],
    ['chemistry, quarters, summits, text encodings', 'CO2 rose in Q1 before the G20 and COP-28; files are UTF-8.'],
    ['mixed-case words before a number', 'By Mid-2018 the Omega-3 trial and Type-2 study ended.'],
    ['headline words in capitals', 'TALKS RESUME IN 2018 AT 10 AM'],
    ['isotopes', 'Traces of U-235 were found.'],
    ['indexes and investor visas', 'The S&P 500 fell; the EB-5 program grew.'],
    ['amounts of money', 'They reached a C415 million accord.'],
    ['things named after a stop word', 'Take Gate B-12 to Room A-101; the Vitamin D 1000 pills are there.'],
  ])('%s', (_, sentence) => {
    expect(systems(sentence)).toEqual([]);
  });

  it('ignores link URLs and code, but reads link text', () => {
    expect(systems('See [the S-400 report](https://example.org/s-300) and `F-16`.')).toEqual([['S-400', 'S-400']]);
  });
});

describe('system detection: user names and patterns', () => {
  it('honours extraSystems verbatim, with their plural', () => {
    expect(systems('Two Starfall Mk2 units and a few Starfall Mk2s arrived.', { extraSystems: ['Starfall Mk2'] })).toEqual([
      ['Starfall Mk2', 'Starfall Mk2'],
      ['Starfall Mk2s', 'Starfall Mk2'],
    ]);
  });

  it('honours systemPatterns and ignores invalid ones', () => {
    expect(systems('The Vortex-X7 and Vortex-Q9 flew.', { systemPatterns: ['Vortex-[A-Z]\\d', '([unclosed', '(?i)bad'] })).toEqual([
      ['Vortex-X7', 'Vortex-X7'],
      ['Vortex-Q9', 'Vortex-Q9'],
    ]);
  });

  it('runs patterns that backtrack catastrophically in JavaScript in linear time, and still finds the built-in systems', () => {
    const text = 'a'.repeat(5000) + '! The S-400 moved.';
    const found = systems(text, { systemPatterns: ['(a+)+$', '(\\w+\\s?)*$', '(a|aa)*b', '\\w*\\w*\\w*x', '(a)\\1'] });
    expect(found).toEqual([['S-400', 'S-400']]);
    expect(userPatternProblem('(a+)+$')).toBeNull();
    expect(userPatternProblem('(a)\\1')).toContain('backreferences are not supported');
  });

  it('trims spaces a pattern takes around the name', () => {
    expect(systems('The  Vortex-X7  flew.', { systemPatterns: [' Vortex-X7 '] })).toEqual([['Vortex-X7', 'Vortex-X7']]);
  });

  it('ignores malformed settings from hand-edited JSON', () => {
    const options = { extraSystems: [42, null, 'Starfall'], systemPatterns: 'Vortex-\\d' } as unknown as AnalyzeOptions;
    expect(systems('The Starfall and Vortex-1 and S-400.', options)).toEqual([
      ['Starfall', 'Starfall'],
      ['S-400', 'S-400'],
    ]);
  });

  it('steps over empty matches, even next to an emoji', () => {
    expect(systems('\u{1F680}\u{1F680} The S-400 moved.', { systemPatterns: ['x|', '(?=a)'] })).toEqual([['S-400', 'S-400']]);
  });

  it('keeps unbounded quantifiers, classes and escapes as written', () => {
    expect(systems('The Mk 1234567XYZ and the +abab xx flew.', { systemPatterns: ['Mk ?\\d+[A-Z]*', '[+*](?:ab)+ x{2,}'] })).toEqual([
      ['Mk 1234567XYZ', 'Mk 1234567XYZ'],
      ['+abab xx', '+abab xx'],
    ]);
  });

  it('caps how many matches one pattern may add per paragraph', () => {
    const text = Array.from({ length: 300 }, (_, i) => `Zed${i % 4}`).join(' ');
    const found = analyze(text, { systemPatterns: ['Zed\\d'] }).filter((c) => c.kind === 'system');
    // Four names, each repeated: the identical ones fold into one finding with a count (bounds.ts).
    expect(found.map((c) => c.text)).toEqual(['Zed0', 'Zed1', 'Zed2', 'Zed3']);
    expect(found.map((c) => /\((\d+) times in this paragraph/.exec(c.message)?.[1])).toEqual(Array(4).fill(String(MAX_MATCHES_PER_BLOCK / 4)));
  });
});

describe('system consistency', () => {
  it('treats singular and plural as one spelling', () => {
    const found = systemClaims('The S-300 is old. Syria wants S-300s. The S-300 works.');
    expect(found.map((c) => c.code)).toEqual(['system', 'system', 'system']);
    expect(found.every((c) => JSON.stringify(c.variants) === '["S-300"]')).toBe(true);
  });

  it('flags the minority spelling and names the most frequent one', () => {
    const found = systemClaims('The S-300 is old. The S300 is cheap. The S-300s are potent.');
    expect(found.map((c) => [c.text, c.code])).toEqual([
      ['S-300', 'system'],
      ['S300', 'system-inconsistent'],
      ['S-300s', 'system'],
    ]);
    const odd = found[1];
    expect(odd.severity).toBe('warning');
    expect(odd.variants).toEqual(['S-300', 'S300']);
    expect(odd.message).toBe('"S300" is also written "S-300" in this draft; the most frequent spelling is "S-300"');
    expect(found[0].variants).toEqual(['S-300', 'S300']);
  });

  it('on a tie keeps the spelling seen first', () => {
    const found = systemClaims('The MiG-29 flew. The MIG-29 landed.');
    expect(found.map((c) => c.code)).toEqual(['system', 'system-inconsistent']);
    expect(found[1].message).toContain('the most frequent spelling is "MiG-29"');
  });

  it('does not group different systems', () => {
    const found = systemClaims('The S-300 and the S-400 and the Pantsir S-1.');
    expect(found.map((c) => c.variants)).toEqual([['S-300'], ['S-400'], ['Pantsir S-1']]);
    expect(found.every((c) => c.code === 'system')).toBe(true);
  });
});

describe('system detection on arbitrary input', () => {
  // Found a real hang once: an empty-matching user pattern ("x|") on text starting with an emoji.
  it('never throws or hangs, and returns ranges inside the text', () => {
    const pieces = fc.constantFrom('S-300', 'S-300s', 'MiG-29', ' ', '-', 's', 'A', '1', 'Boeing 7', 'Pantsir', 'Patriot', '\u{1F680}', '\n', 'Flight ', '&', '/', 'Javelin', ' missiles');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string(), fc.string({ unit: 'binary' })), { maxLength: 40 }), fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constant('x|')), { maxLength: 3 }), (parts, patterns) => {
        const text = parts.join('');
        const drafts = scanSystems(text, { dateline: null, options: { systemPatterns: patterns, extraSystems: patterns } }, { kind: 'paragraph' });
        for (const d of drafts) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(text.length);
          expect(d.end).toBeGreaterThan(d.start);
          expect(d.canonical).toBeTruthy();
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('seed article', () => {
  const seed = readFileSync(corpusFile('seed-article.md'), 'utf8');
  const claims = analyze(seed);

  it('finds S-300 (with its plurals), S-400 and Pantsir S-1, and never "Syria S-300"', () => {
    const found = claims.filter((c) => c.kind === 'system');
    const s300 = found.filter((c) => c.canonical === 'S-300');
    expect(s300.length).toBeGreaterThanOrEqual(5);
    expect(s300.some((c) => c.text === 'S-300s')).toBe(true);
    expect(new Set(found.map((c) => c.canonical))).toEqual(new Set(['S-300', 'S-400', 'Pantsir S-1']));
    expect(found.some((c) => c.text.includes('Syria'))).toBe(false);
    expect(found.every((c) => c.code === 'system')).toBe(true);
    expect(found.find((c) => c.canonical === 'Pantsir S-1')?.message).toContain('(Pantsir S-1 air defense battery)');
  });
});
