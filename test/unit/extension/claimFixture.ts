import { RULES, type Claim, type RuleCode } from '../../../src/core/claims';

/** A claim over `needle` in `text`, with the given fields; the rest null. */
export function claimAt(text: string, needle: string, code: RuleCode, extra: Partial<Claim> = {}): Claim {
  const start = text.indexOf(needle);
  if (start === -1) throw new Error(`fixture: "${needle}" not in text`);
  return {
    kind: RULES[code].kind,
    code,
    severity: RULES[code].severity,
    start,
    end: start + needle.length,
    text: needle,
    message: RULES[code].title,
    speaker: null,
    source: null,
    cue: null,
    outlet: null,
    value: null,
    canonical: null,
    url: null,
    fingerprint: `${RULES[code].kind}:${start}`,
    ...extra,
  };
}

/** A span over `needle` in `text`. */
export function spanOf(text: string, needle: string): { text: string; start: number; end: number } {
  const start = text.indexOf(needle);
  if (start === -1) throw new Error(`fixture: "${needle}" not in text`);
  return { text: needle, start, end: start + needle.length };
}
