/**
 * The CLI's settings: `--config FILE`, or `.factdesk.json` in the working directory when present,
 * validated by the same parser the extension uses. A config that does not parse stops the run
 * (exit 2): CI silently checking with the wrong rules would be worse than failing.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseConfig, type ParsedConfig } from '../core/config';
import { describeFsError } from './fsErrors';

export const DEFAULT_CONFIG = '.factdesk.json';

export async function loadConfig(explicit: string | undefined, cwd: string): Promise<ParsedConfig> {
  const name = explicit ?? DEFAULT_CONFIG;
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, name), 'utf8');
  } catch (error) {
    if (explicit === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return { options: {}, errors: [] };
    return { options: {}, errors: [`cannot read config ${name}: ${describeFsError(error)}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { options: {}, errors: [`${name} is not valid JSON: ${(error as Error).message}`] };
  }
  return parseConfig(json, name);
}
