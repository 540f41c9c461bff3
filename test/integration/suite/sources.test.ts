/**
 * Quotes against sources in the real extension host: a workspace with a `sources/` folder (an
 * interview transcript with speaker labels) and a WebVTT transcript the draft links to from another
 * folder. Invented texts. The folders are removed afterwards so the other suites' drafts have no sources.
 */
import * as assert from 'assert';
import { createHash } from 'crypto';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { check, claimWith, eventually, factdeskDiagnostics, codeOf, openDocument, readText, recordsUri, workspaceFolder } from './helpers';

const TRANSCRIPT = [
  'Rivertown briefing, March 8 (invented transcript)',
  '',
  'Q: Will the city raise the tolls this year?',
  '',
  'ORTIZ: We are not discussing any new tolls this year. The contractor pays for the delay.',
  '',
].join('\n');

const VTT = ['WEBVTT', '', '1', '00:00:01.000 --> 00:00:04.000', '<v Dev Patel>The council will publish every inspection report', '', '2', '00:00:04.000 --> 00:00:06.000', '<v Dev Patel>before the bridge reopens.', ''].join('\n');

const DRAFT = [
  '"We are not talking about any new tolls this year," Mayor Lena Ortiz said.',
  '',
  'Council member Dev Patel said: "The council will publish every inspection report before the bridge reopens." The [recording](../notes/council.vtt) is online.',
  '',
  '"The ferry will run all night from the spring," Ortiz said.',
  '',
  '"Will the city raise the tolls this year?" Ortiz asked.',
  '',
].join('\n');

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

const write = (uri: vscode.Uri, text: string): Thenable<void> => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

suite('Quotes against sources', () => {
  const folder = (): vscode.Uri => workspaceFolder().uri;
  let draft: vscode.Uri;

  suiteSetup(async () => {
    await write(vscode.Uri.joinPath(folder(), 'sources', 'ortiz-briefing.txt'), TRANSCRIPT);
    await write(vscode.Uri.joinPath(folder(), 'notes', 'council.vtt'), VTT);
    draft = vscode.Uri.joinPath(folder(), 'drafts', 'sourced.md');
    await write(draft, DRAFT);
  });

  suiteTeardown(async () => {
    for (const name of ['sources', 'notes']) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), name), { recursive: true, useTrash: false });
  });

  test('each quote gets its match: altered, verbatim in the linked transcript, not found, wrong speaker', async () => {
    const document = await openDocument(draft);
    const result = await check(document);
    const quotes = result.claims.filter((c) => c.kind === 'quote');
    assert.deepStrictEqual(
      quotes.map((c) => [c.code, c.match?.status, c.match?.file]),
      [
        ['quote-altered', 'altered', 'sources/ortiz-briefing.txt'],
        ['quote', 'verbatim', 'notes/council.vtt'],
        ['quote-not-in-source', 'not-found', null],
        ['quote-wrong-speaker', 'verbatim', 'sources/ortiz-briefing.txt'],
      ],
    );
    assert.strictEqual(quotes[1].match?.speaker, 'Dev Patel');
    const codes = await eventually('the diagnostics of the sourced draft', () => {
      const found = factdeskDiagnostics(document.uri).map(codeOf);
      return found.includes('quote-altered') ? found : undefined;
    });
    assert.ok(codes.includes('quote-not-in-source') && codes.includes('quote-wrong-speaker'), codes.join(', '));
  });

  test('the hover shows where the quote matched and the word diff', async () => {
    const document = await openDocument(draft);
    const result = await check(document);
    const altered = claimWith(result, (c) => c.code === 'quote-altered', 'the altered quote');
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(altered.start + 3)));
    assert.ok(text.includes('We are not ~~discussing~~ **talking about** any new tolls this year'), text);
    assert.ok(text.includes('command:factdesk.openSourceAtMatch?'), text);
    assert.ok(text.includes('said by ORTIZ'), text);
  });

  test('Use the source\u2019s wording fixes the quote in one undoable edit; Open source at match selects the passage', async () => {
    const document = await openDocument(draft);
    const result = await check(document);
    const altered = claimWith(result, (c) => c.code === 'quote-altered', 'the altered quote');
    const range = new vscode.Range(document.positionAt(altered.start), document.positionAt(altered.end));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
    const use = actions.find((a) => a.title === 'Use the source\u2019s wording');
    assert.ok(use?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(use.edit));
    assert.ok(document.getText().startsWith('"We are not discussing any new tolls this year," Mayor Lena Ortiz said.'), document.getText().slice(0, 80));
    const after = await check(document);
    assert.strictEqual(after.claims.find((c) => c.kind === 'quote')?.code, 'quote');
    await vscode.commands.executeCommand('undo');
    assert.ok(document.getText().startsWith('"We are not talking about'), 'one undo restores the draft');

    const recheck = await check(document);
    const verbatim = claimWith(recheck, (c) => c.match?.file === 'notes/council.vtt', 'the quote from the linked transcript');
    assert.ok(await vscode.commands.executeCommand('factdesk.openSourceAtMatch', document.uri, verbatim.fingerprint));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.ok(editor.document.uri.path.endsWith('/notes/council.vtt'), editor.document.uri.path);
    assert.strictEqual(editor.document.getText(editor.selection), 'The council will publish every inspection report\n\n2\n00:00:04.000 --> 00:00:06.000\n<v Dev Patel>before the bridge reopens');
  });

  test('Mark verified against the source records the file and its SHA-256', async () => {
    const document = await openDocument(draft);
    const result = await check(document);
    const verbatim = claimWith(result, (c) => c.match?.file === 'notes/council.vtt', 'the quote from the linked transcript');
    assert.ok(await vscode.commands.executeCommand('factdesk.markVerifiedAgainstSource', document.uri, verbatim.fingerprint));
    const records = await eventually('the records file', async () => readText(recordsUri(document)));
    const mark = (JSON.parse(records) as { marks: Record<string, { state: string; source?: { file: string; sha256: string } }> }).marks[verbatim.fingerprint];
    assert.strictEqual(mark.state, 'verified');
    assert.deepStrictEqual(mark.source, { file: 'notes/council.vtt', sha256: createHash('sha256').update(VTT).digest('hex') });
  });
});
