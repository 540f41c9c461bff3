import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CODES, RULES, ruleDocPath } from '../../../src/core/claims';
import { RULE_EXAMPLES, renderRulePage } from '../../../scripts/ruleDocs';

const REPO = path.resolve(__dirname, '../../..');

describe('rule pages', () => {
  it.each(RULE_CODES)('docs/rules/%s.md exists, is current, and has an example and what to check', (code) => {
    const file = path.join(REPO, ruleDocPath(code));
    expect(existsSync(file), `${ruleDocPath(code)} is missing: run npm run docs:rules`).toBe(true);
    const page = readFileSync(file, 'utf8');
    expect(page, `${ruleDocPath(code)} is out of date: run npm run docs:rules`).toBe(renderRulePage(code));
    expect(page).toContain(`# \`${code}\`: ${RULES[code].title}`);
    expect(page).toContain('## Example');
    expect(page).toContain(RULES[code].check);
    expect(page).toContain(`<!-- factdesk-disable ${code} -->`);
    expect(RULE_EXAMPLES[code].example).toContain(RULE_EXAMPLES[code].span);
  });
});
