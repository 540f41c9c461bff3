/**
 * Command-line operands → the list of drafts to check, in the order given. Files are taken as
 * named, directories are searched for drafts, globs are expanded with tinyglobby. Anything that
 * matches nothing becomes a problem message; the rest is still checked.
 */
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { DRAFT_GLOB } from '../core/draftFiles';
import { describeFsError } from './fsErrors';

/** Dependency and VCS folders hold READMEs and changelogs, not drafts. */
const IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface InputFile {
  absolute: string;
  /** As shown in reports: relative to the working directory, forward slashes. */
  display: string;
}

export interface Collected {
  files: InputFile[];
  problems: string[];
}

export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  // On Windows a file on another drive has no relative path.
  return (relative === '' || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join('/');
}

async function expand(pattern: string, cwd: string): Promise<string[]> {
  const found = await glob(pattern, { cwd, absolute: true, onlyFiles: true, expandDirectories: false, ignore: IGNORED });
  return found.map((p) => path.resolve(p)).sort();
}

export async function collectFiles(operands: readonly string[], cwd: string): Promise<Collected> {
  const problems: string[] = [];
  const seen = new Set<string>();
  const files: InputFile[] = [];
  const add = (absolute: string): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push({ absolute, display: displayPath(absolute, cwd) });
  };
  for (const operand of operands) {
    const absolute = path.resolve(cwd, operand);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        const found = await expand(DRAFT_GLOB, absolute);
        if (found.length === 0) problems.push(`no drafts (*.md, *.markdown, *.txt) in ${operand}`);
        found.forEach(add);
      } else {
        add(absolute);
      }
      continue;
    }
    // A name that does not exist may be a glob (a real file named "draft[1].md" was caught above).
    if (isDynamicPattern(operand)) {
      const found = await expand(operand.split(path.sep).join('/'), cwd);
      if (found.length === 0) problems.push(`no files match ${operand}`);
      found.forEach(add);
      continue;
    }
    problems.push(`cannot read ${operand}: ${describeFsError(info)}`);
  }
  return { files, problems };
}
