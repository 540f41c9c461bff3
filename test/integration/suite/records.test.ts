import * as assert from 'assert';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { check, claimWith, codeOf, eventually, factdeskDiagnostics, openSeedCopy, readText, recordsUri } from './helpers';

suite('Verification records', () => {
  test('Mark verified writes the sidecar record and the diagnostic drops out; Mark unverified brings it back', async () => {
    const document = await openSeedCopy('verify');
    const result = await check(document);
    const quote = claimWith(result, (c) => c.kind === 'quote' && c.text.includes('For now'), 'the "For now" quote');
    const onQuote = (): boolean => factdeskDiagnostics(document.uri).some((d) => codeOf(d) === quote.code && document.offsetAt(d.range.start) === quote.start && d.severity !== vscode.DiagnosticSeverity.Hint);
    assert.ok(onQuote());
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.markVerified', document.uri, quote.fingerprint, 'matches the Izvestia interview'), true);
    const file = await readText(recordsUri(document));
    assert.ok(file, `records file ${recordsUri(document).path} written`);
    const records = JSON.parse(file);
    assert.strictEqual(records.version, 1);
    assert.strictEqual(records.marks[quote.fingerprint].state, 'verified');
    assert.strictEqual(records.marks[quote.fingerprint].note, 'matches the Izvestia interview');
    assert.ok(!onQuote(), 'verified quote no longer reported');
    const after = await check(document);
    assert.strictEqual(after.claims.find((c) => c.fingerprint === quote.fingerprint)?.mark?.state, 'verified');

    assert.strictEqual(await vscode.commands.executeCommand('factdesk.markUnverified', document.uri, quote.fingerprint), true);
    assert.ok(!JSON.parse((await readText(recordsUri(document))) ?? '{}').marks[quote.fingerprint]);
    assert.ok(onQuote(), 'unverified quote reported again');
  });

  test('a mark survives an edit elsewhere in the draft', async () => {
    const document = await openSeedCopy('survive');
    const result = await check(document);
    const system = claimWith(result, (c) => c.code === 'system' && c.text === 'S-400', 'S-400');
    await vscode.commands.executeCommand('factdesk.markVerified', document.uri, system.fingerprint, '');
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Editor\'s note: updated.\n\n'));
    const after = await check(document);
    const moved = after.claims.find((c) => c.fingerprint === system.fingerprint);
    assert.ok(moved && moved.start > system.start, 'same claim found at its new offset');
    assert.strictEqual(moved.mark?.state, 'verified');
  });

  test('Ignore this claim records it as ignored and hides it', async () => {
    const document = await openSeedCopy('ignore');
    const result = await check(document);
    const anonymous = claimWith(result, (c) => c.code === 'attribution-anonymous', 'the anonymous attribution');
    // As from the Claims view's context menu: the tree node is a {uri, fingerprint} claim reference.
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.ignoreClaim', { uri: document.uri, fingerprint: anonymous.fingerprint }), true);
    const records = JSON.parse((await readText(recordsUri(document))) ?? '{}');
    assert.strictEqual(records.marks[anonymous.fingerprint].state, 'ignored');
    assert.ok(!factdeskDiagnostics(document.uri).some((d) => codeOf(d) === anonymous.code && document.offsetAt(d.range.start) === anonymous.start && d.severity !== vscode.DiagnosticSeverity.Hint));
  });

  test('a corrupt records file is never overwritten', async () => {
    const document = await openSeedCopy('corrupt');
    const result = await check(document);
    const corrupt = '{"version": 1, "marks": {';
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(recordsUri(document), '..'));
    await vscode.workspace.fs.writeFile(recordsUri(document), new TextEncoder().encode(corrupt));
    const claim = result.claims[0];
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.markVerified', document.uri, claim.fingerprint, ''), false);
    assert.strictEqual(await readText(recordsUri(document)), corrupt);
    const newer = '{"version": 99, "marks": {}}';
    await vscode.workspace.fs.writeFile(recordsUri(document), new TextEncoder().encode(newer));
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.markVerified', document.uri, claim.fingerprint, ''), false);
    assert.strictEqual(await readText(recordsUri(document)), newer);
  });

  test('Clear verification marks empties the record file', async () => {
    const document = await openSeedCopy('clear');
    const result = await check(document);
    await vscode.commands.executeCommand('factdesk.markVerified', document.uri, result.claims[0].fingerprint, '');
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.clearVerification', document.uri), true);
    assert.deepStrictEqual(JSON.parse((await readText(recordsUri(document))) ?? '{}').marks, {});
  });

  // Issue 14, items 5 and 7: concurrent marks, and records read and refused as the CLI does.
  test('quick marks in one window are all kept', async () => {
    const document = await openSeedCopy('quick');
    const result = await check(document);
    const fingerprints = [...new Set(result.claims.map((c) => c.fingerprint))].slice(0, 12);
    assert.ok(fingerprints.length >= 6, 'the seed article has enough claims');
    const saved = await Promise.all(fingerprints.map((f) => vscode.commands.executeCommand('factdesk.markVerified', document.uri, f, '')));
    assert.deepStrictEqual(saved, fingerprints.map(() => true));
    const marks = JSON.parse((await readText(recordsUri(document))) ?? '{}').marks;
    assert.deepStrictEqual(Object.keys(marks).sort(), [...fingerprints].sort());
  });

  test('a records file with a UTF-8 BOM is read, as the CLI reads it', async () => {
    const document = await openSeedCopy('bom');
    const claim = (await check(document)).claims[0];
    const mark = { state: 'verified', by: 'desk', at: '2026-12-01T00:00:00Z', kind: claim.kind, code: claim.code, text: claim.text };
    const json = new TextEncoder().encode(JSON.stringify({ version: 1, marks: { [claim.fingerprint]: mark } }));
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(recordsUri(document), '..'));
    await vscode.workspace.fs.writeFile(recordsUri(document), new Uint8Array([0xef, 0xbb, 0xbf, ...json]));
    await eventually('the BOM records applied', async () => (await check(document)).claims.find((c) => c.fingerprint === claim.fingerprint)?.mark?.state === 'verified');
  });

  test('Latin-1 records are refused and never rewritten with replacement characters', async () => {
    const document = await openSeedCopy('latin1');
    const claim = (await check(document)).claims[0];
    const latin1 = new Uint8Array([...new TextEncoder().encode('{"version": 1, "marks": {}, "note": "caf'), 0xe9, ...new TextEncoder().encode('"}')]);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(recordsUri(document), '..'));
    await vscode.workspace.fs.writeFile(recordsUri(document), latin1);
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.markVerified', document.uri, claim.fingerprint, ''), false);
    assert.deepStrictEqual([...(await vscode.workspace.fs.readFile(recordsUri(document)))], [...latin1]);
  });

  test('a records file that is a directory is reported and left alone', async () => {
    const document = await openSeedCopy('directory');
    const claim = (await check(document)).claims[0];
    await vscode.workspace.fs.createDirectory(recordsUri(document));
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.markVerified', document.uri, claim.fingerprint, ''), false);
    assert.strictEqual((await vscode.workspace.fs.stat(recordsUri(document))).type, vscode.FileType.Directory);
  });
});
