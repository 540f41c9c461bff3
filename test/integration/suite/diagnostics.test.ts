import * as assert from 'assert';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { check, claimWith, codeOf, eventually, factdeskDiagnostics, openDocument, openSeedCopy, workspaceFolder } from './helpers';

suite('Diagnostics on the seed article', () => {
  test('shows placeholder links, a quote tied to Kozhin, relative dates and named systems, each range on its text', async () => {
    const document = await openSeedCopy('diagnostics');
    const result = await check(document);
    const diagnostics = factdeskDiagnostics(document.uri);
    const codes = diagnostics.map(codeOf);
    assert.strictEqual(codes.filter((c) => c === 'link-placeholder').length, 3, `codes: ${codes.join(', ')}`);
    for (const code of ['quote', 'date-relative', 'system']) assert.ok(codes.includes(code), `no ${code} diagnostic in ${codes.join(', ')}`);

    const quote = claimWith(result, (c) => c.kind === 'quote' && /Kozhin/.test(c.speaker?.name ?? ''), 'a quote with speaker Kozhin');
    const quoteDiagnostic = diagnostics.find((d) => codeOf(d) === quote.code && document.offsetAt(d.range.start) === quote.start);
    assert.ok(quoteDiagnostic, 'the Kozhin quote has a diagnostic');
    assert.strictEqual(document.getText(quoteDiagnostic.range), quote.text);
    assert.ok(quote.text.startsWith('"For now, we\'re not talking'), quote.text);

    for (const d of diagnostics) {
      const claim = result.claims.find((c) => c.code === codeOf(d) && c.start === document.offsetAt(d.range.start));
      assert.ok(claim, `diagnostic ${codeOf(d)} at ${d.range.start.line}:${d.range.start.character} matches a claim`);
      assert.strictEqual(document.getText(d.range), claim.text);
      assert.strictEqual(d.source, 'factdesk');
      const target = typeof d.code === 'object' ? d.code.target : undefined;
      assert.ok(target && target.path.endsWith(`/docs/rules/${claim.code}.md`), `rule link for ${claim.code}: ${target?.toString()}`);
    }
    const placeholders = diagnostics.filter((d) => codeOf(d) === 'link-placeholder').map((d) => document.getText(d.range));
    assert.ok(placeholders.some((t) => t.includes('Reuters')), placeholders.join(' | '));
    const systems = diagnostics.filter((d) => codeOf(d).startsWith('system')).map((d) => document.getText(d.range));
    for (const name of ['S-300', 'S-400', 'Pantsir S-1']) assert.ok(systems.some((t) => t.includes(name)), `${name} in ${systems.join(', ')}`);
    const friday = claimWith(result, (c) => c.code === 'date-relative' && /friday/i.test(c.text), 'on Friday');
    assert.strictEqual(friday.value, '2018-05-11');
  });

  test('re-checks after an edit (debounced) and flags a new quote', async () => {
    const document = await openSeedCopy('edit');
    await check(document);
    const before = factdeskDiagnostics(document.uri).length;
    const editor = await vscode.window.showTextDocument(document);
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n\n"We will deliver nothing," an unnamed official said on Monday.\n'));
    await eventually('diagnostics for the new paragraph', () => factdeskDiagnostics(document.uri).length > before && factdeskDiagnostics(document.uri).some((d) => document.getText(d.range).includes('We will deliver nothing')));
  });

  test('a second document does not affect the first', async () => {
    const first = await openSeedCopy('first');
    await check(first);
    const snapshot = factdeskDiagnostics(first.uri).map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`);
    const other = vscode.Uri.joinPath(workspaceFolder().uri, 'drafts', 'other.md');
    await vscode.workspace.fs.writeFile(other, new TextEncoder().encode('"Nothing to see," the minister said on Tuesday. [AP](#)\n'));
    const second = await openDocument(other);
    const secondResult = await check(second);
    assert.ok(secondResult.claims.length > 0, 'the second document has claims of its own');
    const editor = await vscode.window.showTextDocument(second);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'The S-400 arrived. '));
    await check(second);
    assert.deepStrictEqual(
      factdeskDiagnostics(first.uri).map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`),
      snapshot,
    );
    assert.ok(factdeskDiagnostics(second.uri).some((d) => document(second, d).includes('S-400')));
  });

  test('plain text drafts are checked too', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'drafts', 'notes.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('"We are ready," Kozhin said on Friday.\n'));
    const doc = await openDocument(uri);
    assert.strictEqual(doc.languageId, 'plaintext');
    const result = await check(doc);
    assert.ok(result.claims.some((c) => c.kind === 'quote'), result.claims.map((c) => c.code).join(', '));
  });
});

function document(doc: vscode.TextDocument, d: vscode.Diagnostic): string {
  return doc.getText(d.range);
}
