/**
 * Writes docs/rules/<code>.md for every rule: `npm run docs:rules`. Then reports any
 * example the current engine does not flag with its own rule, so the pages stay honest.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { check } from '../src/core/analyze';
import { RULE_CODES } from '../src/core/claims';
import { RULE_EXAMPLES, RULE_INDEX_PATH, renderRuleIndex, renderRulePage } from './ruleDocs';

const dir = path.resolve(__dirname, '../docs/rules');
mkdirSync(dir, { recursive: true });
for (const code of RULE_CODES) writeFileSync(path.join(dir, `${code}.md`), renderRulePage(code));
writeFileSync(path.resolve(__dirname, '..', RULE_INDEX_PATH), renderRuleIndex());
console.log(`wrote ${RULE_CODES.length} rule pages to ${path.relative(process.cwd(), dir) || '.'}`);

for (const code of RULE_CODES) {
  const ex = RULE_EXAMPLES[code];
  const start = ex.example.indexOf(ex.span);
  const found = check(ex.example, { dateline: ex.dateline }).claims.filter((c) => c.code === code);
  const exact = found.some((c) => c.start === start && c.end === start + ex.span.length);
  if (!exact) console.log(`note: ${code}: the engine ${found.length ? `flags ${found.map((c) => JSON.stringify(c.text)).join(', ')}` : 'does not flag'} in the example, the page says ${JSON.stringify(ex.span)}`);
}
