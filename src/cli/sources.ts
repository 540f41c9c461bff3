/**
 * The sources of each draft, for quote matching: every file matched by the source globs (from
 * --sources, the config's `sources`, or the defaults), plus the local files the draft links to.
 * Each file is read once per run. A source is refused, with a message naming it, when it is a
 * directory, a link leading outside the workspace, larger than the limit, binary or not UTF-8;
 * the draft is still checked against the others, and nothing is written anywhere.
 */
import { realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { glob } from 'tinyglobby';
import { linkedSourcePaths } from '../core/sources/linkedSources';
import { SourceSet, type SourceInput } from '../core/sources/sourceSet';
import { displayPath } from './files';
import { describeFsError } from '../node/fsErrors';
import { readRegularFile } from '../node/safeRead';

/** A source larger than this is refused: interviews and filings are far smaller. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
const IGNORED = ['**/node_modules/**', '**/.git/**'];
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

type Read = { input: SourceInput } | { problem: string };

export interface DraftSources {
  /** Undefined when the draft has no sources (its quotes then get no match). */
  sources?: SourceSet;
  problems: string[];
}

function inside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export class SourceLoader {
  private readonly reads = new Map<string, Promise<Read>>();

  private constructor(
    /** The workspace: sources must resolve inside it (symbolic links included). */
    private readonly root: string,
    private readonly cwd: string,
    private readonly globbed: readonly string[],
  ) {}

  /** `globs` are relative to `root` (the config's folder, or the working directory for --sources). */
  static async create(globs: readonly string[], root: string, cwd: string): Promise<SourceLoader> {
    const found = new Set<string>();
    for (const pattern of globs) {
      const files = await glob(pattern, { cwd: root, absolute: true, onlyFiles: true, expandDirectories: false, ignore: IGNORED });
      for (const f of files) found.add(path.resolve(f));
    }
    return new SourceLoader(path.resolve(root), cwd, [...found].sort());
  }

  private read(absolute: string): Promise<Read> {
    let pending = this.reads.get(absolute);
    if (!pending) this.reads.set(absolute, (pending = this.readOnce(absolute)));
    return pending;
  }

  private async readOnce(absolute: string): Promise<Read> {
    const display = displayPath(absolute, this.cwd);
    const info = await stat(absolute).catch((error: Error) => error);
    if (info instanceof Error) return { problem: `source ${display} cannot be read: ${describeFsError(info)}` };
    if (info.isDirectory()) return { problem: `source ${display} is a directory, not a file: link a file inside it, or add a glob to "sources"` };
    const [realRoot, realFile] = await Promise.all([realpath(this.root), realpath(absolute)]);
    if (!inside(realRoot, realFile)) return { problem: `source ${display} is outside the workspace (${displayPath(realFile, this.cwd)}): not read` };
    const read = await readRegularFile(absolute, MAX_SOURCE_BYTES);
    if ('problem' in read) return { problem: read.reason === 'too-large' ? `source skipped ${display}: ${read.problem} for a source` : `source ${display} cannot be read: ${read.problem}` };
    if (read.bytes.includes(0)) return { problem: `source skipped ${display}: it contains NUL bytes, so it looks like a binary file, not a source` };
    try {
      return { input: { path: display, text: UTF8.decode(read.bytes) } };
    } catch {
      return { problem: `source skipped ${display}: it is not valid UTF-8 text; save it as UTF-8 to check quotes against it` };
    }
  }

  /** The sources of one draft: the globbed files and the ones it links to. */
  async forDraft(draftAbsolute: string, text: string, languageId: string): Promise<DraftSources> {
    const linked = linkedSourcePaths(text, languageId).map((p) => path.resolve(path.dirname(draftAbsolute), p));
    const files = [...new Set([...this.globbed, ...linked])].filter((f) => f !== draftAbsolute);
    if (files.length === 0) return { problems: [] };
    const problems: string[] = [];
    const inputs: SourceInput[] = [];
    for (const read of await Promise.all(files.map((f) => this.read(f)))) {
      if ('problem' in read) problems.push(read.problem);
      else inputs.push(read.input);
    }
    const built = SourceSet.build(inputs);
    problems.push(...built.problems.map((p) => `source ${p}`));
    return { sources: built.set.size > 0 ? built.set : undefined, problems };
  }
}
