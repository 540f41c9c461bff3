import * as assert from 'assert';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { check, claimWith, openSeedCopy } from './helpers';

suite('Commands', () => {
  test('Export fact-check report produces the Markdown checklist with verification state', async () => {
    const document = await openSeedCopy('export');
    const result = await check(document);
    const quote = claimWith(result, (c) => c.kind === 'quote' && c.text.includes('For now'), 'the "For now" quote');
    await vscode.commands.executeCommand('factdesk.markVerified', document.uri, quote.fingerprint, 'tape');
    const reportUri = await vscode.commands.executeCommand<vscode.Uri>('factdesk.exportReport', 'markdown', document.uri);
    assert.ok(reportUri, 'a report document');
    const report = await vscode.workspace.openTextDocument(reportUri);
    const text = report.getText();
    assert.ok(text.includes('- [ ]'), 'open claims are unchecked boxes');
    assert.ok(text.includes('- [x]'), 'the verified quote is a checked box');
    assert.ok(text.includes('Kozhin'), 'speaker shown');
    const json = await vscode.workspace.openTextDocument(await vscode.commands.executeCommand<vscode.Uri>('factdesk.exportReport', 'json', document.uri));
    const parsed = JSON.parse(json.getText());
    assert.strictEqual(parsed.files[0].claims.length, result.claims.length);
    assert.strictEqual(parsed.files[0].claims.find((c: { fingerprint: string }) => c.fingerprint === quote.fingerprint).verified, true);
    const csv = await vscode.workspace.openTextDocument(await vscode.commands.executeCommand<vscode.Uri>('factdesk.exportReport', 'csv', document.uri));
    assert.ok(csv.getText().split('\n')[0].startsWith('path,line'), csv.getText().slice(0, 80));
  });

  test('Next / previous unverified claim move the selection, skipping verified claims', async () => {
    const document = await openSeedCopy('navigate');
    const result = await check(document);
    const open = result.claims.filter((c) => !c.mark).sort((a, b) => a.start - b.start);
    const starts = [...new Set(open.map((c) => c.start))];
    assert.ok(starts.length >= 3);
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const from = document.offsetAt(vscode.window.activeTextEditor!.selection.active);
    await vscode.commands.executeCommand('factdesk.nextUnverified');
    assert.strictEqual(document.offsetAt(vscode.window.activeTextEditor!.selection.start), starts[0], `from offset ${from}; active editor ${vscode.window.activeTextEditor?.document.uri.path}; same editor ${vscode.window.activeTextEditor === editor}`);
    await vscode.commands.executeCommand('factdesk.nextUnverified');
    assert.strictEqual(document.offsetAt(vscode.window.activeTextEditor!.selection.start), starts[1]);
    await vscode.commands.executeCommand('factdesk.previousUnverified');
    assert.strictEqual(document.offsetAt(vscode.window.activeTextEditor!.selection.start), starts[0]);
    // Verify the second claim(s): next now skips them.
    for (const c of open.filter((c) => c.start === starts[1])) await vscode.commands.executeCommand('factdesk.markVerified', document.uri, c.fingerprint, '');
    await vscode.commands.executeCommand('factdesk.nextUnverified');
    assert.strictEqual(document.offsetAt(vscode.window.activeTextEditor!.selection.start), starts[2]);
  });

  test('Set dateline changes how relative dates resolve, and clearing it restores the draft\'s own', async () => {
    const document = await openSeedCopy('dateline');
    const before = await check(document);
    assert.strictEqual(before.dateline?.value, '2018-05-11');
    const friday = claimWith(before, (c) => c.code === 'date-relative' && /on friday/i.test(c.text), 'on Friday');
    assert.strictEqual(friday.value, '2018-05-11');
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.setDateline', document.uri, '2019-03-06'), true);
    const after = await check(document);
    assert.strictEqual(after.dateline?.value, '2019-03-06');
    const moved = claimWith(after, (c) => c.code === 'date-relative' && c.start === friday.start, 'on Friday again');
    assert.ok(moved.value?.startsWith('2019-03'), `resolved against the new dateline: ${moved.value}`);
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.setDateline', document.uri, 'not a date'), false);
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.setDateline', document.uri, ''), true);
    assert.strictEqual((await check(document)).dateline?.value, '2018-05-11');
  });
});
