/** Whether a rule reports at an offset: its kind and code switched on in the options, no disable comment covering it. */
import { RULES, type RuleCode } from './claims';
import type { DocumentModel } from './document';
import type { AnalyzeOptions } from './options';

export function ruleEnabled(code: RuleCode, start: number, doc: DocumentModel, options: AnalyzeOptions): boolean {
  const kind = RULES[code].kind;
  if (options.kinds && options.kinds[kind] === false) return false;
  if (options.disabledRules?.includes(code)) return false;
  return !doc.suppressions.covers(code, kind, start);
}
