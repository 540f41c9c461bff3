/**
 * Hooks for the integration suite. activate() returns them only when VS Code runs the extension
 * under its test runner (ExtensionMode.Test, set by `extensionTestsPath`): an installed extension
 * exports nothing, so no user, setting or document can trigger them.
 */
import { Analyzer } from '../core/analyze';
import type { CheckFailures } from './checkFailures';

export interface FactdeskTestHooks {
  /** Make every check of a text containing `marker` throw inside the engine, as a broken scanner would; undefined stops it. */
  failChecksContaining(marker: string | undefined): void;
  /** Checks that failed so far, and the error message the user was shown. */
  failures(): { count: number; shown: string | undefined };
}

export function createTestHooks(failures: CheckFailures): { hooks: FactdeskTestHooks; createAnalyzer: () => Pick<Analyzer, 'run'> } {
  let marker: string | undefined;
  const createAnalyzer = (): Pick<Analyzer, 'run'> => {
    const analyzer = new Analyzer();
    return {
      run: (text, options) => {
        if (marker !== undefined && text.includes(marker)) throw new Error('a scanner failed (test hook)');
        return analyzer.run(text, options);
      },
    };
  };
  return {
    createAnalyzer,
    hooks: {
      failChecksContaining: (value) => {
        marker = value;
      },
      failures: () => ({ count: failures.count, shown: failures.shown }),
    },
  };
}
