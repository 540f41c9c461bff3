/**
 * The CLI's settings: `--config FILE`, or `.factdesk.json` in the working directory when present,
 * validated by the same parser the extension uses. A config that does not parse stops the run
 * (exit 2): CI silently checking with the wrong rules would be worse than failing.
 */
import * as path from 'node:path';
import { parseConfig, type ParsedConfig } from '../core/config';
import { parseJsonText } from '../core/jsonText';
import { readRegularFile } from '../node/safeRead';

export const DEFAULT_CONFIG = '.factdesk.json';
/** A config is a few kilobytes; a bigger one is not a config. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export async function loadConfig(explicit: string | undefined, cwd: string): Promise<ParsedConfig> {
  const name = explicit ?? DEFAULT_CONFIG;
  const read = await readRegularFile(path.resolve(cwd, name), MAX_CONFIG_BYTES);
  if ('problem' in read) {
    if (explicit === undefined && read.reason === 'missing') return { options: {}, errors: [] };
    return { options: {}, errors: [`cannot read config ${name}: ${read.problem}`] };
  }
  let text: string;
  try {
    text = UTF8.decode(read.bytes);
  } catch {
    return { options: {}, errors: [`${name} is not UTF-8 text; save it as UTF-8`] };
  }
  const parsed = parseJsonText(text);
  if ('error' in parsed) return { options: {}, errors: [`${name} is ${parsed.error}`] };
  return parseConfig(parsed.value, name);
}
