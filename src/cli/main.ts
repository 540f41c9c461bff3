import { analyze } from '../core';
import { readFileSync } from 'node:fs';

const [, , command, file] = process.argv;
if (command !== 'check' || !file) {
  process.stderr.write('usage: factdesk check <files>\n');
  process.exit(2);
}
process.stdout.write(JSON.stringify({ version: 1, files: [{ path: file, claims: analyze(readFileSync(file, 'utf8')) }] }, null, 2) + '\n');
