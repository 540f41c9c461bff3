/**
 * Drafts under a directory operand, found without leaving it: the walk goes by real path, so a
 * link to a file or folder outside the directory is skipped (and said so), a link loop is reported
 * once instead of visiting everything again, the same file reached twice is checked once, and a
 * folder that cannot be read is reported instead of skipped in silence.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { describeFsError } from '../node/fsErrors';

/** Dependency and VCS folders hold READMEs and changelogs, not drafts. */
export const IGNORED_DIRECTORIES = new Set(['node_modules', '.git']);

export interface Walked {
  /** Absolute paths as reached from the operand (links not resolved), sorted. */
  files: string[];
  problems: string[];
}

/** Is `target` (a real path) `root` or inside it? */
export function isInside(target: string, root: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

export async function walkDrafts(root: string, isDraft: (name: string) => boolean, show: (absolute: string) => string): Promise<Walked> {
  const problems: string[] = [];
  const files: string[] = [];
  const rootReal = await realpath(root);
  const visited = new Set<string>([rootReal]);
  const seenFiles = new Set<string>();
  const addFile = (absolute: string, real: string): void => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(absolute);
  };
  const pending: Array<{ dir: string; real: string }> = [{ dir: root, real: rootReal }];
  while (pending.length > 0) {
    const { dir, real } = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      problems.push(`cannot read folder ${show(dir)}: ${describeFsError(error)}; its drafts were not checked`);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        const childReal = path.join(real, entry.name);
        if (IGNORED_DIRECTORIES.has(entry.name) || visited.has(childReal)) continue;
        visited.add(childReal);
        pending.push({ dir: absolute, real: childReal });
      } else if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = await realpath(absolute);
        } catch (error) {
          if (isDraft(entry.name)) problems.push(`skipped ${show(absolute)}: a link that cannot be followed (${describeFsError(error)})`);
          continue;
        }
        if (!isInside(target, rootReal)) {
          problems.push(`skipped ${show(absolute)}: it links outside ${show(root)}`);
          continue;
        }
        const info = await stat(target).catch(() => null);
        if (info?.isDirectory()) {
          if (IGNORED_DIRECTORIES.has(entry.name)) continue;
          if (visited.has(target)) {
            problems.push(`skipped ${show(absolute)}: a link back to ${show(path.join(root, path.relative(rootReal, target)))} (a link loop)`);
            continue;
          }
          visited.add(target);
          pending.push({ dir: absolute, real: target });
        } else if (isDraft(entry.name)) {
          addFile(absolute, target);
        }
      } else if (isDraft(entry.name)) {
        // Pipes and devices named like drafts are kept: reading refuses them with a message.
        addFile(absolute, path.join(real, entry.name));
      }
    }
  }
  files.sort();
  return { files, problems };
}
