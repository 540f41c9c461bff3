import * as assert from 'assert';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { WorkspaceSummary } from '../../../src/extension/workspaceCheck';
import { codeOf, eventually, factdeskDiagnostics, workspaceFolder } from './helpers';

const DRAFT = 'The council said on Friday the bridge would reopen. [Reuters](#)\n\n"We will not wait another winter," said Dana Whitlock, the council\'s transport chair.\n';
/** More drafts than WORKER_THRESHOLD, so the check runs in worker threads. */
const BULK = 45;

function uri(path: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, path);
}

async function write(path: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri(path), new TextEncoder().encode(text));
}

function codes(path: string): string[] {
  return factdeskDiagnostics(uri(path)).map(codeOf);
}

suite('Check all drafts in workspace', () => {
  suiteSetup(async () => {
    await write('desk/bridge.md', DRAFT);
    await write('desk/notes.txt', 'Officials said the ferry would run until Monday.\n');
    await write('archive/2019/old.md', DRAFT);
    await write('node_modules/pkg/README.md', DRAFT);
    for (let i = 0; i < BULK; i++) await write(`bulk/story-${String(i).padStart(2, '0')}.md`, `Story ${i}. ${DRAFT}`);
    await vscode.workspace.getConfiguration('factdesk').update('exclude', ['**/node_modules/**', 'archive'], vscode.ConfigurationTarget.Workspace);
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('factdesk').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('puts closed drafts in the Problems panel, leaving excluded folders out', async () => {
    const summary = await vscode.commands.executeCommand<WorkspaceSummary>('factdesk.checkWorkspace');
    assert.ok(summary.checked >= BULK + 2, JSON.stringify(summary));
    assert.strictEqual(summary.cancelled, false);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith('/desk/bridge.md')), 'the draft was never opened');
    assert.ok(codes('desk/bridge.md').includes('link-placeholder'), `bridge.md: ${codes('desk/bridge.md').join(', ')}`);
    assert.ok(codes('desk/bridge.md').includes('quote'), `bridge.md: ${codes('desk/bridge.md').join(', ')}`);
    assert.ok(codes('desk/notes.txt').includes('attribution-anonymous'), `notes.txt: ${codes('desk/notes.txt').join(', ')}`);
    for (let i = 0; i < BULK; i++) assert.ok(codes(`bulk/story-${String(i).padStart(2, '0')}.md`).includes('link-placeholder'), `bulk story ${i}`);
    assert.deepStrictEqual(codes('archive/2019/old.md'), [], 'factdesk.exclude leaves archive/ out');
    assert.deepStrictEqual(codes('node_modules/pkg/README.md'), [], 'node_modules is left out');
  });

  test('Export fact-check report covers every checked draft', async () => {
    const reportUri = await vscode.commands.executeCommand<vscode.Uri>('factdesk.exportReport', 'json', 'workspace');
    const report = JSON.parse((await vscode.workspace.openTextDocument(reportUri)).getText()) as { files: Array<{ path: string; claims: unknown[] }> };
    const paths = report.files.map((f) => f.path);
    for (const path of ['desk/bridge.md', 'desk/notes.txt', 'bulk/story-44.md']) assert.ok(paths.includes(path), `${path} in ${paths.join(', ')}`);
    assert.ok(!paths.some((p) => p.startsWith('archive/') || p.includes('node_modules')), paths.join(', '));
    assert.ok(report.files.find((f) => f.path === 'desk/bridge.md')?.claims.length, 'bridge.md has claims');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('re-checks a draft changed on disk and drops a deleted one', async () => {
    await write('desk/bridge.md', DRAFT.replace('[Reuters](#)', '[Reuters](https://www.reuters.com/bridge)'));
    await eventually('the placeholder is gone from the Problems panel', () => !codes('desk/bridge.md').includes('link-placeholder'));
    assert.ok(codes('desk/bridge.md').includes('quote'), codes('desk/bridge.md').join(', '));
    await vscode.workspace.fs.delete(uri('bulk/story-00.md'));
    await eventually('the deleted draft has no problems', () => codes('bulk/story-00.md').length === 0);
    await write('desk/new.md', DRAFT);
    await eventually('a new draft is checked', () => codes('desk/new.md').includes('link-placeholder'));
  });
});
