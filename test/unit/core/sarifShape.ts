// The required properties and value constraints of the SARIF 2.1.0 schema
// (https://json.schemastore.org/sarif-2.1.0.json) for the parts Factdesk writes, checked by hand
// because tests run without network access.
import { expect } from 'vitest';

const LEVELS = ['none', 'note', 'warning', 'error'];

function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function message(m: unknown, where: string): void {
  expect(isObject(m) && (typeof m.text === 'string' || typeof m.id === 'string'), `${where}: message needs text or id`).toBe(true);
}

export function assertValidSarif(log: unknown): void {
  expect(isObject(log), 'log is an object').toBe(true);
  const l = log as Record<string, any>;
  expect(l.version).toBe('2.1.0');
  expect(typeof l.$schema === 'string' && /^https?:\/\//.test(l.$schema)).toBe(true);
  expect(Array.isArray(l.runs), 'runs is an array').toBe(true);
  for (const run of l.runs) {
    expect(isObject(run.tool) && isObject(run.tool.driver), 'run.tool.driver').toBe(true);
    const driver = run.tool.driver;
    expect(typeof driver.name).toBe('string');
    if (driver.informationUri !== undefined) expect(() => new URL(driver.informationUri)).not.toThrow();
    if (run.columnKind !== undefined) expect(['utf16CodeUnits', 'unicodeCodePoints']).toContain(run.columnKind);
    const rules: unknown[] = driver.rules ?? [];
    const ids = new Set<string>();
    for (const rule of rules as Record<string, any>[]) {
      expect(typeof rule.id, 'rule.id').toBe('string');
      expect(ids.has(rule.id), `duplicate rule ${rule.id}`).toBe(false);
      ids.add(rule.id);
      for (const key of ['shortDescription', 'fullDescription', 'help'] as const) {
        if (rule[key] !== undefined) expect(typeof rule[key].text, `${rule.id}.${key}.text`).toBe('string');
      }
      if (rule.helpUri !== undefined) expect(() => new URL(rule.helpUri)).not.toThrow();
      if (rule.defaultConfiguration !== undefined) expect(LEVELS).toContain(rule.defaultConfiguration.level);
    }
    for (const result of (run.results ?? []) as Record<string, any>[]) {
      message(result.message, `result ${result.ruleId}`);
      if (result.level !== undefined) expect(LEVELS).toContain(result.level);
      if (result.ruleIndex !== undefined) {
        expect(Number.isInteger(result.ruleIndex) && result.ruleIndex >= -1).toBe(true);
        expect((rules[result.ruleIndex] as Record<string, any>).id).toBe(result.ruleId);
      }
      for (const location of result.locations ?? []) {
        const physical = location.physicalLocation;
        expect(isObject(physical?.artifactLocation) || isObject(physical?.address), 'physicalLocation needs artifactLocation or address').toBe(true);
        const uri: string = physical.artifactLocation.uri;
        expect(typeof uri).toBe('string');
        expect(uri).not.toMatch(/[\s\\]/);
        const region = physical.region;
        if (region) {
          for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
            if (region[key] !== undefined) expect(Number.isInteger(region[key]) && region[key] >= 1, `region.${key}`).toBe(true);
          }
          for (const key of ['charOffset', 'charLength']) {
            if (region[key] !== undefined) expect(Number.isInteger(region[key]) && region[key] >= 0, `region.${key}`).toBe(true);
          }
          if (region.endLine !== undefined) expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
        }
      }
      if (result.partialFingerprints !== undefined) {
        for (const v of Object.values(result.partialFingerprints)) expect(typeof v).toBe('string');
      }
      for (const s of result.suppressions ?? []) {
        expect(['inSource', 'external']).toContain(s.kind);
        if (s.status !== undefined) expect(['accepted', 'underReview', 'rejected']).toContain(s.status);
      }
    }
  }
}
