import { describe, expect, it } from 'vitest';
import { CheckFailures } from '../../../src/extension/checkFailures';

describe('a check that throws', () => {
  it('is logged with the file and the stack every time, and shown to the user once per session', () => {
    const logged: string[] = [];
    const shown: string[] = [];
    const failures = new CheckFailures({ error: (message: string | Error) => void logged.push(String(message)) }, (m) => shown.push(m));
    failures.report('drafts/a.md', new TypeError('cannot read x'));
    failures.report('drafts/b.md', new Error('again'));
    expect(logged).toHaveLength(2);
    expect(logged[0]).toContain('drafts/a.md');
    expect(logged[0]).toContain('TypeError: cannot read x');
    expect(logged[1]).toContain('drafts/b.md');
    expect(shown).toEqual(['Factdesk could not check drafts/a.md: cannot read x. The last results are kept; details are in the Factdesk output (this is shown once per session).']);
    expect(failures.count).toBe(2);
    expect(failures.shown).toBe(shown[0]);
  });
});
