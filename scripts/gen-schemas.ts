/** `npm run gen:schemas`: rewrites schemas/factdesk.schema.json from the config parser and package.json (see scripts/configSchema.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { configSchema, renderSchema } from './configSchema';

const root = path.resolve(__dirname, '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Parameters<typeof configSchema>[0] } } };
const file = path.join(root, 'schemas/factdesk.schema.json');
writeFileSync(file, renderSchema(configSchema(manifest.contributes.configuration.properties)));
console.log(`wrote ${path.relative(root, file)}`);
