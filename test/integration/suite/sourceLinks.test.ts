import * as assert from 'assert';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { check, claimWith, codeOf, factdeskDiagnostics, openSeedCopy } from './helpers';

const URL = 'https://www.reuters.com/article/us-russia-syria-missiles';

suite('Source links and code actions', () => {
  test('the lightbulb on a placeholder link offers the quick fixes', async () => {
    const document = await openSeedCopy('actions');
    const result = await check(document);
    const placeholder = claimWith(result, (c) => c.code === 'link-placeholder' && c.text.includes('Reuters'), '[Reuters](#)');
    const range = new vscode.Range(document.positionAt(placeholder.start), document.positionAt(placeholder.end));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
    const titles = actions.map((a) => a.title);
    for (const title of ['Replace placeholder with source link…', 'Mark claim verified…', 'Ignore this claim', 'Ignore rule “Placeholder link” (link-placeholder) in this file']) {
      assert.ok(titles.includes(title), `"${title}" in ${titles.join(' | ')}`);
    }
    // Quick fixes are offered only for claims with a Factdesk diagnostic in the range (VS Code does not
    // return the actions' diagnostics through executeCodeActionProvider, so the kind is what we can see).
    assert.ok(actions.some((a) => a.title === 'Replace placeholder with source link…' && a.kind?.value === 'quickfix'), 'offered as a quick fix');
    assert.strictEqual(titles.filter((t) => t === 'Replace placeholder with source link…').length, 1, 'offered once in the lightbulb');
    const refactors = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, 'refactor');
    assert.ok(refactors.some((a) => a.kind?.value === 'refactor.factdesk' && a.title === 'Replace placeholder with source link…'), 'the refactor group is offered on request');
  });

  test('Insert source link replaces the # of a placeholder, as one undoable edit', async () => {
    const document = await openSeedCopy('placeholder');
    const original = document.getText();
    const result = await check(document);
    const placeholder = claimWith(result, (c) => c.code === 'link-placeholder' && c.text.includes('Reuters'), '[Reuters](#)');
    const done = await vscode.commands.executeCommand<boolean>('factdesk.insertSourceLink', document.uri, placeholder.fingerprint, URL);
    assert.strictEqual(done, true);
    assert.ok(document.getText().includes(`By [Reuters](${URL})`), document.getText().slice(0, 200));
    const after = await check(document);
    assert.strictEqual(after.claims.filter((c) => c.code === 'link-placeholder').length, 2);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), original);
  });

  test('Insert source link wraps an attribution\'s source and adds a footnote after a quote', async () => {
    const document = await openSeedCopy('wrap');
    const result = await check(document);
    const lavrov = claimWith(result, (c) => c.kind === 'attribution' && (c.source?.text ?? '').includes('Lavrov'), 'the Lavrov attribution');
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.insertSourceLink', document.uri, lavrov.fingerprint, 'https://mid.ru/statement', 'inline'), true);
    assert.ok(document.getText().includes(`[${lavrov.source?.text}](https://mid.ru/statement) said`), 'source wrapped in a link');

    const second = await check(document);
    const quote = claimWith(second, (c) => c.kind === 'quote' && c.text.includes('everything it needed'), 'the "everything it needed" quote');
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.insertSourceLink', document.uri, quote.fingerprint, 'https://iz.ru/1', 'footnote'), true);
    const text = document.getText();
    assert.ok(text.includes(`${quote.text}[^1]`), 'footnote mark right after the quote');
    assert.ok(text.trimEnd().endsWith('[^1]: https://iz.ru/1'), text.slice(-120));
  });

  test('only http(s) URLs are accepted', async () => {
    const document = await openSeedCopy('bad-url');
    const original = document.getText();
    const result = await check(document);
    const placeholder = claimWith(result, (c) => c.code === 'link-placeholder', 'a placeholder');
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.insertSourceLink', document.uri, placeholder.fingerprint, 'javascript:alert(1)'), false);
    assert.strictEqual(document.getText(), original);
  });

  test('Ignore rule in this file adds a factdesk-disable comment and the rule\'s diagnostics go away', async () => {
    const document = await openSeedCopy('ignore-rule');
    await check(document);
    assert.ok(factdeskDiagnostics(document.uri).some((d) => codeOf(d) === 'system'));
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.ignoreRule', document.uri, 'system'), true);
    assert.ok(document.getText().includes('<!-- factdesk-disable system -->'));
    await check(document);
    assert.ok(!factdeskDiagnostics(document.uri).some((d) => codeOf(d) === 'system'), factdeskDiagnostics(document.uri).map(codeOf).join(', '));
  });
});
