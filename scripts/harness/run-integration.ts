// `npm run test:integration`: the extension's mocha suite inside a real VS Code extension host.
// Here that host is code-server's (VS Code 1.100.3), reached through headless Chromium; the same
// suite runs under @vscode/test-electron (test/integration/runElectron.ts) when
// VSCODE_EXECUTABLE_PATH points to a desktop VS Code. One suite, two launchers.
//
// Options: --no-build, --extension <dir>, --tests <index.js> (defaults: the repo and
// out/test/integration/suite/index.js). Exit code 0 only if the suite reported, ran at least one
// test and none failed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium';
import { runCleanups } from './cleanup';
import { startCodeServer, type CodeServer } from './codeServer';
import { describeFailureContext } from './logs';
import { repoRoot, seedArticlePath } from './paths';
import { printResults, readResults } from './results';
import { createScratch } from './scratch';
import { withTimeout } from './wait';

// The whole suite (20+ tests) took 6–145 s here depending on machine load; 300 s leaves headroom.
const SUITE_TIMEOUT_MS = Number(process.env.FACTDESK_SUITE_TIMEOUT_MS ?? 300_000);

function npmRun(script: string): void {
  console.log(`[integration] npm run ${script}`);
  const result = spawnSync('npm', ['run', script, '--silent'], { cwd: repoRoot, stdio: 'inherit', timeout: 300_000 });
  if (result.status !== 0) throw new Error(`npm run ${script} failed (${result.status ?? result.signal})`);
}

function runElectron(): number {
  const compiled = join(repoRoot, 'out/test/integration/runElectron.js');
  const [command, args] = existsSync(compiled)
    ? ['node', [compiled]]
    : [join(repoRoot, 'node_modules/.bin/tsx'), [join(repoRoot, 'test/integration/runElectron.ts')]];
  console.log(`[integration] VSCODE_EXECUTABLE_PATH is set: running the suite with @vscode/test-electron (${command} ${args.join(' ')})`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', timeout: 600_000 });
  return result.status ?? 1;
}

async function runInCodeServer(extensionPath: string, testsPath: string): Promise<number> {
  if (!existsSync(testsPath)) throw new Error(`suite entry ${testsPath} not found (did build:integration run?)`);
  if (!existsSync(join(extensionPath, 'package.json'))) throw new Error(`no extension at ${extensionPath}`);
  const scratch = createScratch();
  copyFileSync(seedArticlePath, join(scratch.workspace, 'seed-article.md'));
  const resultsFile = join(scratch.root, 'results.json');

  let server: CodeServer | undefined;
  try {
    const started = Date.now();
    server = await startCodeServer({ scratch, env: { FACTDESK_TEST_RESULTS: resultsFile } });
    const remote = (path: string) => `vscode-remote://${server!.remoteAuthority}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['extensionTestsPath', remote(testsPath)],
    ];
    const url = `${server.origin}/?${new URLSearchParams({ folder: scratch.workspace, payload: JSON.stringify(payload) })}`;
    console.log(`[integration] code-server ${server.origin} up in ${Date.now() - started} ms; workspace ${scratch.workspace}`);

    const browser = await launchChromium(scratch);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    let reportExit!: (code: number) => void;
    const exited = new Promise<number>((resolve) => (reportExit = resolve));
    // The workbench calls window.codeAutomationExit(code) when the extensionTestsPath run() settles.
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
    await page.goto(url, { timeout: 60_000 });

    let exitCode: number | undefined;
    try {
      exitCode = await withTimeout('waiting for the suite to report its exit code', SUITE_TIMEOUT_MS, exited);
    } catch (err) {
      console.error(`[integration] ${(err as Error).message}`);
    }
    console.log(`[integration] suite finished in ${((Date.now() - started) / 1000).toFixed(1)} s with exit code ${exitCode ?? '(none)'}`);

    const results = readResults(resultsFile);
    let failed = exitCode !== 0;
    if (!results) {
      console.error(`[integration] the suite wrote no results to FACTDESK_TEST_RESULTS (${resultsFile})`);
      failed = true;
    } else {
      const failures = printResults(results);
      if (results.length === 0) console.error('[integration] the suite reported no tests');
      failed ||= failures > 0 || results.length === 0;
    }
    if (failed) {
      if (pageErrors.length) console.error(`--- workbench page errors ---\n${pageErrors.slice(-10).join('\n')}`);
      console.error(describeFailureContext(scratch, server));
    }
    return failed ? 1 : 0;
  } catch (err) {
    console.error(`[integration] ${(err as Error).message}`);
    console.error(describeFailureContext(scratch, server));
    return 1;
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { 'no-build': { type: 'boolean' }, extension: { type: 'string' }, tests: { type: 'string' } },
  });
  if (process.env.VSCODE_EXECUTABLE_PATH) {
    npmRun('build');
    npmRun('build:integration');
    return runElectron();
  }
  if (!values['no-build']) {
    npmRun('build');
    npmRun('build:integration');
  }
  const extensionPath = resolve(values.extension ?? repoRoot);
  const testsPath = resolve(values.tests ?? join(repoRoot, 'out/test/integration/suite/index.js'));
  return runInCodeServer(extensionPath, testsPath);
}

main()
  .catch((err: unknown) => {
    console.error(`[integration] ${(err as Error).stack ?? String(err)}`);
    return 1;
  })
  .then(async (code) => {
    await runCleanups();
    process.exit(code);
  });
