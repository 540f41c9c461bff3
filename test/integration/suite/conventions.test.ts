import * as assert from 'assert';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { check, eventually, openDocument, readText, recordsUri, workspaceFolder } from './helpers';

const DRAFT = 'Harbor drill\n\n"We are ready," said Mara Venn, the harbor master.\n';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

suite('Conventions', () => {
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('factdesk').update('languages', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('factdesk').update('reviewer', undefined, vscode.ConfigurationTarget.Global);
  });

  test('a language added to factdesk.languages gets diagnostics and hover cards', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'conventions', 'draft.rst');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(DRAFT));
    const document = await vscode.languages.setTextDocumentLanguage(await openDocument(uri), 'restructuredtext');
    const quoteAt = document.positionAt(DRAFT.indexOf('We are') + 2);
    const before = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, quoteAt);
    assert.ok(!/Factdesk · /.test(hoverText(before)), 'not checked before the language is added');
    await vscode.workspace.getConfiguration('factdesk').update('languages', ['markdown', 'plaintext', 'restructuredtext'], vscode.ConfigurationTarget.Workspace);
    await eventually('a Factdesk hover card on the quote', async () => {
      await check(document);
      return /Factdesk · Quote/.test(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, quoteAt)));
    });
  });

  test('the reviewer in verification records is factdesk.reviewer', async () => {
    await vscode.workspace.getConfiguration('factdesk').update('reviewer', 'Dana Whitlock', vscode.ConfigurationTarget.Global);
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'conventions', 'reviewed.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(DRAFT));
    const document = await openDocument(uri);
    const quote = (await check(document)).claims.find((c) => c.kind === 'quote');
    assert.ok(quote);
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.markVerified', document.uri, quote.fingerprint, ''), true);
    const records = JSON.parse((await readText(recordsUri(document))) ?? '{}') as { marks: Record<string, { by: string }> };
    assert.strictEqual(records.marks[quote.fingerprint]?.by, 'Dana Whitlock');
  });
});
