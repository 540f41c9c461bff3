import { writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratchDirs } from './runCli';
import { assertValidSarif } from '../core/sarifShape';

// Drafts of our own: one with nothing to check, one with a placeholder link (a warning).
const CLEAN = 'Budget notes for the week ahead.\n';
const LINKED = 'See the [council minutes](#) for details.\n';

const dirWith = scratchDirs();

describe('factdesk check: exit codes', () => {
  it('exits 0 on warnings by default, 1 with --fail-on warning, 0 with --fail-on never', async () => {
    const dir = dirWith({ 'a.md': LINKED });
    const plain = await runCli(['check', 'a.md'], dir);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^a\.md:1:9 {2}warning {2}link-placeholder {8}/m);
    expect(plain.stdout).toMatch(/1 claim · 1 unverified in 1 file \(1 warning\)\n$/);
    const strict = await runCli(['check', '--fail-on', 'warning', 'a.md'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('factdesk: 1 unverified finding at or above "warning" (--fail-on warning)\n');
    expect((await runCli(['check', '--fail-on', 'never', 'a.md'], dir)).code).toBe(0);
  });

  it('exits 1 by default once a config raises a rule to error, and 0 when it switches the rule off', async () => {
    const dir = dirWith({ 'a.md': LINKED, '.factdesk.json': JSON.stringify({ rules: { 'link-placeholder': 'error' } }), 'off.json': JSON.stringify({ rules: { 'link-placeholder': 'off' } }) });
    const raised = await runCli(['check', 'a.md'], dir);
    expect(raised.code).toBe(1);
    expect(raised.stdout).toContain('error    link-placeholder');
    const off = await runCli(['check', '--config', 'off.json', '--fail-on', 'warning', 'a.md'], dir);
    expect(off.code).toBe(0);
    expect(off.stdout).toBe('0 claims · 0 unverified in 1 file\n');
  });

  it('finds the nearest .factdesk.json above the working directory, comments and all', async () => {
    const dir = dirWith({ '.factdesk.json': '{\n  // the whole desk\n  "rules": {"link-placeholder": "error"},\n}\n', 'desk/a.md': LINKED });
    const raised = await runCli(['check', 'a.md'], path.join(dir, 'desk'));
    expect(raised.code).toBe(1);
    expect(raised.stdout).toContain('error    link-placeholder');
    writeFileSync(path.join(dir, 'desk', '.factdesk.json'), '{"rules": {"link-placeholder": "off"}}');
    expect((await runCli(['check', '--fail-on', 'warning', 'a.md'], path.join(dir, 'desk'))).code).toBe(0);
  });

  it('exits 2 naming a missing file, and still reports the others', async () => {
    const dir = dirWith({ 'a.md': LINKED });
    const result = await runCli(['check', '--format', 'json', 'drafts/x.md', 'a.md'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('factdesk: cannot read drafts/x.md: no such file\n');
    expect(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path)).toEqual(['a.md']);
  });

  it('exits 2 with the message and usage on bad usage, 0 on --help and --version', async () => {
    const dir = dirWith({});
    const bad = await runCli(['check', '--format', 'xml', 'a.md'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^factdesk: --format must be one of text, json, sarif, markdown, csv, github, not "xml"\n\nusage: factdesk check/);
    expect((await runCli([], dir)).code).toBe(2);
    const help = await runCli(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: factdesk check/);
    const version = await runCli(['--version'], dir);
    expect(version).toEqual({ code: 0, stdout: `${require('../../../package.json').version}\n`, stderr: '' });
  });
});

describe('factdesk check: inputs', () => {
  it('expands globs and directories, in input order, without duplicates', async () => {
    const dir = dirWith({
      'drafts/b.md': CLEAN,
      'drafts/a.md': LINKED,
      'drafts/notes.txt': CLEAN,
      'drafts/image.png': 'not a draft',
      'drafts/node_modules/pkg/README.md': LINKED,
      'desk/z.markdown': CLEAN,
    });
    const globbed = JSON.parse((await runCli(['check', '-f', 'json', 'drafts/*.md', 'drafts/a.md'], dir)).stdout);
    expect(globbed.files.map((f: { path: string }) => f.path)).toEqual(['drafts/a.md', 'drafts/b.md']);
    const walked = JSON.parse((await runCli(['check', '-f', 'json', 'desk', 'drafts'], dir)).stdout);
    expect(walked.files.map((f: { path: string }) => f.path)).toEqual(['desk/z.markdown', 'drafts/a.md', 'drafts/b.md', 'drafts/notes.txt']);
    const none = await runCli(['check', 'drafts/*.doc'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('factdesk: no files match drafts/*.doc\n');
    expect(none.stdout).toBe('');
  });

  it('reads .txt files as plain text, where [text](#) is not a link', async () => {
    const dir = dirWith({ 'a.md': LINKED, 'a.txt': LINKED });
    const report = JSON.parse((await runCli(['check', '-f', 'json', 'a.md', 'a.txt'], dir)).stdout);
    expect(report.files[0].claims.map((c: { code: string }) => c.code)).toEqual(['link-placeholder']);
    expect(report.files[1].claims).toEqual([]);
  });

  it('skips binary, oversized and non-UTF-8 files with a clear message and exit 2, checking the rest', async () => {
    const dir = dirWith({
      'photo.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'big.md': 'x'.repeat(2048),
      'latin1.md': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]),
      'ok.md': LINKED,
    });
    const result = await runCli(['check', '--max-size', '1KB', '-f', 'json', 'photo.md', 'big.md', 'latin1.md', 'ok.md'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      'factdesk: skipped photo.md: it contains NUL bytes, so it looks like a binary file, not a draft',
      'factdesk: skipped big.md: 2 KB is over the 1 KB limit (raise it with --max-size)',
      'factdesk: skipped latin1.md: it is not valid UTF-8 text (an old Latin-1 or Windows-1252 export?); save it as UTF-8 and check again',
    ]);
    expect(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path)).toEqual(['ok.md']);
  });

  it('resolves against --dateline over the draft\'s own; a config dateline only fills in for none', async () => {
    const dir = dirWith({
      'undated.md': 'He left on Friday.\n',
      'dated.md': '---\ndate: 2020-01-03\n---\nHe left on Friday.\n',
      '.factdesk.json': JSON.stringify({ dateline: '2019-06-07' }),
      'none.json': '{}',
    });
    const datelines = async (args: string[]): Promise<Array<string | null>> =>
      JSON.parse((await runCli(['check', '-f', 'json', ...args, 'undated.md', 'dated.md'], dir)).stdout).files.map((f: { dateline: string | null }) => f.dateline);
    expect(await datelines(['--dateline', '2024-03-08'])).toEqual(['2024-03-08', '2024-03-08']);
    expect(await datelines([])).toEqual(['2019-06-07', '2020-01-03']);
    expect(await datelines(['--config', 'none.json'])).toEqual([null, '2020-01-03']);
  });

  it('rejects a config with a bad key, naming the key and the file', async () => {
    const dir = dirWith({ 'a.md': LINKED, 'team.json': JSON.stringify({ rules: { 'link-placeholder': 'loud' }, colour: true }), 'broken.json': '{ "rules": ' });
    const bad = await runCli(['check', '--config', 'team.json', 'a.md'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('factdesk: team.json: "rules.link-placeholder" must be one of "off", "error", "warning", "info", "hint", not "loud"');
    expect(bad.stderr).toContain('factdesk: team.json: "colour" is not a Factdesk setting');
    const broken = await runCli(['check', '--config', 'broken.json', 'a.md'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toBe("factdesk: broken.json is not valid JSON (value expected at line 1, column 12)\n");
    const missing = await runCli(['check', '--config', 'nope.json', 'a.md'], dir);
    expect(missing.stderr).toBe('factdesk: cannot read config nope.json: no such file\n');
  });

  it('applies verification records: a verified claim is shown as such and does not fail the run', async () => {
    const dir = dirWith({ 'drafts/a.md': LINKED });
    const [claim] = JSON.parse((await runCli(['check', '-f', 'json', 'drafts/a.md'], dir)).stdout).files[0].claims;
    mkdirSync(path.join(dir, '.factdesk/drafts'), { recursive: true });
    const mark = { state: 'verified', by: 'desk', at: '2024-03-09T10:00:00Z', kind: claim.kind, code: claim.code, text: claim.text };
    writeFileSync(path.join(dir, '.factdesk/drafts/a.md.json'), JSON.stringify({ version: 1, marks: { [claim.fingerprint]: mark } }));
    const result = await runCli(['check', '--fail-on', 'warning', '-f', 'json', 'drafts/a.md'], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files[0].claims[0]).toMatchObject({ verified: true, verifiedBy: 'desk' });
    writeFileSync(path.join(dir, '.factdesk/drafts/a.md.json'), '{ nope');
    const corrupt = await runCli(['check', 'drafts/a.md'], dir);
    expect(corrupt.code).toBe(0);
    expect(corrupt.stderr).toMatch(/^factdesk: \.factdesk\/drafts\/a\.md\.json is not valid JSON .* Its marks were not applied\.\n$/);
  });
});

describe('factdesk check: formats and progress', () => {
  it('writes each format', async () => {
    const dir = dirWith({ 'a b.md': LINKED });
    const json = JSON.parse((await runCli(['check', '-f', 'json', 'a b.md'], dir)).stdout);
    expect(json).toMatchObject({ version: 1, files: [{ path: 'a b.md', dateline: null }] });
    expect(json.files[0].claims[0]).toMatchObject({ kind: 'link', code: 'link-placeholder', url: '#', verified: false, range: { start: { line: 0, character: 8 } } });
    const sarif = JSON.parse((await runCli(['check', '-f', 'sarif', 'a b.md'], dir)).stdout);
    assertValidSarif(sarif);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('a%20b.md');
    const markdown = (await runCli(['check', '-f', 'markdown', 'a b.md'], dir)).stdout;
    expect(markdown).toMatch(/^# Fact-check report\n\n## a b\.md\n/);
    expect(markdown).toContain('- [ ] Line 1 · Placeholder link (`link-placeholder`): \\[council minutes\\]\\(\\#\\)');
    const csv = (await runCli(['check', '-f', 'csv', 'a b.md'], dir)).stdout;
    expect(csv.split('\r\n')[1]).toMatch(/^a b\.md,1,9,link,link-placeholder,warning,/);
  });

  it('draws a progress line on a terminal only', async () => {
    const dir = dirWith({ 'a.md': CLEAN, 'b.md': CLEAN });
    const tty = await runCli(['check', 'a.md', 'b.md'], dir, { tty: true });
    expect(tty.stderr).toContain('factdesk: checked 2/2 ');
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    const piped = await runCli(['check', 'a.md', 'b.md'], dir);
    expect(piped.stderr).toBe('');
  });
});
