import { describe, expect, it } from 'vitest';
import { findConfig, foldersUpward } from '../../../src/core/configFile';
import { parseJsonText } from '../../../src/core/jsonText';

function files(tree: Record<string, string>) {
  const asked: string[] = [];
  return { asked, exists: async (path: string) => (asked.push(path), path in tree) };
}

describe('.factdesk.json lookup', () => {
  it('walks from the draft folder up to the root, nearest first', () => {
    expect(foldersUpward('/ws/desk/politics', '/ws')).toEqual(['/ws/desk/politics', '/ws/desk', '/ws']);
    expect(foldersUpward('/ws/', '/ws')).toEqual(['/ws']);
    expect(foldersUpward('/a/b', '/')).toEqual(['/a/b', '/a', '/']);
    expect(foldersUpward('C:\\news\\desk', 'C:\\news')).toEqual(['C:/news/desk', 'C:/news']);
  });

  it('does not leave the root, nor treat a sibling with the same prefix as inside it', () => {
    expect(foldersUpward('/ws-other/desk', '/ws')).toEqual(['/ws-other/desk']);
  });

  it('finds the nearest file and stops there', async () => {
    const fs = files({ '/ws/.factdesk.json': '{"rules": {}}', '/ws/desk/.factdesk.json': '{"extraSystems": ["Iron Dome"]}' });
    expect(await findConfig('/ws/desk/politics', '/ws', fs)).toBe('/ws/desk/.factdesk.json');
    expect(fs.asked).toEqual(['/ws/desk/politics/.factdesk.json', '/ws/desk/.factdesk.json']);
  });

  it('falls back to the root file, and to none', async () => {
    expect(await findConfig('/ws/sport', '/ws', files({ '/ws/.factdesk.json': '{}' }))).toBe('/ws/.factdesk.json');
    expect(await findConfig('/ws/sport', '/ws', files({ '/.factdesk.json': '{}' }))).toBeUndefined();
  });
});

describe('.factdesk.json text', () => {
  it('allows comments and trailing commas', () => {
    expect(parseJsonText('\uFEFF{\n  // shared by the politics desk\n  "extraSystems": ["Iron Dome",],\n}', { comments: true })).toEqual({ value: { extraSystems: ['Iron Dome'] } });
    expect(parseJsonText('{"a": 1, // no\n}')).toEqual({ error: expect.stringMatching(/^not valid JSON/) });
  });
  it('names the first syntax error and its place', () => {
    expect(parseJsonText('{\n  "rules": {"quote" "off"}\n}', { comments: true })).toEqual({ error: 'not valid JSON (colon expected at line 2, column 21)' });
  });
});
