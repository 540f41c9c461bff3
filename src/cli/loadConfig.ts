/**
 * The CLI's settings: `--config FILE`, or the nearest `.factdesk.json` from the working directory
 * upward (core/configFile), validated by the same parser the extension uses. A config that does not
 * parse stops the run (exit 2): CI silently checking with the wrong rules would be worse than failing.
 */
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { parseConfig, type ParsedConfig } from '../core/config';
import { findConfig } from '../core/configFile';
import { parseJsonText } from '../core/jsonText';
import { readRegularFile } from '../node/safeRead';
import { displayPath } from './files';

/** A config is a few kilobytes; a bigger one is not a config. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Anything at the path counts (readRegularFile then refuses a FIFO or a device with a message). */
const exists = (file: string): Promise<boolean> => stat(file).then(() => true, () => false);

/** The parsed settings and the folder they belong to (where relative `sources` globs start). */
export type LoadedConfig = ParsedConfig & { folder: string };

export async function loadConfig(explicit: string | undefined, cwd: string): Promise<LoadedConfig> {
  const settings = await readConfig(explicit, cwd);
  return { ...settings.config, folder: settings.folder };
}

async function readConfig(explicit: string | undefined, cwd: string): Promise<{ config: ParsedConfig; folder: string }> {
  let file: string;
  let name: string;
  if (explicit !== undefined) {
    file = path.resolve(cwd, explicit);
    name = explicit;
  } else {
    const found = await findConfig(path.resolve(cwd), path.parse(path.resolve(cwd)).root, { exists });
    if (!found) return { config: { options: {}, errors: [] }, folder: path.resolve(cwd) };
    file = path.resolve(found);
    name = displayPath(file, cwd);
  }
  const folder = path.dirname(file);
  const read = await readRegularFile(file, MAX_CONFIG_BYTES);
  if ('problem' in read) return { config: { options: {}, errors: [`cannot read config ${name}: ${read.problem}`] }, folder };
  let text: string;
  try {
    text = UTF8.decode(read.bytes);
  } catch {
    return { config: { options: {}, errors: [`${name} is not UTF-8 text; save it as UTF-8`] }, folder };
  }
  const parsed = parseJsonText(text, { comments: true });
  if ('error' in parsed) return { config: { options: {}, errors: [`${name} is ${parsed.error}`] }, folder };
  return { config: parseConfig(parsed.value, name), folder };
}
