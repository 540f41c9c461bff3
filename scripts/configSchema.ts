/**
 * The JSON schema of `.factdesk.json` (schemas/factdesk.schema.json, contributed through
 * `jsonValidation` so VS Code completes and checks the file as it is typed). Derived, never
 * hand-listed: the keys are the config parser's (CONFIG_KEYS), `kinds` and `rules` come from the
 * catalogue (as the package.json settings do, scripts/manifest.ts), and every other key takes its
 * type and description from the matching `factdesk.<key>` setting in package.json. Pure:
 * `npm run gen:schemas` writes it, and a unit test fails when the file is out of date.
 */
import { CLAIM_KINDS, KINDS } from '../src/core/claims';
import { CONFIG_KEYS } from '../src/core/config';
import { rulesSetting } from './manifest';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Setting fields that describe VS Code's settings UI, not the value. */
const UI_ONLY = new Set(['scope', 'order', 'default', 'enumDescriptions', 'markdownDescription']);

function valueSchema(setting: Json | undefined, key: string): JsonObject {
  if (setting === null || typeof setting !== 'object' || Array.isArray(setting)) throw new Error(`package.json has no factdesk.${key} setting to describe "${key}" in .factdesk.json`);
  const out: JsonObject = {};
  for (const [field, value] of Object.entries(setting)) if (!UI_ONLY.has(field)) out[field] = value;
  const markdown = setting.markdownDescription;
  if (out.description === undefined && typeof markdown === 'string') out.markdownDescription = markdown;
  return out;
}

export function configSchema(settings: Record<string, Json>): JsonObject {
  const properties: JsonObject = { $schema: { type: 'string' } };
  for (const key of CONFIG_KEYS) {
    if (key === 'kinds') {
      const kinds: JsonObject = {};
      for (const kind of KINDS) kinds[kind] = { type: 'boolean', description: CLAIM_KINDS[kind].setting };
      properties.kinds = { type: 'object', description: 'Claim kinds to report (default: all).', properties: kinds, additionalProperties: false };
    } else if (key === 'rules') {
      properties.rules = valueSchema(rulesSetting(settings['factdesk.rules']), key);
    } else {
      properties[key] = valueSchema(settings[`factdesk.${key}`], key);
    }
  }
  return { $schema: 'http://json-schema.org/draft-07/schema#', title: 'Factdesk settings for a desk (.factdesk.json)', type: 'object', properties, additionalProperties: false };
}

export function renderSchema(schema: Json): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
