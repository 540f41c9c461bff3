import { describe, expect, it } from 'vitest';
import { mergeOptions, parseConfig } from '../../../src/core/config';

describe('parseConfig', () => {
  it('maps every documented key onto analyzer options', () => {
    const parsed = parseConfig(
      {
        $schema: './factdesk.schema.json',
        kinds: { system: false, quote: true },
        rules: { 'quote-term': 'off', 'attribution-anonymous': 'error', 'link-insecure': 'hint' },
        dateline: '2018-05-11',
        languages: ['markdown', 'plaintext'],
        linkStyle: 'footnote',
        extraSystems: ['Iron Dome'],
        systemPatterns: ['\\bXR-\\d+\\b'],
        anonymousPhrases: ['a person briefed on'],
        namedSources: ['the port authority'],
        sourcesRegistry: 'sources.json',
      },
      '.factdesk.json',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.options).toEqual({
      kinds: { system: false, quote: true },
      disabledRules: ['quote-term'],
      severities: { 'attribution-anonymous': 'error', 'link-insecure': 'hint' },
      defaultDateline: '2018-05-11',
      extraSystems: ['Iron Dome'],
      systemPatterns: ['\\bXR-\\d+\\b'],
      anonymousPhrases: ['a person briefed on'],
      namedSources: ['the port authority'],
    });
    expect(parsed.options.dateline).toBeUndefined();
    expect(parsed.linkStyle).toBe('footnote');
    expect(parsed.sourcesRegistry).toBe('sources.json');
    expect(parsed.languages).toEqual(['markdown', 'plaintext']);
  });

  it('reports unknown keys and wrong types naming the key and the file, without throwing', () => {
    const parsed = parseConfig(
      {
        rulez: {},
        kinds: { quote: 'yes', weather: true },
        rules: { 'no-such-rule': 'off', date: 'loud' },
        dateline: '2018-02-30',
        linkStyle: 'sideways',
        extraSystems: 'S-300',
        systemPatterns: ['(unclosed'],
        anonymousPhrases: ['ok', 3],
        sourcesRegistry: 42,
      },
      'team/.factdesk.json',
    );
    const keys = ['"rulez"', '"kinds.quote"', '"kinds.weather"', '"rules.no-such-rule"', '"rules.date"', '"dateline"', '"linkStyle"', '"extraSystems"', '"systemPatterns[0]"', '"anonymousPhrases[1]"', '"sourcesRegistry"'];
    expect(parsed.errors).toHaveLength(keys.length);
    keys.forEach((key, i) => {
      expect(parsed.errors[i].startsWith('team/.factdesk.json: ')).toBe(true);
      expect(parsed.errors[i]).toContain(key);
    });
    // Valid parts still apply.
    expect(parsed.options.anonymousPhrases).toEqual(['ok']);
    expect(parsed.options.systemPatterns).toEqual([]);
  });

  it('rejects a config that is not an object', () => {
    for (const bad of [null, [], 'x', 3]) {
      const parsed = parseConfig(bad, 'settings');
      expect(parsed.errors).toHaveLength(1);
      expect(parsed.errors[0]).toMatch(/^settings: the config must be a JSON object/);
      expect(parsed.options).toEqual({});
    }
  });
});

describe('preset, dateOrder and presentReferences', () => {
  it('"preset": "wire" switches off source-missing, under the same file\'s rules', () => {
    expect(parseConfig({ preset: 'wire' }, 'f').options.disabledRules).toEqual(['source-missing']);
    const back = parseConfig({ preset: 'wire', rules: { 'source-missing': 'info' } }, 'f').options;
    expect(back.disabledRules).toEqual([]);
    expect(back.severities).toEqual({ 'source-missing': 'info' });
    // Key order in the file does not matter.
    expect(parseConfig({ rules: { 'quote-term': 'off' }, preset: 'wire' }, 'f').options.disabledRules).toEqual(['quote-term', 'source-missing']);
    expect(parseConfig({ preset: 'default' }, 'f').options).toEqual({});
  });

  it('reads the date order and the present-references switch, and names a bad value', () => {
    expect(parseConfig({ dateOrder: 'dmy', presentReferences: true }, 'f').options).toEqual({ dateOrder: 'dmy', presentReferences: true });
    const bad = parseConfig({ preset: 'agency', dateOrder: 'ymd', presentReferences: 'yes' }, 'f');
    expect(bad.errors).toEqual([
      'f: "preset" must be one of "default", "wire", not "agency"',
      'f: "dateOrder" must be one of "ambiguous", "mdy", "dmy", not "ymd"',
      'f: "presentReferences" must be true or false, not "yes"',
    ]);
    expect(bad.options).toEqual({});
  });

  it('lets a user setting override the newsroom file for each', () => {
    const team = parseConfig({ preset: 'wire', dateOrder: 'dmy' }, 'a').options;
    const user = parseConfig({ rules: { 'source-missing': 'hint' }, dateOrder: 'mdy', presentReferences: true }, 'b').options;
    const merged = mergeOptions(team, user);
    expect(merged.disabledRules).toEqual([]);
    expect(merged.dateOrder).toBe('mdy');
    expect(merged.presentReferences).toBe(true);
  });
});

describe('mergeOptions', () => {
  it('lets later layers win, merges per rule and adds word lists up', () => {
    const team = parseConfig({ rules: { 'quote-term': 'off', date: 'warning' }, extraSystems: ['Iron Dome'], kinds: { link: false } }, 'a').options;
    const user = parseConfig({ rules: { 'quote-term': 'info' }, extraSystems: ['Starlink', 'Iron Dome'], kinds: { date: false } }, 'b').options;
    const merged = mergeOptions({ languageId: 'markdown' }, team, user, undefined, { dateline: '2020-01-02' });
    expect(merged).toEqual({
      languageId: 'markdown',
      dateline: '2020-01-02',
      kinds: { link: false, date: false },
      disabledRules: [],
      severities: { date: 'warning', 'quote-term': 'info' },
      extraSystems: ['Iron Dome', 'Starlink'],
    });
  });
});
