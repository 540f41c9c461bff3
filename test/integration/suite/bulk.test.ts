import * as assert from 'assert';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { check, eventually, factdeskDiagnostics, openDocument, workspaceFolder } from './helpers';

const URL = 'https://www.reuters.com/world/harbor-drill';
const DRAFT = [
  'The harbor authority said on Monday the drill would go ahead. [Reuters](#)',
  '',
  '"We are ready," said Mara Venn, the harbor master, on Tuesday. Officials said the [Reuters](#) report was accurate.',
  '',
  'A second drill is planned, according to [AP](#) and [reuters](#).',
  '',
].join('\n');

async function draft(name: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'bulk-actions', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(DRAFT));
  return openDocument(uri);
}

suite('Bulk actions', () => {
  test('every placeholder naming the same outlet gets the URL at once, as one undoable edit', async () => {
    const document = await draft('placeholders.md');
    const result = await check(document);
    const first = result.claims.find((c) => c.code === 'link-placeholder' && c.text === '[Reuters](#)');
    assert.ok(first);
    const range = new vscode.Range(document.positionAt(first.start), document.positionAt(first.end));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
    assert.ok(actions.some((a) => a.title === 'Replace all 3 “Reuters” placeholders with one source link…'), actions.map((a) => a.title).join(' | '));
    const replaced = await vscode.commands.executeCommand<number>('factdesk.replaceSamePlaceholders', document.uri, first.fingerprint, URL);
    assert.strictEqual(replaced, 3);
    const text = document.getText();
    assert.strictEqual(text.split(`](${URL})`).length - 1, 3, text);
    assert.ok(text.includes('[AP](#)'), 'another outlet is left alone');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), DRAFT);
  });

  test('Mark claims in selection verified marks every open claim of the paragraph, and only those', async () => {
    const document = await draft('paragraph.md');
    const result = await check(document);
    const start = DRAFT.indexOf('"We are ready');
    const end = DRAFT.indexOf('\n\nA second');
    const inParagraph = result.claims.filter((c) => c.start >= start && c.end <= end);
    assert.ok(inParagraph.length >= 2, result.claims.map((c) => c.code).join(', '));
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(document.positionAt(start + 5), document.positionAt(start + 5));
    const marked = await vscode.commands.executeCommand<number>('factdesk.markSelectionVerified');
    assert.strictEqual(marked, inParagraph.length);
    await eventually('the paragraph has no problems left, the others keep theirs', () => {
      const diagnostics = factdeskDiagnostics(document.uri).map((d) => document.offsetAt(d.range.start));
      return !diagnostics.some((at) => at >= start && at < end) && diagnostics.some((at) => at < start) && diagnostics.some((at) => at > end);
    });
  });
});
