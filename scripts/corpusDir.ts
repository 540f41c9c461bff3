/**
 * Where the evaluation corpora live: never in the repository. `$FACTDESK_CORPUS` when set, else
 * the first `shared/corpus` found beside the repository or above it (the main checkout has it at
 * `../shared/corpus`, a worktree under `/work/wt/<name>` finds `/work/shared/corpus`).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '..');

export function corpusDir(): string {
  if (process.env.FACTDESK_CORPUS) return resolve(process.env.FACTDESK_CORPUS);
  for (let dir = dirname(repoRoot); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'corpus');
    if (existsSync(candidate) || dirname(dir) === dir) return existsSync(candidate) ? candidate : resolve(repoRoot, '../shared/corpus');
  }
}

/** A file of the corpus, by name ("seed-article.md"). */
export function corpusFile(name: string): string {
  return join(corpusDir(), name);
}
