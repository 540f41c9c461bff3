/**
 * The parts of package.json that come from the catalogue in src/core/claims.ts: the
 * `factdesk.kinds.<kind>` settings and the `factdesk.rules` schema. Pure: `npm run gen:manifest`
 * writes them (scripts/gen-manifest.ts), and a unit test fails when package.json is out of date.
 */
import { CLAIM_KINDS, KINDS, RULES, RULE_CODES } from '../src/core/claims';
import { RULE_SETTINGS } from '../src/core/config';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Properties = Record<string, Json>;

const KIND_PREFIX = 'factdesk.kinds.';
const RULES_KEY = 'factdesk.rules';

export function kindSettings(): Properties {
  const out: Properties = {};
  for (const kind of KINDS) out[KIND_PREFIX + kind] = { type: 'boolean', default: true, scope: 'language-overridable', description: CLAIM_KINDS[kind].setting };
  return out;
}

export function rulesSetting(previous: Json | undefined): Json {
  const properties: Properties = {};
  for (const code of RULE_CODES) {
    properties[code] = { type: 'string', enum: [...RULE_SETTINGS], description: `${RULES[code].title} (default: ${RULES[code].severity}).` };
  }
  const kept = previous !== null && typeof previous === 'object' && !Array.isArray(previous) ? previous : {};
  return { type: 'object', default: {}, scope: 'resource', ...kept, properties };
}

interface Manifest {
  contributes: { configuration: { properties: Properties } };
}

/**
 * `manifest` with the generated settings in place: the kind settings where the first one stood (or
 * before `factdesk.rules`), every other key in its order. Other keys of `factdesk.rules` (its
 * description, `additionalProperties`) are kept.
 */
export function syncManifest<M extends Manifest>(manifest: M): M {
  const old = manifest.contributes.configuration.properties;
  const keys = Object.keys(old);
  const kindsAt = keys.findIndex((k) => k.startsWith(KIND_PREFIX) || k === RULES_KEY);
  const properties: Properties = {};
  keys.forEach((key, i) => {
    if (i === kindsAt) Object.assign(properties, kindSettings());
    if (key.startsWith(KIND_PREFIX)) return;
    properties[key] = key === RULES_KEY ? rulesSetting(old[key]) : old[key];
  });
  if (kindsAt === -1) Object.assign(properties, kindSettings());
  if (!(RULES_KEY in properties)) properties[RULES_KEY] = rulesSetting(undefined);
  return { ...manifest, contributes: { ...manifest.contributes, configuration: { ...manifest.contributes.configuration, properties } } };
}

/** package.json as written by JSON.stringify with two spaces and a final newline (npm's own format). */
export function renderManifest(manifest: unknown): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
