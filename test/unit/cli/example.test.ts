// examples/draft.md is the demo (`npm run demo`): it must show every rule and still exit 0.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../../src/core/claims';
import { runCli } from './runCli';

const REPO = path.resolve(__dirname, '../../..');

describe('examples/draft.md', () => {
  it('exercises every rule and passes with the default --fail-on', async () => {
    const result = await runCli(['check', '--format', 'json', 'examples/draft.md'], REPO);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const [file] = JSON.parse(result.stdout).files;
    expect(file.dateline).toBe('2024-03-08');
    const seen = new Set(file.claims.map((c: { code: string }) => c.code));
    expect(RULE_CODES.filter((code) => !seen.has(code)), 'rules the example draft no longer shows').toEqual([]);
  });
});
