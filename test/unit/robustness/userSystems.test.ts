/**
 * Issue 14, items 1 and 4: a hostile `.factdesk.json` must not hang or break the check. Patterns that
 * backtracked for minutes under the old guard now run on a linear-time engine; patterns that engine
 * cannot run are refused with a message naming the pattern and the file; a very long list of names
 * is matched with a trie, bounded, and dropped in restricted workspaces. The test timeout is the
 * hang detector: no timing is asserted.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { parseConfig } from '../../../src/core/config';
import fc from 'fast-check';
import { RE2JS } from 're2js';
import { check } from '../../../src/core';
import { MAX_EXTRA_SYSTEMS, MAX_PATTERN_BLOCK, requiredLiteral } from '../../../src/core/systems/userPatterns';
import { effectiveConfig } from '../../../src/extension/effectiveConfig';
import { runCli, scratch } from '../cli/runCli';

const TIMEOUT_MS = 60_000;

function systemTexts(text: string, options: Parameters<typeof analyze>[1]): string[] {
  return analyze(text, options)
    .filter((c) => c.kind === 'system')
    .map((c) => c.text);
}

describe('user systemPatterns', () => {
  // Each of these ran for minutes on the old backtracking guard with a 40–200 character word.
  const catastrophic = ['(?:\\w?\\w){1,32}!', '(?:\\w{0,32}\\w{0,32}\\w{0,32}){0,32}!', '(?:[a-z]?[a-z]?[a-z]?){1,30}Q', '(\\w+\\s?)*!'];

  it('run in linear time on long words, and still find what they name', () => {
    const word = 'a'.repeat(200);
    const text = `${word} ${word}x ${word.slice(0, 40)} and the Vortex-X7.`;
    for (const pattern of catastrophic) {
      expect(systemTexts(text, { systemPatterns: [pattern, 'Vortex-[A-Z]\\d'] })).toEqual(['Vortex-X7']);
    }
  }, TIMEOUT_MS);

  it('refuses a pattern the engine cannot run, naming the pattern and the file', () => {
    const parsed = parseConfig({ systemPatterns: ['(?<=Mk )\\d+', 'Vortex-\\d', '(a)\\1'] }, 'team/.factdesk.json');
    expect(parsed.options.systemPatterns).toEqual(['Vortex-\\d']);
    expect(parsed.errors).toHaveLength(2);
    expect(parsed.errors[0]).toMatch(/^team\/\.factdesk\.json: "systemPatterns\[0\]" "\(\?<=Mk \)\\\\d\+" cannot run on Factdesk's linear-time engine .*lookbehind/);
    expect(parsed.errors[1]).toContain('"systemPatterns[2]" "(a)\\\\1"');
  });

  it('refuses a pattern that matches empty text instead of stepping through every position', () => {
    expect(parseConfig({ systemPatterns: ['x|'] }, '.factdesk.json').errors[0]).toContain('matches empty text');
  });

  it('are refused on the command line with the message on stderr', async () => {
    const { dir, cleanup } = scratch({ '.factdesk.json': JSON.stringify({ systemPatterns: ['(?=S-)S-\\d+'] }), 'a.md': 'The S-300 moved.\n' });
    try {
      const result = await runCli(['check', 'a.md'], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('factdesk: .factdesk.json: "systemPatterns[0]" "(?=S-)S-\\\\d+" cannot run');
    } finally {
      cleanup();
    }
  });
});

describe('user systemPatterns: the literal prefilter and the paragraph bound', () => {
  const patterns = ['\\bXR-\\d{2}\\b', 'Vortex-[A-Z]\\d', '(?:\\w?\\w){1,32}!', 'Mk ?\\d+[A-Z]*', '[+*](?:ab)+ x{2,}', 'ab?c', 'x{0,3}yz', 'Star\\.link', '(?:Mk|Mark) \\d', 'a+?b'];

  it('only skips paragraphs that cannot match: every match holds the required literal', () => {
    expect(requiredLiteral('\\bXR-\\d{2}\\b')).toBe('XR-');
    expect(requiredLiteral('x{0,3}yz')).toBe('yz');
    expect(requiredLiteral('a|b')).toBe('');
    const piece = fc.constantFrom('XR-12', 'Vortex-Q9', 'Mk 7', 'Mark 3', 'abc', 'ac', 'xxyz', 'yz', 'Star.link', '+ab x', 'aab', ' ', '!', 'a', 'x', 'Z', '-', '1');
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.array(piece, { maxLength: 12 }), (pattern, pieces) => {
        const text = pieces.join('');
        const literal = requiredLiteral(pattern);
        const matcher = RE2JS.compile(pattern).matcher(text);
        while (matcher.find()) expect(matcher.group()).toContain(literal);
      }),
      { numRuns: 500 },
    );
  });

  it('are not run on a paragraph longer than the bound, and a notice says so', () => {
    const long = `${'a'.repeat(MAX_PATTERN_BLOCK)}! The Vortex-X7 flew.`;
    const analysis = check(long, { systemPatterns: ['Vortex-[A-Z]\\d'] });
    expect(analysis.claims.filter((c) => c.kind === 'system')).toEqual([]);
    expect(analysis.notices).toEqual([`Your system patterns were not run on a paragraph over ${MAX_PATTERN_BLOCK} characters long.`]);
    expect(check('The Vortex-X7 flew.', { systemPatterns: ['Vortex-[A-Z]\\d'] }).notices).toEqual([]);
  });
});

describe('user extraSystems', () => {
  const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `Zephyr Mark ${i}`);

  it('9,500 names: checks do not throw, the first names work and the refused rest is reported', () => {
    const list = names(9_500);
    const parsed = parseConfig({ extraSystems: list }, '.factdesk.json');
    expect(parsed.errors).toEqual([`.factdesk.json: "extraSystems" holds 9500 names; only the first ${MAX_EXTRA_SYSTEMS} are used (the rest, from "Zephyr Mark ${MAX_EXTRA_SYSTEMS}" on, are ignored)`]);
    expect(parsed.options.extraSystems).toHaveLength(MAX_EXTRA_SYSTEMS);
    // The engine bounds the list itself too, for options that did not come through parseConfig.
    const text = 'The Zephyr Mark 12 and the Zephyr Mark 4999 flew; the Zephyr Mark 9000 did not.';
    expect(systemTexts(text, { extraSystems: list })).toEqual(['Zephyr Mark 12', 'Zephyr Mark 4999']);
  }, TIMEOUT_MS);

  it('5,000 names on a 3 KB draft keep leftmost-longest matching with word edges and plurals', () => {
    const list = [...names(4_998), 'Iron Dome', 'Iron Dome Mk2'];
    const filler = 'The council met again to discuss the budget and the roads. '.repeat(50);
    const text = `${filler}Two Iron Dome Mk2s and one Iron Dome arrived, not an Iron Domestic or Zephyr Mark 77x.`;
    expect(systemTexts(text, { extraSystems: list })).toEqual(['Iron Dome Mk2s', 'Iron Dome']);
  }, TIMEOUT_MS);

  it('from the workspace file are ignored in a restricted workspace, as its patterns are', () => {
    const file = { json: { extraSystems: ['Zephyr'], systemPatterns: ['Vortex-\\d'] }, origin: '.factdesk.json' };
    expect(effectiveConfig({ file, settings: {}, trusted: true }).options.extraSystems).toEqual(['Zephyr']);
    const restricted = effectiveConfig({ file, settings: {}, trusted: false }).options;
    expect(restricted.extraSystems).toBeUndefined();
    expect(restricted.systemPatterns).toBeUndefined();
  });
});
