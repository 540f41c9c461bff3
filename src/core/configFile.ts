/**
 * Where a draft's `.factdesk.json` is: the nearest one from the draft's folder up to the root (the
 * workspace folder, or the CLI's filesystem root), as `.vale.ini` and `.markdownlint.json` are
 * found. The nearest file wins whole; files further up are not merged in, so a desk's sub-folder
 * config says everything that applies there. Pure: the file system comes in as `ConfigFiles`.
 * The file reads as JSON with comments (core/jsonText, `{ comments: true }`).
 */

export const CONFIG_FILE_NAME = '.factdesk.json';

export interface ConfigFiles {
  /** Is there a file at `path`? */
  exists(path: string): Promise<boolean>;
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

/** The path of the nearest `.factdesk.json` from `start` up to `root`, or undefined. */
export async function findConfig(start: string, root: string, files: ConfigFiles): Promise<string | undefined> {
  for (const folder of foldersUpward(start, root)) {
    const path = join(folder, CONFIG_FILE_NAME);
    if (await files.exists(path)) return path;
  }
  return undefined;
}
