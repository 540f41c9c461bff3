/**
 * Issue 14, item 3: one bad file must never cost the others their report. An engine bug that one
 * draft triggers (simulated: the engine throws on that draft) becomes a message naming the draft,
 * exit 2, and every other draft is still reported in full.
 */
import { describe, expect, it, vi } from 'vitest';
import { runCli, scratch } from '../cli/runCli';

vi.mock('../../../src/core/analyze', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/analyze')>();
  return {
    ...original,
    check: (text: string, options: Parameters<typeof original.check>[1]) => {
      if (text.includes('TRIGGERS-A-BUG')) throw new RangeError('Invalid string length');
      return original.check(text, options);
    },
  };
});

describe('an internal error in one file', () => {
  it('costs only that file its report', async () => {
    const draft = '"We will rebuild the bridge by spring," Mayor Ana Ortiz said.\n';
    const { dir, cleanup } = scratch({ 'a.md': draft, 'bad.md': `${draft}TRIGGERS-A-BUG\n`, 'c.md': draft });
    try {
      const result = await runCli(['check', '-f', 'json', 'a.md', 'bad.md', 'c.md'], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('factdesk: internal error while checking bad.md (Invalid string length); please report it\n');
      const files = (JSON.parse(result.stdout) as { files: Array<{ path: string; claims: unknown[] }> }).files;
      expect(files.map((f) => f.path)).toEqual(['a.md', 'c.md']);
      expect(files[0].claims.length).toBeGreaterThan(0);
      expect(files[1].claims).toEqual(files[0].claims);
    } finally {
      cleanup();
    }
  });
});
