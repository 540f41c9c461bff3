/**
 * A newsroom's `.factdesk.json`: where it is and how its text reads. The nearest one from the draft's folder up to the root (the
 * workspace folder, or the CLI's filesystem root), as `.vale.ini` and `.markdownlint.json` are
 * found. The nearest file wins whole; files further up are not merged in, so a desk's sub-folder
 * config says everything that applies there. Pure: the file system comes in as `ConfigFiles`.
 * The text is JSON with comments and trailing commas allowed (JSONC, as VS Code's own settings),
 * since desks annotate their shared lists and Factdesk's quick fixes keep those comments.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

export const CONFIG_FILE_NAME = '.factdesk.json';

export interface ConfigFiles {
  /** The file's text, or undefined when there is none at that path. */
  read(path: string): Promise<string | undefined>;
}

export interface FoundConfig {
  path: string;
  text: string;
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/[\\/]+$/, '') : path;
}

/**
 * Folders from `start` up to `root`, nearest first, as '/'-separated paths (`\` is read as '/').
 * When `start` is not inside `root`, only `start` itself.
 */
export function foldersUpward(start: string, root: string): string[] {
  const from = trimSlash(start.replace(/\\/g, '/'));
  const to = trimSlash(root.replace(/\\/g, '/'));
  const inside = from === to || from.startsWith(to.endsWith('/') ? to : `${to}/`);
  if (!inside) return [from];
  const folders: string[] = [];
  for (let dir = from; ; ) {
    folders.push(dir);
    if (dir === to) break;
    const cut = dir.lastIndexOf('/');
    dir = cut <= 0 ? '/' : dir.slice(0, cut);
  }
  return folders;
}

function join(folder: string, name: string): string {
  return folder.endsWith('/') ? `${folder}${name}` : `${folder}/${name}`;
}

/** The nearest `.factdesk.json` from `start` up to `root`, or undefined. */
export async function findConfig(start: string, root: string, files: ConfigFiles): Promise<FoundConfig | undefined> {
  for (const folder of foldersUpward(start, root)) {
    const path = join(folder, CONFIG_FILE_NAME);
    const text = await files.read(path);
    if (text !== undefined) return { path, text };
  }
  return undefined;
}

/** The parsed value, or a message naming the first syntax error and where it is. */
export function parseConfigText(text: string): { json: unknown } | { error: string } {
  const errors: ParseError[] = [];
  const json: unknown = parse(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length === 0) return { json };
  const first = errors[0];
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  return { error: `${printParseErrorCode(first.error)} at line ${line}, column ${column}` };
}
