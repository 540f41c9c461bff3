import * as assert from 'assert';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { check, claimWith, openDocument, openSeedCopy, workspaceFolder } from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

suite('Hover cards', () => {
  test('a quote shows its speaker, outlet, status, checklist and Factdesk command links', async () => {
    const document = await openSeedCopy('hover');
    const result = await check(document);
    const quote = claimWith(result, (c) => c.kind === 'quote' && c.text.includes('For now'), 'the "For now" quote');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(quote.start + 3));
    const text = hoverText(hovers);
    assert.ok(text.includes('Factdesk · Quote'), text);
    assert.ok(text.includes('Kozhin'), text);
    assert.ok(text.includes('Izvestia'), text);
    assert.ok(text.includes('not verified'), text);
    assert.ok(text.includes('Check the exact wording'), text);
    assert.ok(text.includes('command:factdesk.insertSourceLink?'), text);
    assert.ok(text.includes('command:factdesk.markVerified?'), text);
  });

  test('a relative date shows the resolved date and the dateline', async () => {
    const document = await openSeedCopy('hover-date');
    const result = await check(document);
    const friday = claimWith(result, (c) => c.code === 'date-relative' && /friday/i.test(c.text), 'on Friday');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(friday.start + 1));
    const text = hoverText(hovers);
    assert.ok(text.includes('2018\\-05\\-11'), text);
    assert.ok(text.includes('Dateline'), text);
  });

  test('the card and the engine agree on a placeholder source link', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'drafts', 'memo-link.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('"We will cut the budget," Mayor Ana Ortiz said in [a memo](https://example.com/memo).\n'));
    const document = await openDocument(uri);
    const result = await check(document);
    assert.deepStrictEqual(result.claims.map((c) => c.code).sort(), ['link-placeholder', 'quote', 'source-missing']);
    const quote = claimWith(result, (c) => c.code === 'quote', 'the quote');
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(quote.start + 3)));
    assert.ok(text.includes('only a placeholder'), text);
    assert.ok(!/Source link:\*\* (present|https)/.test(text), text);
  });
});
