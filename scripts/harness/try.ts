// `npm run try`: a real VS Code (code-server) on 127.0.0.1 with Factdesk installed from the
// packaged .vsix and the example draft open — for trying Factdesk without VS Code at hand.
// PORT (or FACTDESK_PORT) picks the port; otherwise a free one. Runs until Ctrl+C, then stops the
// server's whole process group and removes its temp folder.
// Options: --vsix <file> installs a given package instead of running `npm run package`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isStopping, runCleanups } from './cleanup';
import { installExtension, startCodeServer } from './codeServer';
import { repoRoot, seedArticlePath } from './paths';
import { createScratch } from './scratch';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { vsix: { type: 'string' } } });
  let vsix = values.vsix && resolve(values.vsix);
  if (!vsix) {
    const result = spawnSync('npm', ['run', 'package', '--silent'], { cwd: repoRoot, stdio: 'inherit', timeout: 300_000 });
    if (result.status !== 0) throw new Error('npm run package failed');
    vsix = join(repoRoot, 'factdesk.vsix');
  }
  const scratch = createScratch();
  const example = join(repoRoot, 'examples/draft.md');
  const source = existsSync(example) ? example : seedArticlePath;
  const draft = join(scratch.workspace, basename(source));
  copyFileSync(source, draft);
  installExtension(scratch, vsix);

  const requested = Number(process.env.FACTDESK_PORT ?? process.env.PORT);
  const server = await startCodeServer({ scratch, ...(requested > 0 ? { port: requested } : {}) });
  const params = new URLSearchParams({ folder: scratch.workspace, payload: JSON.stringify([['openFile', `vscode-remote://${server.remoteAuthority}${draft}`]]) });
  console.log(`\nFactdesk is running in VS Code ${'(code-server 4.100.3)'} with ${basename(draft)} open:\n\n  ${server.origin}/?${params}\n`);
  console.log(`The workspace is a temporary copy (${scratch.workspace}); press Ctrl+C to stop and remove it.`);
  // Runs until Ctrl+C (cleanup.ts stops everything) or until the server dies on its own.
  const reason = await server.exited;
  if (isStopping()) return;
  throw new Error(`${reason}\n${server.logTail(20)}`);
}

main().catch(async (err: unknown) => {
  console.error(`[try] ${(err as Error).message}`);
  await runCleanups();
  process.exit(1);
});
