import * as assert from 'assert';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { check, codeOf, eventually, factdeskDiagnostics, openDocument, readText, workspaceFolder } from './helpers';

const DESK_CONFIG = '{\n  // the harbor desk\'s own list\n  "extraSystems": ["Harbor Shield"]\n}\n';
const STORY = 'The Harbor Shield battery fired twice, the harbor authority said.\n';

function at(path: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, path);
}

async function write(path: string, text: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.writeFile(at(path), new TextEncoder().encode(text));
  return at(path);
}

/** The code action titled `title` on the range; retried, since a re-check (the config watcher's) may be in flight. */
async function actionTitled(document: vscode.TextDocument, start: number, end: number, title: string): Promise<vscode.Command> {
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  let titles: string[] = [];
  const action = await eventually(`"${title}" among the code actions`, async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
    titles = actions.map((a) => a.title);
    return actions.find((a) => a.title === title)?.command;
  }).catch((error: Error) => assert.fail(`${error.message}; offered: ${titles.join(' | ')}`));
  return action;
}

suite('Teaching .factdesk.json', () => {
  suiteTeardown(async () => {
    await Promise.resolve(vscode.workspace.fs.delete(at('.factdesk.json'))).catch(() => undefined);
  });

  test('a sub-folder .factdesk.json applies to its drafts, and Never flag adds to it keeping its comment', async () => {
    await write('harbor/.factdesk.json', DESK_CONFIG);
    const document = await openDocument(await write('harbor/story.md', STORY));
    const result = await eventually('Harbor Shield is a system (from harbor/.factdesk.json)', async () => {
      const r = await check(document);
      return r.claims.some((c) => c.kind === 'system' && c.text === 'Harbor Shield') ? r : undefined;
    });
    const system = result.claims.find((c) => c.kind === 'system' && c.text === 'Harbor Shield');
    assert.ok(system);
    const action = await actionTitled(document, system.start, system.end, 'Never flag “Harbor Shield” (.factdesk.json)');
    await vscode.commands.executeCommand(action.command, ...(action.arguments ?? []));
    const text = await readText(at('harbor/.factdesk.json'));
    assert.ok(text?.includes("// the harbor desk's own list"), text);
    assert.deepStrictEqual(JSON.parse((text ?? '').replace(/\/\/.*$/m, '')), { extraSystems: ['Harbor Shield'], ignore: ['Harbor Shield'] });
    await eventually('the system is no longer flagged', async () => {
      await check(document);
      return !factdeskDiagnostics(document.uri).some((d) => codeOf(d) === 'system');
    });
  });

  test('Treat as anonymous creates .factdesk.json at the workspace root when no folder above has one', async () => {
    const document = await openDocument(await write('wire/story.md', STORY));
    const result = await check(document);
    const attribution = result.claims.find((c) => c.kind === 'attribution' && c.source?.text.toLowerCase() === 'the harbor authority');
    assert.ok(attribution, result.claims.map((c) => `${c.code} ${c.source?.text}`).join(', '));
    const action = await actionTitled(document, attribution.start, attribution.end, 'Treat “the harbor authority” as anonymous (.factdesk.json)');
    await vscode.commands.executeCommand(action.command, ...(action.arguments ?? []));
    assert.deepStrictEqual(JSON.parse((await readText(at('.factdesk.json'))) ?? 'null'), { anonymousPhrases: ['the harbor authority'] });
  });
});
