import * as assert from 'assert';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import type { FactdeskTestHooks } from '../../../src/extension/testHooks';
import { check, EXTENSION_ID, eventually, factdeskDiagnostics, openSeedCopy } from './helpers';

const MARKER = 'FACTDESK-TEST-BREAK';

async function hooks(): Promise<FactdeskTestHooks> {
  const exported = await vscode.extensions.getExtension<FactdeskTestHooks | undefined>(EXTENSION_ID)?.activate();
  assert.ok(exported, 'under the test runner, activate() returns the test hooks');
  return exported;
}

suite('An engine exception', () => {
  test('is reported once, and the last good diagnostics stay', async () => {
    const document = await openSeedCopy('engine-failure');
    await check(document);
    const good = factdeskDiagnostics(document.uri).map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);
    assert.ok(good.length > 0, 'the seed article has diagnostics');
    const testHooks = await hooks();
    const before = testHooks.failures().count;
    testHooks.failChecksContaining(MARKER);
    try {
      // Typing schedules the check (the path that used to drop the rejection).
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), `${MARKER} `));
      await eventually('the failed check is reported', () => testHooks.failures().count > before);
      const shown = testHooks.failures().shown;
      assert.ok(shown && shown.includes('could not check') && shown.includes('engine-failure'), `error message: ${shown}`);
      const kept = factdeskDiagnostics(document.uri).map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);
      assert.deepStrictEqual(kept, good, 'the diagnostics of the last good check are kept');

      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'x'));
      await vscode.commands.executeCommand('factdesk.checkDocument', document.uri);
      assert.ok(testHooks.failures().count > before + 1, 'the second failure is logged too');
      assert.strictEqual(testHooks.failures().shown, shown, 'but the user is told only once per session');
    } finally {
      testHooks.failChecksContaining(undefined);
    }
    const recovered = await check(document);
    assert.strictEqual(recovered.version, document.version, 'once the engine works, the check is of the current text');
    assert.ok(recovered.claims.length > 0);
  });
});
