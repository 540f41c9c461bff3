import { afterEach, describe, expect, it } from 'vitest';
import { runCli, scratch } from './runCli';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('factdesk check honours disable comments', () => {
  it('drops placeholder links on the next line and inside a disabled range, and reports the rest', async () => {
    const draft = [
      '<!-- factdesk-disable-next-line link-placeholder -->',
      'See the [minutes](#) first.',
      '',
      '<!-- factdesk-disable link -->',
      'A pasted sidebar with [a link](#).',
      '<!-- factdesk-enable link -->',
      '',
      'And the [agenda](#) too.',
      '',
    ].join('\n');
    const s = scratch({ 'a.md': draft });
    cleanup = s.cleanup;
    const { code, stdout } = await runCli(['check', 'a.md'], s.dir);
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((l) => l.startsWith('a.md:'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^a\.md:8:9 {2}warning {2}link-placeholder /);
  });
});
