/**
 * The catalogue in src/core/claims.ts is the only list of kinds and rules. These tests fail when an
 * entry is added there and a face that cannot be checked by the type system is left behind: the
 * package.json settings, the rule pages and index, the README's rules table, verification records.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS, KINDS, RULE_CODES, RULES, isClaimKind, isRuleCode, rulesOfKind, ruleDocPath } from '../../../src/core/claims';
import { parseConfig } from '../../../src/core/config';
import { emptyRecords, parseRecords, serializeRecords, upsertMark } from '../../../src/core/records';
import { renderManifest, syncManifest } from '../../../scripts/manifest';
import { RULE_INDEX_PATH, renderRuleIndex } from '../../../scripts/ruleDocs';

const REPO = path.resolve(__dirname, '../../..');
const read = (file: string): string => readFileSync(path.join(REPO, file), 'utf8');

describe('the catalogue of kinds and rules', () => {
  it('gives every kind a label, heading, icon and setting, and at least one rule', () => {
    for (const kind of KINDS) {
      const info = CLAIM_KINDS[kind];
      expect(info.kind).toBe(kind);
      for (const field of [info.label, info.heading, info.icon, info.setting]) expect(field.trim()).not.toBe('');
      expect(rulesOfKind(kind).length, `kind ${kind} has no rule`).toBeGreaterThan(0);
    }
    expect(RULE_CODES.flatMap((code) => (isClaimKind(RULES[code].kind) ? [] : [code]))).toEqual([]);
  });

  it('recognises exactly its own kinds and codes', () => {
    expect(KINDS.every(isClaimKind)).toBe(true);
    expect(RULE_CODES.every(isRuleCode)).toBe(true);
    expect(isClaimKind('toString')).toBe(false);
    expect(isRuleCode('constructor')).toBe(false);
  });

  it('package.json has the generated factdesk.kinds.* and factdesk.rules settings (npm run gen:manifest)', () => {
    const manifest = read('package.json');
    expect(manifest, 'package.json is out of date: run npm run gen:manifest').toBe(renderManifest(syncManifest(JSON.parse(manifest))));
    const properties = JSON.parse(manifest).contributes.configuration.properties;
    for (const kind of KINDS) expect(properties[`factdesk.kinds.${kind}`].description).toBe(CLAIM_KINDS[kind].setting);
    expect(Object.keys(properties['factdesk.rules'].properties)).toEqual(RULE_CODES);
  });

  it('has a rule page for every rule and an index section for every kind (npm run docs:rules)', () => {
    for (const code of RULE_CODES) expect(existsSync(path.join(REPO, ruleDocPath(code))), `${ruleDocPath(code)} is missing`).toBe(true);
    const index = read(RULE_INDEX_PATH);
    expect(index, `${RULE_INDEX_PATH} is out of date: run npm run docs:rules`).toBe(renderRuleIndex());
    for (const kind of KINDS) expect(index).toContain(`## ${CLAIM_KINDS[kind].heading} (\`${kind}\`)`);
  });

  it("lists every kind and rule in the README's rules table", () => {
    const readme = read('README.md');
    for (const kind of KINDS) expect(readme, `README rules table has no row for kind ${kind}`).toMatch(new RegExp(`^\\| ${kind} \\|`, 'm'));
    for (const code of RULE_CODES) expect(readme, `README rules table does not link ${code}`).toContain(`[\`${code}\`](${ruleDocPath(code)})`);
  });

  it('accepts every kind and code in .factdesk.json and in verification records', () => {
    const parsed = parseConfig({ kinds: Object.fromEntries(KINDS.map((k) => [k, false])), rules: Object.fromEntries(RULE_CODES.map((c) => [c, 'off'])) }, 'test');
    expect(parsed.errors).toEqual([]);
    let records = emptyRecords();
    for (const code of RULE_CODES) records = upsertMark(records, `${code}:x`, { state: 'verified', by: 'ana', at: '2024-03-01T10:00:00.000Z', kind: RULES[code].kind, code, text: 'x' });
    expect(Object.keys(parseRecords(serializeRecords(records), 'test').marks)).toHaveLength(RULE_CODES.length);
  });
});
