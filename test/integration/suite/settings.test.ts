import * as assert from 'assert';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { check, codeOf, eventually, factdeskDiagnostics, openSeedCopy } from './helpers';

suite('Settings', () => {
  suiteTeardown(async () => {
    const config = vscode.workspace.getConfiguration('factdesk');
    await config.update('kinds.system', undefined, vscode.ConfigurationTarget.Workspace);
    await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await config.update('showVerified', undefined, vscode.ConfigurationTarget.Workspace);
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
});
