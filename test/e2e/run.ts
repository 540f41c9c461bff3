// `npm run test:e2e`: Factdesk as a user meets it. Packages the extension (`npm run package`),
// installs the .vsix into a fresh code-server, opens the seed article in headless Chromium and
// checks what is on screen: squiggles, Problems rows, hover cards, the Ctrl+. source-link fix (and
// the file on disk after Ctrl+S), the Claims view, the status bar and the exported checklist.
// Screenshots for the README go to docs/screenshots/ (or $FACTDESK_SCREENSHOTS_DIR).
//
// Options: --dev loads the extension from the repo (extensionDevelopmentPath, after `npm run
// build`) instead of the .vsix; --vsix <file> uses a given package; --web installs a package with only
// the `browser` entry (test/e2e/webPackage.ts), so the extension runs in the web worker extension
// host as on vscode.dev, and runs the checks that matter there (squiggles, Problems, hover, quick fix).
// Exit code 1 if any check fails.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../scripts/harness/chromium';
import { runCleanups } from '../../scripts/harness/cleanup';
import { installExtension, startCodeServer, type CodeServer } from '../../scripts/harness/codeServer';
import { describeFailureContext } from '../../scripts/harness/logs';
import { repoRoot, seedArticlePath } from '../../scripts/harness/paths';
import { createScratch } from '../../scripts/harness/scratch';
import { poll, withTimeout } from '../../scripts/harness/wait';
import { locate, seedTargets } from './seed';
import { Workbench } from './workbench';
import { packageWebOnly } from './webPackage';

const SEED = 'seed-article.md';
const SOURCE_URL = 'https://www.reuters.com/article/factdesk-e2e-source';
// The README's pictures come from the regular run; a --web run keeps its own under .scratch/.
const screenshotsDir = resolve(repoRoot, process.env.FACTDESK_SCREENSHOTS_DIR ?? (process.argv.includes('--web') ? '.scratch/e2e-web-screenshots' : 'docs/screenshots'));
const failuresDir = join(repoRoot, '.scratch', 'e2e-failures');

interface Step {
  name: string;
  /** Run with --web too (the browser-only build in the web worker extension host). */
  web?: boolean;
  /** A failed critical step makes the later ones pointless (e.g. the article never opened). */
  critical?: boolean;
  timeoutMs?: number;
  run(): Promise<void>;
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function npmRun(script: string): void {
  console.log(`[e2e] npm run ${script}`);
  const result = spawnSync('npm', ['run', script, '--silent'], { cwd: repoRoot, stdio: 'inherit', timeout: 300_000 });
  if (result.status !== 0) throw new Error(`npm run ${script} failed (${result.status ?? result.signal})`);
}

function steps(wb: Workbench, workspaceSeed: string): Step[] {
  const targets = seedTargets(workspaceSeed);
  const shot = (name: string) => wb.screenshot(join(screenshotsDir, `${name}.png`));
  return [
    {
      name: 'opens seed-article.md with Ctrl+P',
      web: true,
      critical: true,
      timeoutMs: 90_000,
      run: () => wb.quickOpen(SEED),
    },
    {
      name: 'shows warning and info squiggles in the editor',
      web: true,
      critical: true,
      timeoutMs: 90_000,
      run: async () => {
        const counts = await poll('squiggles', async () => {
          const c = await wb.squiggleCounts();
          return c.warning > 0 && c.info > 0 ? c : undefined;
        }, { timeoutMs: 60_000 }, async () => JSON.stringify(await wb.squiggleCounts()));
        console.log(`      squiggles on screen: ${JSON.stringify(counts)}`);
        // Cosmetic, for the README picture: let Markdown highlighting (bold headings) arrive first.
        await wb.waitHighlighted().catch(() => console.log('      (Markdown highlighting not seen; screenshot taken anyway)'));
        await shot('editor-squiggles');
      },
    },
    {
      name: 'lists placeholder links and the Kozhin quote in the Problems panel',
      web: true,
      run: async () => {
        const placeholders = await wb.problems('link-placeholder');
        check(placeholders.some((r) => /Placeholder link/.test(r) && /factdesk\W+link-placeholder\b/.test(r)), `no link-placeholder row: ${JSON.stringify(placeholders)}`);
        const quotes = await wb.problems('Kozhin');
        check(quotes.some((r) => /Quote from (Vladimir )?Kozhin/.test(r) && /factdesk\W+quote\b/.test(r)), `no quote row naming Kozhin: ${JSON.stringify(quotes)}`);
        console.log(`      e.g. ${JSON.stringify(placeholders[0])}, ${JSON.stringify(quotes.find((r) => /factdesk\W+quote\b/.test(r)))}`);
        await wb.problems('');
        await wb.closePanel();
      },
    },
    {
      name: 'hover on a quote names its speaker',
      web: true,
      run: async () => {
        await wb.goTo(targets.quote.line, targets.quote.column);
        const card = await wb.hoverAtCursor(/Factdesk · /);
        check(/Factdesk · Quote\b/.test(card), `no Factdesk quote card in the hover: ${card}`);
        check(/Speaker:?\s*(Vladimir )?Kozhin/.test(card), `hover does not name Kozhin as speaker: ${card}`);
        await shot('hover-card');
      },
    },
    {
      name: 'hover on "on Friday" shows the resolved date',
      run: async () => {
        await wb.goTo(targets.relativeDate.line, targets.relativeDate.column);
        const card = await wb.hoverAtCursor(/Factdesk · /);
        check(/Factdesk · Date\b.*Relative date/.test(card), `no Factdesk relative-date card in the hover: ${card}`);
        check(/11 May 2018|2018-05-11|May 11, 2018/.test(card), `hover does not show the resolved date: ${card}`);
      },
    },
    {
      name: 'Ctrl+. on [Reuters](#) inserts a typed source URL, and Ctrl+S writes it to disk',
      web: true,
      timeoutMs: 90_000,
      run: async () => {
        await wb.goTo(targets.placeholder.line, targets.placeholder.column);
        const actions = await wb.openQuickFixes(/source link/i);
        console.log(`      actions: ${JSON.stringify(actions)}`);
        await shot('quick-fix');
        await wb.chooseQuickFix(/source link/i);
        await wb.waitQuickInput('the source URL');
        // With known sources for the name, a quick pick comes first; its last row asks for a URL.
        const rows = await wb.quickPickRows();
        if (rows.some((r) => /Enter a URL/.test(r))) {
          await wb.pickWithArrows(/Enter a URL/, 'known sources');
          await wb.waitQuickInput('the source URL');
        }
        await wb.page.keyboard.press('Control+A');
        await wb.page.keyboard.type(SOURCE_URL);
        await wb.press('Enter');
        await poll('the link in the editor', async () => ((await wb.editorText()).includes(SOURCE_URL) ? true : undefined), { timeoutMs: 20_000 }, () => wb.editorText());
        await wb.press('Control+S');
        const onDisk = await poll('the saved file on disk', async () => {
          const text = readFileSync(workspaceSeed, 'utf8');
          return text.includes(`[Reuters](${SOURCE_URL})`) ? text : undefined;
        }, { timeoutMs: 20_000 }, () => readFileSync(workspaceSeed, 'utf8').split('\n').slice(0, 6).join('\n'));
        check(!onDisk.includes('By [Reuters](#)'), 'the placeholder "#" is still on disk');
      },
    },
    {
      name: 'the Claims view in the Explorer lists the claims by kind and navigates on click',
      run: async () => {
        await wb.press('Control+Shift+E');
        const rows = await wb.claimsView();
        check(rows.some((r) => /^Quotes\s*\d+ · \d+ unverified/.test(r)), `no "Quotes" group with its unverified count: ${JSON.stringify(rows)}`);
        check(rows.some((r) => /For now, we're not talking/.test(r) && /quote/.test(r)), `Kozhin's quote is not listed: ${JSON.stringify(rows)}`);
        console.log(`      rows: ${JSON.stringify(rows.slice(0, 8))}`);
        await shot('claims-view');
        // A click on a claim navigates to it.
        const target = targets.secondQuote;
        await wb.clickClaim(/everything it needed/);
        await wb.waitCursorLine(target.line);
      },
    },
    {
      name: 'the status bar shows "N claims · M unverified"',
      run: async () => {
        const item = await poll('the Factdesk status-bar item', async () => (await wb.statusBar()).find((s) => /\d+ claims? · \d+ unverified/.test(s)), { timeoutMs: 20_000 }, async () => JSON.stringify(await wb.statusBar()));
        console.log(`      ${JSON.stringify(item)}`);
      },
    },
    {
      name: 'Export fact-check report from the palette opens a Markdown checklist',
      run: async () => {
        await wb.press('Control+1');
        await wb.runCommand('Factdesk: Export fact-check report');
        await wb.waitQuickInput('the report format');
        await wb.pickWithArrows(/Markdown checklist/, 'report formats');
        await wb.waitActiveTab(/Untitled/);
        const text = await poll('checklist items in the report', async () => {
          const t = await wb.editorText();
          return /\[ \]/.test(t) ? t : undefined;
        }, { timeoutMs: 20_000 }, () => wb.editorText());
        check(/Kozhin|seed-article/.test(text), `the report does not mention the article's claims: ${text.slice(0, 400)}`);
      },
    },
    {
      name: 'hover on a quote that differs from its linked transcript shows the word diff',
      timeoutMs: 90_000,
      run: async () => {
        await wb.quickOpen(SOURCED_DRAFT);
        const quote = locate(SOURCED_TEXT, '"We are not talking', 8);
        await wb.goTo(quote.line, quote.column);
        const card = await wb.hoverAtCursor(/In the sources/);
        check(/not discussing talking about any new tolls/.test(card.replace(/\s+/g, ' ')), `no word diff in the hover: ${card}`);
        check(/interviews\/ortiz-briefing\.txt line 5/.test(card), `the hover does not say where the quote matched: ${card}`);
        await shot('source-diff-hover');
      },
    },
    {
      name: "Ctrl+. Use the source's wording puts the transcript's words in the quote",
      run: async () => {
        await wb.dismiss();
        await wb.openQuickFixes(/source.s wording/);
        await wb.chooseQuickFix(/source.s wording/);
        await poll('the source\'s wording in the editor', async () => ((await wb.editorText()).includes('We are not discussing any new tolls this year') ? true : undefined), { timeoutMs: 20_000 }, () => wb.editorText());
      },
    },
  ];
}

/** An invented draft and the invented transcript it links to, for the source-matching steps. */
const SOURCED_DRAFT = 'sourced-draft.md';
const SOURCED_TEXT = [
  '# Tolls stay where they are',
  '',
  '"We are not talking about any new tolls this year," Mayor Lena Ortiz said at Friday\'s briefing, according to the [briefing transcript](interviews/ortiz-briefing.txt).',
  '',
].join('\n');
const TRANSCRIPT = ['Rivertown briefing (invented transcript)', '', 'Q: Will the city raise the tolls this year?', '', 'ORTIZ: We are not discussing any new tolls this year. The contractor pays for the delay.', ''].join('\n');

function writeSourcedDraft(workspace: string): void {
  mkdirSync(join(workspace, 'interviews'), { recursive: true });
  writeFileSync(join(workspace, 'interviews', 'ortiz-briefing.txt'), TRANSCRIPT);
  writeFileSync(join(workspace, SOURCED_DRAFT), SOURCED_TEXT);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dev: { type: 'boolean' }, vsix: { type: 'string' }, web: { type: 'boolean' } } });
  const scratch = createScratch();
  let vsix: string | undefined;
  if (values.dev) npmRun('build');
  else if (values.vsix) vsix = resolve(values.vsix);
  else if (values.web) {
    npmRun('package');
    vsix = packageWebOnly(scratch.root);
  } else {
    npmRun('package');
    vsix = join(repoRoot, 'factdesk.vsix');
  }
  if (vsix && !existsSync(vsix)) throw new Error(`${vsix} not found`);

  const workspaceSeed = join(scratch.workspace, SEED);
  copyFileSync(seedArticlePath, workspaceSeed);
  writeSourcedDraft(scratch.workspace);
  mkdirSync(screenshotsDir, { recursive: true });
  mkdirSync(failuresDir, { recursive: true });

  let server: CodeServer | undefined;
  const started = Date.now();
  try {
    if (vsix) {
      installExtension(scratch, vsix);
      console.log(`[e2e] installed ${vsix}`);
    }
    server = await startCodeServer({ scratch });
    const params = new URLSearchParams({ folder: scratch.workspace });
    if (values.dev) params.set('payload', JSON.stringify([['extensionDevelopmentPath', `vscode-remote://${server.remoteAuthority}${repoRoot}`]]));
    const browser = await launchChromium(scratch);
    // No permissions are granted: the page has no clipboard access, as in a user's browser.
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${server.origin}/?${params}`, { timeout: 60_000 });
    const wb = new Workbench(page);
    await wb.waitReady();
    console.log(`[e2e] workbench ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    let failures = 0;
    const all = steps(wb, workspaceSeed).filter((step) => !values.web || step.web);
    for (const [index, step] of all.entries()) {
      const t0 = Date.now();
      try {
        await withTimeout(step.name, step.timeoutMs ?? 60_000, step.run());
        console.log(`  ✔ ${step.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (err) {
        failures++;
        const file = join(failuresDir, `${step.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
        await wb.screenshot(file).catch(() => undefined);
        console.log(`  ✘ ${step.name}\n${String((err as Error).message).split('\n').map((l) => `      ${l}`).join('\n')}`);
        console.log(`      screenshot: ${file}\n${(await wb.describeScreen().catch(() => '')).split('\n').map((l) => `      ${l}`).join('\n')}`);
        if (step.critical) {
          for (const skipped of all.slice(index + 1)) console.log(`  ✘ ${skipped.name} (not run: a critical step failed)`);
          failures += all.length - index - 1;
          break;
        }
      }
      await wb.dismiss();
    }
    console.log(`\n[e2e] ${failures ? `${failures} check(s) failed` : 'all checks passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (failures) console.error(describeFailureContext(scratch, server, 15));
    return failures ? 1 : 0;
  } catch (err) {
    console.error(`[e2e] ${(err as Error).stack ?? String(err)}`);
    console.error(describeFailureContext(scratch, server));
    return 1;
  }
}

main()
  .catch((err: unknown) => {
    console.error(`[e2e] ${(err as Error).stack ?? String(err)}`);
    return 1;
  })
  .then(async (code) => {
    await runCleanups();
    process.exit(code);
  });
