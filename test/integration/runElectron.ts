/**
 * Runs the integration suite in a desktop VS Code through @vscode/test-electron. This machine
 * cannot download VS Code, so the executable must be given: VSCODE_EXECUTABLE_PATH. Without it the
 * suite is NOT run, said plainly, with a non-zero exit code — never reported as passed.
 * (`npm run test:integration` runs the same suite in code-server's real extension host here.)
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { runTests } from '@vscode/test-electron';
import { corpusFile } from '../../scripts/corpusDir';

const repoRoot = resolve(__dirname, '../..');
const seedArticle = corpusFile('seed-article.md');
const testsEntry = join(repoRoot, 'out/test/integration/suite/index.js');

async function main(): Promise<number> {
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
  if (!vscodeExecutablePath || !existsSync(vscodeExecutablePath)) {
    console.error(`integration suite NOT RUN: no VS Code available (set VSCODE_EXECUTABLE_PATH)${vscodeExecutablePath ? ` — ${vscodeExecutablePath} does not exist` : ''}`);
    return 2;
  }
  if (!existsSync(testsEntry)) {
    console.error(`integration suite NOT RUN: ${testsEntry} is missing (run npm run build:integration)`);
    return 2;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'factdesk-it-'));
  const workspace = join(scratch, 'workspace');
  const resultsFile = join(scratch, 'results.json');
  try {
    mkdirSync(workspace);
    copyFileSync(seedArticle, join(workspace, 'seed-article.md'));
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsEntry,
      extensionTestsEnv: { FACTDESK_TEST_RESULTS: resultsFile },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${join(scratch, 'user-data')}`],
    });
    return report(resultsFile, 0);
  } catch (error) {
    console.error(`integration suite FAILED: ${(error as Error).message}`);
    return report(resultsFile, 1);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Print what the suite recorded; a run that recorded nothing is a failure. */
function report(resultsFile: string, exitCode: number): number {
  if (!existsSync(resultsFile)) {
    console.error('integration suite wrote no results: treating the run as failed');
    return 1;
  }
  const { summary, tests } = JSON.parse(readFileSync(resultsFile, 'utf8')) as { summary: { passed: number; failed: number; skipped: number }; tests: { fullTitle: string; state: string; error?: string }[] };
  for (const t of tests) console.log(`${t.state === 'passed' ? '  ✔' : t.state === 'failed' ? '  ✘' : '  -'} ${t.fullTitle}${t.error ? `\n      ${t.error.split('\n').join('\n      ')}` : ''}`);
  console.log(`\n${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
  return summary.failed > 0 || tests.length === 0 ? 1 : exitCode;
}

main().then((code) => process.exit(code));
