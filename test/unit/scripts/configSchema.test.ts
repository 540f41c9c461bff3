import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS } from '../../../src/core/config';
import { configSchema, renderSchema } from '../../../scripts/configSchema';

const REPO = path.resolve(__dirname, '../../..');
const read = (file: string): string => readFileSync(path.join(REPO, file), 'utf8');
const manifest = JSON.parse(read('package.json'));

describe('the .factdesk.json schema', () => {
  it('is generated from the config keys, the catalogue and the settings (npm run gen:schemas)', () => {
    expect(read('schemas/factdesk.schema.json'), 'schemas/factdesk.schema.json is out of date: run npm run gen:schemas').toBe(renderSchema(configSchema(manifest.contributes.configuration.properties)));
  });

  it('describes every key the parser reads, and only those', () => {
    const schema = JSON.parse(read('schemas/factdesk.schema.json'));
    expect(Object.keys(schema.properties).filter((k) => k !== '$schema').sort()).toEqual([...CONFIG_KEYS].sort());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.ignore.items.type).toBe('string');
  });

  it('is contributed for .factdesk.json and the sources registry, and packaged', () => {
    const urls = manifest.contributes.jsonValidation.map((v: { url: string }) => v.url);
    expect(urls).toEqual(['./schemas/factdesk.schema.json', './schemas/sources.schema.json']);
    expect(manifest.files).toContain('schemas/*.schema.json');
  });
});
