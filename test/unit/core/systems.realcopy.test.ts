// Named-system error classes found on real modern news copy (issue 9, class 8). Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';

/** [code, text as written, canonical] of every system claim. */
function systems(text: string): [string, string, string | null][] {
  return analyze(text, { languageId: 'plaintext' })
    .filter((c) => c.kind === 'system')
    .map((c) => [c.code, c.text, c.canonical]);
}

describe('models named without their maker', () => {
  it.each([
    ['Carriers kept their 737 Max jets on the ground.', '737 Max', '737 MAX'],
    ['Regulators cleared the 737 MAX to fly again.', '737 MAX', '737 MAX'],
    ["Engineers reviewed the 737 MAX's flight software.", '737 MAX', '737 MAX'],
    ['A panel blew out of a MAX 9 over the lake.', 'MAX 9', '737 MAX 9'],
    ['The airline grounded the Max 9 fleet.', 'Max 9', '737 MAX 9'],
    ['The 787 Dreamliner returned to service.', '787 Dreamliner', '787 Dreamliner'],
    ['A leased 777-300ER diverted to Anchorage.', '777-300ER', '777-300ER'],
    ['The Model Y outsold every other car in Norway.', 'Model Y', 'Model Y'],
    ['Airbus showed the A380plus at the air show.', 'A380plus', 'A380plus'],
    ['Regulators grounded all MAX 9s with a door plug.', 'MAX 9s', '737 MAX 9'],
    ['The FAA kept the 737-9 MAX on the ground.', '737-9 MAX', '737-9 MAX'],
  ])('%s', (sentence, written, canonical) => {
    expect(systems(sentence)).toEqual([['system', written, canonical]]);
  });

  it('keeps the whole model after the maker, in the maker\'s spelling', () => {
    expect(systems('The Boeing 737 Max 8 left Nairobi.')).toEqual([['system', 'Boeing 737 Max 8', 'Boeing 737 MAX 8']]);
    expect(systems('The Tesla Model 3 topped the list.')).toEqual([['system', 'Tesla Model 3', 'Tesla Model 3']]);
  });

  it('does not read an aircraft registration or a mask rating as a system', () => {
    expect(systems('The jet, registration N704AL, went back to the maker; staff wore N95 masks.')).toEqual([]);
  });

  it('does not read counts, money or a person as a model', () => {
    expect(systems('Boeing delivered 737 jets in a record year.')).toEqual([]);
    expect(systems('The order is worth $737 million, or 3.787 per share.')).toEqual([]);
    expect(systems('Max 9 points clear, the Dutch driver won again.')).toEqual([]);
  });
});

describe('named systems before a system noun', () => {
  it('reads "Arrow" as a system only before a system noun, and "Arrow 3" always', () => {
    expect(systems('The navy tested the Arrow target missile and an Arrow 3 interceptor.')).toEqual([
      ['system', 'Arrow', 'Arrow'],
      ['system', 'Arrow 3', 'Arrow 3'],
    ]);
    expect(systems('An arrow hit the sign. Arrow Electronics shares rose.')).toEqual([]);
  });
});

describe('product families the lexicon did not know', () => {
  it.each([
    ['The carrier took its first A350-1000 in May.', 'A350-1000', 'A350-1000'],
    ['An ATR 72-600 turboprop skidded off the runway.', 'ATR 72-600', 'ATR 72-600'],
    ['State media showed the Comac C919 on its first commercial route.', 'Comac C919', 'Comac C919'],
    ['A Gulfstream G650 carried the delegation.', 'Gulfstream G650', 'Gulfstream G650'],
    ['Exports of H100 chips were curbed.', 'H100', 'H100'],
    ['The lab trained its model on the B200.', 'B200', 'B200'],
    ['The startup built its tool on GPT-4o.', 'GPT-4o', 'GPT-4o'],
    ['Phones with the Snapdragon 8 Gen 3 sold out.', 'Snapdragon 8 Gen 3', 'Snapdragon 8 Gen 3'],
    ['Germany pledged more PzH 2000 howitzers.', 'PzH 2000', 'PzH 2000'],
    ['The town was hit by Shahed drones overnight.', 'Shahed', 'Shahed'],
    ['Kyiv asked for HAWK batteries.', 'HAWK', 'HAWK'],
    ['Militants fired Grad rockets at the port.', 'Grad', 'Grad'],
    ['The old Scud had a range of 300 km.', 'Scud', 'Scud'],
    ['Rome sent a second SAMP/T battery.', 'SAMP/T', 'SAMP/T'],
    ['An IRIS-T SLM launcher was hit.', 'IRIS-T SLM', 'IRIS-T SLM'],
  ])('%s', (sentence, written, canonical) => {
    expect(systems(sentence)).toEqual([['system', written, canonical]]);
  });

  it('reads Apple\'s chips and devices, single-digit chips only before a chip word', () => {
    expect(systems('The tablet runs the M1 chip; the laptop an M1 Pro; the old phone an A8 processor.').map(([, written]) => written)).toEqual(['M1', 'M1 Pro', 'A8']);
    expect(systems('The Apple Watch Series 6 and the iPad Air shipped.').map(([, written]) => written)).toEqual(['Apple Watch Series 6', 'iPad Air']);
    expect(systems('Traffic backed up on the M4 near junction 12.')).toEqual([]);
  });

  it('reads a missile named by its type, not a nationality or a group', () => {
    expect(systems('The navy tested the Anchor target missile; Russia fired a Zircon hypersonic missile.').map(([, written]) => written)).toEqual(['Anchor', 'Zircon']);
    expect(systems('The Iranian ballistic missiles, a Chinese cruise missile and the Houthi anti-ship missiles were shown.')).toEqual([]);
  });

  it('reads chip families and keeps a popular name with its designation', () => {
    expect(systems('The Kirin 9000 outran the Exynos 1080 and an Intel Core i7.').map(([, written]) => written)).toEqual(['Kirin 9000', 'Exynos 1080', 'Core i7']);
    expect(systems('Syria fired SS-21 Tochka missiles.')).toEqual([['system', 'SS-21 Tochka', 'SS-21 Tochka']]);
  });

  it('leaves the plain words alone', () => {
    expect(systems('Gemini is a constellation; flip the Switch; a dash of salt; the hawk circled.')).toEqual([]);
  });
});

describe('acronym systems and plurals', () => {
  it('finds HIMARS, MRAP and HARM (the last only as a weapon)', () => {
    expect(systems('Kyiv got HIMARS launchers, MRAP vehicles and HARM missiles.')).toEqual([
      ['system', 'HIMARS', 'HIMARS'],
      ['system', 'MRAP', 'MRAP'],
      ['system', 'HARM', 'HARM'],
    ]);
    expect(systems('NO HARM DONE, SAYS MINISTER')).toEqual([]);
    expect(systems('Pilots fired an AGM-88 HARM at the radar.')).toEqual([['system', 'AGM-88 HARM', 'AGM-88 HARM']]);
  });

  it('reads a counted plural as the system, and leaves a team alone', () => {
    expect(systems('Germany sent two Patriots and more Javelins.')).toEqual([
      ['system', 'Patriots', 'Patriot'],
      ['system', 'Javelins', 'Javelin'],
    ]);
    expect(systems('The Patriots beat the Jets on Sunday.')).toEqual([]);
    expect(systems('The US-made Patriots held.')).toEqual([['system', 'Patriots', 'Patriot']]);
    expect(systems('Crews trained on MRAPs for weeks.')).toEqual([['system', 'MRAPs', 'MRAP']]);
  });
});

describe('one system spelled two ways', () => {
  it('flags case and spacing variants', () => {
    expect(systems('The 737 MAX returned. Critics say the 737 Max is unsafe. The 737MAX fleet grew.')).toEqual([
      ['system', '737 MAX', '737 MAX'],
      ['system-inconsistent', '737 Max', '737 MAX'],
      ['system-inconsistent', '737MAX', '737 MAX'],
    ]);
  });

  it('does not count a maker dropped on a later mention, but sees a variant behind it', () => {
    expect(systems('The Boeing 737 MAX was grounded. The 737 MAX returned in 2020.').map(([code]) => code)).toEqual(['system', 'system']);
    expect(systems('The Boeing 737 MAX was grounded. The 737 MAX flew. The 737 Max sold.').map(([code]) => code)).toEqual(['system', 'system', 'system-inconsistent']);
  });
});

describe('product names are never rewritten into designations', () => {
  it('keeps "A15 Bionic" as written', () => {
    expect(systems('The phone runs on the A15 Bionic chip.')).toEqual([['system', 'A15 Bionic', 'A15 Bionic']]);
  });

  it('still writes a military designation the canonical way', () => {
    expect(systems('The S300 battery moved.')).toEqual([['system', 'S300', 'S-300']]);
  });
});
