import { describe, expect, it } from 'vitest';
import { effectiveConfig } from '../../../src/extension/effectiveConfig';

const file = {
  origin: '/ws/.factdesk.json',
  json: { kinds: { system: false }, rules: { 'quote-term': 'off', date: 'warning' }, linkStyle: 'footnote', extraSystems: ['Iron Dome'], systemPatterns: ['\\bXR-\\d+\\b'], sourcesRegistry: 'desk/sources.json' },
};

describe('effectiveConfig', () => {
  it('uses built-in defaults with no file and no settings', () => {
    expect(effectiveConfig({ file: undefined, settings: {}, trusted: true })).toEqual({
      options: {},
      linkStyle: 'inline',
      sourcesRegistry: '.factdesk/sources.json',
      languages: ['markdown', 'plaintext'],
      errors: [],
    });
  });

  it('applies the workspace file, with explicit settings winning per key and word lists adding up', () => {
    const config = effectiveConfig({
      file,
      settings: { kinds: { system: true }, rules: { date: 'hint' }, linkStyle: 'reference', extraSystems: ['Starlink'], dateline: '2018-05-11' },
      trusted: true,
    });
    expect(config.options.kinds).toEqual({ system: true });
    expect(config.options.disabledRules).toEqual(['quote-term']);
    expect(config.options.severities).toEqual({ date: 'hint' });
    expect(config.options.extraSystems).toEqual(['Iron Dome', 'Starlink']);
    expect(config.options.systemPatterns).toEqual(['\\bXR-\\d+\\b']);
    expect(config.options.defaultDateline).toBe('2018-05-11');
    expect(config.linkStyle).toBe('reference');
    expect(config.sourcesRegistry).toBe('desk/sources.json');
  });

  it('ignores the file\'s system patterns, system names and registry path in an untrusted workspace', () => {
    const config = effectiveConfig({ file, settings: {}, trusted: false });
    expect(config.options.systemPatterns).toBeUndefined();
    expect(config.sourcesRegistry).toBe('.factdesk/sources.json');
    // A pull request can make the list huge (issue 14): it is the workspace's, so it waits for trust.
    expect(config.options.extraSystems).toBeUndefined();
  });

  it('takes the newsroom\'s wire preset and date order from the file, and the editor\'s settings over them', () => {
    const wire = { origin: '/ws/.factdesk.json', json: { preset: 'wire', dateOrder: 'dmy' } };
    expect(effectiveConfig({ file: wire, settings: {}, trusted: false }).options).toEqual({ disabledRules: ['source-missing'], severities: {}, dateOrder: 'dmy' });
    const mine = effectiveConfig({ file: wire, settings: { rules: { 'source-missing': 'hint' }, dateOrder: 'mdy', presentReferences: true }, trusted: true });
    expect(mine.options.disabledRules).toEqual([]);
    expect(mine.options.dateOrder).toBe('mdy');
    expect(mine.options.presentReferences).toBe(true);
    expect(mine.errors).toEqual([]);
  });

  it('reports bad values naming the file or settings, and keeps the good ones', () => {
    const config = effectiveConfig({ file: { origin: '.factdesk.json', json: { rules: { nope: 'off' }, linkStyle: 'inline' } }, settings: { linkStyle: 'fancy' }, trusted: true });
    expect(config.errors).toHaveLength(2);
    expect(config.errors[0]).toMatch(/^\.factdesk\.json: "rules\.nope" unknown rule code/);
    expect(config.errors[1]).toMatch(/^settings: "linkStyle" must be one of/);
    expect(config.linkStyle).toBe('inline');
  });
});
