import * as assert from 'assert';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { check, codeOf, eventually, factdeskDiagnostics, openDocument, openSeedCopy, workspaceFolder } from './helpers';
import type { CheckResult } from '../../../src/extension/checkCommand';

suite('Settings', () => {
  suiteTeardown(async () => {
    const config = vscode.workspace.getConfiguration('factdesk');
    await config.update('kinds.system', undefined, vscode.ConfigurationTarget.Workspace);
    await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await config.update('showVerified', undefined, vscode.ConfigurationTarget.Workspace);
    await config.update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('turning a kind off removes its diagnostics; a rule severity override applies', async () => {
    const document = await openSeedCopy('settings');
    await check(document);
    assert.ok(factdeskDiagnostics(document.uri).some((d) => codeOf(d) === 'system'));
    const config = vscode.workspace.getConfiguration('factdesk');
    await config.update('kinds.system', false, vscode.ConfigurationTarget.Workspace);
    await eventually('system diagnostics gone', async () => {
      await check(document);
      return !factdeskDiagnostics(document.uri).some((d) => codeOf(d).startsWith('system'));
    });
    await config.update('rules', { 'link-placeholder': 'error' }, vscode.ConfigurationTarget.Workspace);
    await eventually('placeholder links are errors', async () => {
      await check(document);
      const placeholders = factdeskDiagnostics(document.uri).filter((d) => codeOf(d) === 'link-placeholder');
      return placeholders.length === 3 && placeholders.every((d) => d.severity === vscode.DiagnosticSeverity.Error);
    });
  });

  test('showVerified keeps verified claims as hints', async () => {
    const document = await openSeedCopy('show-verified');
    const result = await check(document);
    const claim = result.claims.find((c) => c.code === 'date-relative');
    assert.ok(claim);
    await vscode.workspace.getConfiguration('factdesk').update('showVerified', true, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('factdesk.markVerified', document.uri, claim.fingerprint, '');
    await eventually('verified claim shown as a hint', async () => {
      await check(document);
      return factdeskDiagnostics(document.uri).some((d) => document.offsetAt(d.range.start) === claim.start && d.severity === vscode.DiagnosticSeverity.Hint && d.message.startsWith('(verified)'));
    });
  });

  test('a workspace .factdesk.json applies, and stops applying when removed', async () => {
    const document = await openSeedCopy('config-file');
    await check(document);
    assert.ok(factdeskDiagnostics(document.uri).some((d) => codeOf(d) === 'date-relative'));
    const file = vscode.Uri.joinPath(workspaceFolder().uri, '.factdesk.json');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify({ kinds: { date: false }, rules: { 'attribution-anonymous': 'error' } })));
    try {
      await eventually('dates switched off by .factdesk.json', async () => {
        await check(document);
        const diagnostics = factdeskDiagnostics(document.uri);
        return !diagnostics.some((d) => codeOf(d).startsWith('date')) && diagnostics.some((d) => codeOf(d) === 'attribution-anonymous' && d.severity === vscode.DiagnosticSeverity.Error);
      });
    } finally {
      await vscode.workspace.fs.delete(file);
    }
    await eventually('dates back once the file is gone', async () => {
      await check(document);
      return factdeskDiagnostics(document.uri).some((d) => codeOf(d) === 'date-relative');
    });
  });

  test('a file over factdesk.maxFileSize is not checked', async () => {
    const document = await openSeedCopy('too-big');
    await check(document);
    await vscode.workspace.getConfiguration('factdesk').update('maxFileSize', 1000, vscode.ConfigurationTarget.Workspace);
    await eventually('no result and no diagnostics for the large file', async () => {
      const result = await vscode.commands.executeCommand<CheckResult | undefined>('factdesk.checkDocument', document.uri);
      return result === undefined && factdeskDiagnostics(document.uri).length === 0;
    });
  });

  test('an untitled draft keeps its marks in workspace state', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '"We are ready," Kozhin said on Friday.\n' });
    await openDocument(document.uri);
    const result = await check(document);
    const quote = result.claims.find((c) => c.kind === 'quote');
    assert.ok(quote, result.claims.map((c) => c.code).join(', '));
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.markVerified', document.uri, quote.fingerprint, 'called him'), true);
    const after = await check(document);
    assert.strictEqual(after.claims.find((c) => c.fingerprint === quote.fingerprint)?.mark?.note, 'called him');
  });
});
