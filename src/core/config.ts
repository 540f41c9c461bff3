/**
 * The shared config loader: a newsroom's `.factdesk.json` (read by the CLI and the extension) and the
 * extension's `factdesk.*` settings object both go through `parseConfig`, so a key means the same
 * thing everywhere. Bad input never throws: every problem becomes an error string naming the key and
 * where it came from, and the valid keys still apply.
 */
import { KINDS, RULE_CODES, SEVERITIES, isClaimKind, isRuleCode, type ClaimKind, type RuleCode, type Severity } from './claims';
import type { AnalyzeOptions, DateOrder, LinkStyle } from './options';
import { extraSystemProblem, MAX_EXTRA_SYSTEMS, userPatternProblem } from './systems/userPatterns';

export interface ParsedConfig {
  options: AnalyzeOptions;
  linkStyle?: LinkStyle;
  sourcesRegistry?: string;
  /** Globs of source files for quote matching, relative to the config's folder (default in the faces). */
  sources?: string[];
  /** Language ids to check ("markdown", "plaintext"); the faces decide which documents that covers. */
  languages?: string[];
  /** Rules the `preset` switches off, applied under the same object's `rules` once every key is read. */
  presetRules?: readonly RuleCode[];
  errors: string[];
}

type RuleSetting = 'off' | Severity;

/** Where a draft's sources are looked for when no `sources` key says otherwise (relative to the workspace folder). */
export const DEFAULT_SOURCE_GLOBS: readonly string[] = ['sources/**', '.factdesk/sources/**'];

export const RULE_SETTINGS: readonly RuleSetting[] = ['off', ...SEVERITIES];
const LINK_STYLES: readonly LinkStyle[] = ['inline', 'reference', 'footnote'];
const DATE_ORDERS: readonly DateOrder[] = ['ambiguous', 'mdy', 'dmy'];

/**
 * Presets: named bundles of rule settings for a kind of copy. Wire copy attributes in nearly every
 * paragraph and is sourced by the agency itself, so a missing source link says nothing there.
 * A preset is applied under the same file's `rules`, which can switch a rule back on.
 */
const PRESETS: Readonly<Record<string, readonly RuleCode[]>> = { default: [], wire: ['source-missing'] };
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (rejects 2018-02-30). */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? JSON.stringify(value) : `a ${typeof value}`;
}

/** Reads one key's value into `target`, or returns why it cannot. */
type KeyReader = (value: unknown, target: ParsedConfig, fail: (key: string, problem: string) => void) => void;

function stringList(key: keyof Pick<AnalyzeOptions, 'extraSystems' | 'anonymousPhrases' | 'namedSources' | 'ignore'>): KeyReader {
  return (value, target, fail) => {
    const list = readStrings(value, key, fail);
    if (list) target.options[key] = list;
  };
}

function readStrings(value: unknown, key: string, fail: (key: string, problem: string) => void): string[] | undefined {
  if (!Array.isArray(value)) {
    fail(key, `must be an array of strings, not ${describe(value)}`);
    return undefined;
  }
  const list: string[] = [];
  value.forEach((item, i) => {
    if (typeof item === 'string' && item.trim() !== '') list.push(item);
    else fail(`${key}[${i}]`, `must be a non-empty string, not ${describe(item)}`);
  });
  return list;
}

const READERS: Record<string, KeyReader> = {
  // Editors add "$schema" for completion in their JSON editor; it carries no setting.
  $schema: () => undefined,
  kinds(value, target, fail) {
    if (!isPlainObject(value)) return fail('kinds', `must be an object like {"quote": true}, not ${describe(value)}`);
    const kinds: Partial<Record<ClaimKind, boolean>> = {};
    for (const [kind, on] of Object.entries(value)) {
      if (!isClaimKind(kind)) fail(`kinds.${kind}`, `unknown kind (known: ${KINDS.join(', ')})`);
      else if (typeof on !== 'boolean') fail(`kinds.${kind}`, `must be true or false, not ${describe(on)}`);
      else kinds[kind] = on;
    }
    target.options.kinds = kinds;
  },
  rules(value, target, fail) {
    if (!isPlainObject(value)) return fail('rules', `must be an object like {"quote-term": "off"}, not ${describe(value)}`);
    const disabled: RuleCode[] = [];
    const severities: Partial<Record<RuleCode, Severity>> = {};
    for (const [code, setting] of Object.entries(value)) {
      if (!isRuleCode(code)) fail(`rules.${code}`, `unknown rule code (known: ${RULE_CODES.join(', ')})`);
      else if (typeof setting !== 'string' || !(RULE_SETTINGS as readonly string[]).includes(setting)) {
        fail(`rules.${code}`, `must be one of ${RULE_SETTINGS.map((s) => `"${s}"`).join(', ')}, not ${describe(setting)}`);
      } else if (setting === 'off') disabled.push(code);
      else severities[code] = setting as Severity;
    }
    target.options.disabledRules = disabled;
    target.options.severities = severities;
  },
  dateline(value, target, fail) {
    // A shared config cannot know each story's date: its dateline only fills in when the draft has none.
    if (value === null || value === '') return;
    if (typeof value !== 'string' || !isIsoDay(value)) return fail('dateline', `must be a date written YYYY-MM-DD, not ${describe(value)}`);
    target.options.defaultDateline = value;
  },
  languages(value, target, fail) {
    const list = readStrings(value, 'languages', fail);
    if (list) target.languages = list;
  },
  linkStyle(value, target, fail) {
    if (typeof value !== 'string' || !(LINK_STYLES as readonly string[]).includes(value)) {
      return fail('linkStyle', `must be one of ${LINK_STYLES.map((s) => `"${s}"`).join(', ')}, not ${describe(value)}`);
    }
    target.linkStyle = value as LinkStyle;
  },
  extraSystems(value, target, fail) {
    const list = readStrings(value, 'extraSystems', fail);
    if (!list) return;
    const kept = list.filter((name, i) => {
      const problem = extraSystemProblem(name);
      if (problem) fail(`extraSystems[${i}]`, `${problem}, so it is ignored`);
      return problem === null;
    });
    if (kept.length > MAX_EXTRA_SYSTEMS) fail('extraSystems', `holds ${kept.length} names; only the first ${MAX_EXTRA_SYSTEMS} are used (the rest, from "${kept[MAX_EXTRA_SYSTEMS]}" on, are ignored)`);
    target.options.extraSystems = kept.slice(0, MAX_EXTRA_SYSTEMS);
  },
  anonymousPhrases: stringList('anonymousPhrases'),
  namedSources: stringList('namedSources'),
  ignore: stringList('ignore'),
  systemPatterns(value, target, fail) {
    const list = readStrings(value, 'systemPatterns', fail);
    if (!list) return;
    // Refused here, with the pattern named, so the user learns why it finds nothing.
    target.options.systemPatterns = list.filter((source, i) => {
      const problem = userPatternProblem(source);
      if (problem) fail(`systemPatterns[${i}]`, `${JSON.stringify(source)} ${problem}, so it is ignored`);
      return problem === null;
    });
  },
  sources(value, target, fail) {
    const list = readStrings(value, 'sources', fail);
    if (list) target.sources = list;
  },
  preset(value, target, fail) {
    if (typeof value !== 'string' || !Object.prototype.hasOwnProperty.call(PRESETS, value)) {
      return fail('preset', `must be one of ${Object.keys(PRESETS).map((p) => `"${p}"`).join(', ')}, not ${describe(value)}`);
    }
    target.presetRules = PRESETS[value];
  },
  dateOrder(value, target, fail) {
    if (typeof value !== 'string' || !(DATE_ORDERS as readonly string[]).includes(value)) {
      return fail('dateOrder', `must be one of ${DATE_ORDERS.map((s) => `"${s}"`).join(', ')}, not ${describe(value)}`);
    }
    target.options.dateOrder = value as DateOrder;
  },
  presentReferences(value, target, fail) {
    if (typeof value !== 'boolean') return fail('presentReferences', `must be true or false, not ${describe(value)}`);
    target.options.presentReferences = value;
  },
  sourcesRegistry(value, target, fail) {
    if (typeof value !== 'string' || value.trim() === '') return fail('sourcesRegistry', `must be a file path, not ${describe(value)}`);
    target.sourcesRegistry = value;
  },
};

export const CONFIG_KEYS = Object.keys(READERS).filter((k) => k !== '$schema');

/**
 * Validate a parsed `.factdesk.json` (or settings object). `origin` names where it came from
 * (a file path, "settings") and starts every error message.
 */
export function parseConfig(json: unknown, origin: string): ParsedConfig {
  const result: ParsedConfig = { options: {}, errors: [] };
  const fail = (key: string, problem: string): void => {
    result.errors.push(`${origin}: "${key}" ${problem}`);
  };
  if (!isPlainObject(json)) {
    result.errors.push(`${origin}: the config must be a JSON object, not ${describe(json)}`);
    return result;
  }
  for (const [key, value] of Object.entries(json)) {
    const read = Object.prototype.hasOwnProperty.call(READERS, key) ? READERS[key] : undefined;
    if (!read) fail(key, `is not a Factdesk setting (known: ${CONFIG_KEYS.join(', ')})`);
    else if (value !== undefined) read(value, result, fail);
  }
  applyPreset(result);
  return result;
}

/** A preset's rules go off unless the same object's `rules` gives them a setting of their own. */
function applyPreset(result: ParsedConfig): void {
  const codes = result.presetRules;
  if (!codes?.length) return;
  const options = result.options;
  const disabled = options.disabledRules ?? [];
  for (const code of codes) if (!disabled.includes(code) && options.severities?.[code] === undefined) disabled.push(code);
  options.disabledRules = disabled;
}

function unionList(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b && [...b];
  if (!b) return [...a];
  return [...new Set([...a, ...b])];
}

/**
 * Combine option layers, lowest precedence first (built-in defaults, `.factdesk.json`, user settings,
 * command-line flags). Scalars: the last layer that sets one wins. Kinds and severities merge per key;
 * a later layer that gives a rule a severity switches it back on. Word lists add up, so a user's extra
 * systems join the newsroom's.
 */
export function mergeOptions(...layers: Array<AnalyzeOptions | undefined>): AnalyzeOptions {
  const merged: AnalyzeOptions = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.languageId !== undefined) merged.languageId = layer.languageId;
    if (layer.dateline !== undefined) merged.dateline = layer.dateline;
    if (layer.defaultDateline !== undefined) merged.defaultDateline = layer.defaultDateline;
    if (layer.dateOrder !== undefined) merged.dateOrder = layer.dateOrder;
    if (layer.presentReferences !== undefined) merged.presentReferences = layer.presentReferences;
    if (layer.kinds) merged.kinds = { ...merged.kinds, ...layer.kinds };
    if (layer.severities || layer.disabledRules) {
      const severities = { ...merged.severities, ...layer.severities };
      const turnedOn = new Set(Object.keys(layer.severities ?? {}));
      const disabled = (merged.disabledRules ?? []).filter((code) => !turnedOn.has(code));
      for (const code of layer.disabledRules ?? []) if (!disabled.includes(code)) disabled.push(code);
      merged.severities = severities;
      merged.disabledRules = disabled;
    }
    for (const key of ['extraSystems', 'systemPatterns', 'anonymousPhrases', 'namedSources', 'ignore'] as const) {
      const list = unionList(merged[key], layer[key]);
      if (list) merged[key] = list;
    }
  }
  return merged;
}
