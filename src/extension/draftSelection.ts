/**
 * Which workspace files the workspace check covers: paths (relative to their workspace folder,
 * forward slashes) that match a `factdesk.include` glob and no exclude glob (`factdesk.exclude`
 * and the `true` entries of `files.exclude`). An exclude glob that matches a folder excludes
 * everything under it, as `files.exclude` does in the Explorer. Pure.
 */
import picomatch from 'picomatch/posix';

export interface DraftSelection {
  include: readonly string[];
  exclude: readonly string[];
}

/** `files.exclude` holds `true`, `false` or `{ when }` per glob; only plain `true` hides a path for every file. */
export function enabledExcludes(filesExclude: unknown): string[] {
  if (typeof filesExclude !== 'object' || filesExclude === null) return [];
  return Object.entries(filesExclude as Record<string, unknown>)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}

function strings(list: readonly unknown[]): string[] {
  return list.filter((g): g is string => typeof g === 'string' && g.trim() !== '');
}

/** A test for relative paths; a bad glob is skipped rather than breaking the whole check. */
export function draftMatcher(selection: DraftSelection): (relativePath: string) => boolean {
  const compile = (globs: readonly string[]): Array<(path: string) => boolean> =>
    strings(globs).flatMap((glob) => {
      try {
        return [picomatch(glob, { dot: true })];
      } catch {
        return [];
      }
    });
  const include = compile(selection.include);
  const exclude = compile(selection.exclude);
  return (relativePath) => {
    if (!include.some((test) => test(relativePath))) return false;
    // The path itself and each folder above it.
    for (let end = relativePath.length; end > 0; end = relativePath.lastIndexOf('/', end - 1)) {
      const prefix = relativePath.slice(0, end);
      if (exclude.some((test) => test(prefix))) return false;
    }
    return true;
  };
}
