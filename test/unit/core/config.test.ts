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
