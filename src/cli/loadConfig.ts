/**
 * The CLI's settings: `--config FILE`, or the nearest `.factdesk.json` from the working directory
 * upward (core/configFile), validated by the same parser the extension uses. A config that does not
 * parse stops the run (exit 2): CI silently checking with the wrong rules would be worse than failing.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseConfig, type ParsedConfig } from '../core/config';
import { findConfig, parseConfigText } from '../core/configFile';
import { describeFsError } from './fsErrors';
import { displayPath } from './files';

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
}

export async function loadConfig(explicit: string | undefined, cwd: string): Promise<ParsedConfig> {
  let name: string;
  let text: string;
  try {
    if (explicit !== undefined) {
      name = explicit;
      text = await readFile(path.resolve(cwd, explicit), 'utf8');
    } else {
      const found = await findConfig(cwd, path.parse(path.resolve(cwd)).root, { read: readIfPresent });
      if (!found) return { options: {}, errors: [] };
      name = displayPath(path.resolve(found.path), cwd);
      text = found.text;
    }
  } catch (error) {
    return { options: {}, errors: [`cannot read config ${explicit ?? '.factdesk.json'}: ${describeFsError(error)}`] };
  }
  const parsed = parseConfigText(text);
  if ('error' in parsed) return { options: {}, errors: [`${name} is not valid JSON: ${parsed.error}`] };
  return parseConfig(parsed.json, name);
}
