/**
 * Command-line operands → the list of drafts to check, in the order given. Files are taken as
 * named, directories are walked for drafts without leaving them (walk.ts), globs are expanded with
 * tinyglobby and kept to files whose real path is under the glob's fixed part. Anything that
 * matches nothing becomes a problem message; the rest is still checked.
 */
import { realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeFsError } from '../node/fsErrors';
import { IGNORED_DIRECTORIES, isInside, walkDrafts } from './walk';

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt'];
const IGNORED = [...IGNORED_DIRECTORIES].map((name) => `**/${name}/**`);

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

function isDraftName(name: string): boolean {
  return DRAFT_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

/** The part of a glob before its first pattern segment ("drafts/2024" of "drafts/2024/**\/*.md"). */
function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/') || '.';
}

async function expandGlob(pattern: string, cwd: string, show: (absolute: string) => string): Promise<{ files: string[]; problems: string[] }> {
  const base = await realpath(path.resolve(cwd, globBase(pattern))).catch(() => null);
  if (base === null) return { files: [], problems: [] };
  const found = await glob(pattern, { cwd, absolute: true, onlyFiles: true, expandDirectories: false, ignore: IGNORED });
  const files: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const file of found.map((p) => path.resolve(p)).sort()) {
    const real = await realpath(file).catch(() => null);
    if (real === null || seen.has(real)) continue;
    seen.add(real);
    if (isInside(real, base)) files.push(file);
    else problems.push(`skipped ${show(file)}: it links outside ${show(path.resolve(cwd, globBase(pattern)))}`);
  }
  return { files, problems };
}

export async function collectFiles(operands: readonly string[], cwd: string): Promise<Collected> {
  const problems: string[] = [];
  const seen = new Set<string>();
  const files: InputFile[] = [];
  const show = (absolute: string): string => displayPath(absolute, cwd);
  const add = (absolute: string): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push({ absolute, display: show(absolute) });
  };
  for (const operand of operands) {
    const absolute = path.resolve(cwd, operand);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        const walked = await walkDrafts(absolute, isDraftName, show);
        problems.push(...walked.problems);
        if (walked.files.length === 0) problems.push(`no drafts (*.md, *.markdown, *.txt) in ${operand}`);
        walked.files.forEach(add);
      } else {
        add(absolute);
      }
      continue;
    }
    // A name that does not exist may be a glob (a real file named "draft[1].md" was caught above).
    if (isDynamicPattern(operand)) {
      const expanded = await expandGlob(operand.split(path.sep).join('/'), cwd, show);
      problems.push(...expanded.problems);
      if (expanded.files.length === 0) problems.push(`no files match ${operand}`);
      expanded.files.forEach(add);
      continue;
    }
    problems.push(`cannot read ${operand}: ${describeFsError(info)}`);
  }
  return { files, problems };
}
