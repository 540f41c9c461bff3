/**
 * Where the workspace check runs the engine on closed drafts. The contract is one draft in, its
 * analysis out, so the same check can run in worker threads (Node, workerEngine.ts) or on the
 * extension host's own thread (a browser, or a handful of files).
 */
import { check, type Analysis } from '../core/analyze';
import type { AnalyzeOptions } from '../core/options';

export interface DraftEngine {
  analyze(text: string, options: AnalyzeOptions): Promise<Analysis>;
  /** Drafts worth having in flight at once to keep the engine busy. */
  readonly parallelism: number;
  dispose(): void;
}

/**
 * The engine on this thread, one draft per macrotask, so typing and other events are served
 * between drafts rather than after the whole workspace.
 */
export function inThreadEngine(): DraftEngine {
  return {
    parallelism: 1,
    analyze: (text, options) => new Promise((resolve, reject) => {
      setTimeout(() => {
        try {
          resolve(check(text, options));
        } catch (error) {
          reject(error);
        }
      }, 0);
    }),
    dispose: () => undefined,
  };
}
