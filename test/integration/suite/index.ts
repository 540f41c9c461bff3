/**
 * The integration suite's entry point, loaded by VS Code as `extensionTestsPath` (by
 * @vscode/test-electron or the code-server harness). Runs mocha over the suite files inside the
 * extension host and, because the host's console output may not reach the launcher, writes every
 * test's outcome to the JSON file named by FACTDESK_TEST_RESULTS. Rejects when any test fails or
 * none ran, so the launcher sees a non-zero exit code.
 */
import { writeFileSync } from 'fs';
import Mocha from 'mocha';

interface Outcome {
  fullTitle: string;
  state: 'passed' | 'failed' | 'skipped';
  durationMs?: number;
  error?: string;
}

/** Load the suite files after mocha has set up its `suite`/`test` interface (the files are bundled in). */
async function loadSuites(): Promise<void> {
  await import('./diagnostics.test');
  await import('./hover.test');
  await import('./sourceLinks.test');
  await import('./records.test');
  await import('./commands.test');
  await import('./settings.test');
  await import('./failures.test');
  await import('./sources.test');
  await import('./teach.test');
  await import('./bulk.test');
  await import('./conventions.test');
  await import('./workspaceCheck.test');
}

export async function run(): Promise<void> {
  // FACTDESK_TEST_GREP runs a subset while debugging one test.
  const grep = process.env.FACTDESK_TEST_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec', ...(grep ? { grep } : {}) });
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'factdesk-integration', mocha);
  await loadSuites();
  const outcomes: Outcome[] = [];
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run((count) => resolve(count));
    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, (test) => outcomes.push({ fullTitle: test.fullTitle(), state: 'passed', durationMs: test.duration }));
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test, error: Error) => outcomes.push({ fullTitle: test.fullTitle(), state: 'failed', error: error.stack ?? error.message }));
    runner.on(Mocha.Runner.constants.EVENT_TEST_PENDING, (test) => outcomes.push({ fullTitle: test.fullTitle(), state: 'skipped' }));
  });
  const resultsFile = process.env.FACTDESK_TEST_RESULTS;
  if (resultsFile) {
    const summary = { passed: outcomes.filter((o) => o.state === 'passed').length, failed: outcomes.filter((o) => o.state === 'failed').length, skipped: outcomes.filter((o) => o.state === 'skipped').length };
    writeFileSync(resultsFile, JSON.stringify({ summary, tests: outcomes }, null, 2));
  }
  if (failures > 0) throw new Error(`${failures} integration test(s) failed.`);
  if (outcomes.length === 0) throw new Error('The integration suite ran no tests.');
}
