/** `npm run gen:manifest`: rewrites the catalogue-driven settings of package.json (see scripts/manifest.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderManifest, syncManifest } from './manifest';

const file = path.resolve(__dirname, '../package.json');
const before = readFileSync(file, 'utf8');
const after = renderManifest(syncManifest(JSON.parse(before)));
if (after === before) console.log('package.json is up to date');
else {
  writeFileSync(file, after);
  console.log('package.json: factdesk.kinds.* and factdesk.rules regenerated from src/core/claims.ts');
}
