/**
 * Issue 14, items 2, 3, 6 and 8: what a hostile or careless repository puts in front of the CLI.
 * Each test builds the attack in a scratch folder and asserts what the user sees: the bad input is
 * refused with a message naming it, and every other file is still reported. The test timeout is the
 * hang detector (a FIFO draft used to block forever, a /dev/zero link to fill the disk).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../../src/core';
import { jsonReportChunks, renderMarkdown, toJsonReport, type ReportFile } from '../../../src/core/report';
import { fileSizeLimit, MAX_FILE_SIZE_LIMIT } from '../../../src/extension/effectiveConfig';
import { parseSourcesRegistry } from '../../../src/extension/knownSources';
import { readRegularFile } from '../../../src/node/safeRead';
import { built, runCli, scratch } from '../cli/runCli';

const CLI = built('dist/cli.js');
const DRAFT = '"We will rebuild the bridge by spring," Mayor Ana Ortiz said on Tuesday.\n';
// Generous: the hang detector, not a speed assertion (a loaded 2-core machine runs these 10× slower).
const TIMEOUT_MS = 240_000;

let cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function folder(files: Record<string, string | Uint8Array>): string {
  const { dir, cleanup } = scratch(files);
  cleanups.push(cleanup);
  return dir;
}

function paths(stdout: string): string[] {
  return (JSON.parse(stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path);
}

describe('item 2: devices and FIFOs', () => {
  it('refuses a draft linked to /dev/zero and a FIFO draft, and checks the rest', async () => {
    const dir = folder({ 'drafts/ok.md': DRAFT });
    symlinkSync('/dev/zero', path.join(dir, 'drafts/zero.md'));
    execFileSync('mkfifo', [path.join(dir, 'drafts/pipe.md')]);
    const result = await runCli(['check', '-f', 'json', 'drafts'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('factdesk: cannot read drafts/pipe.md: is a named pipe (FIFO), not a file\n');
    // The link stays inside drafts/ by name but resolves outside it: skipped before it is ever opened.
    expect(result.stderr).toContain('factdesk: skipped drafts/zero.md: it links outside drafts\n');
    expect(paths(result.stdout)).toEqual(['drafts/ok.md']);
    const named = await runCli(['check', '-f', 'json', 'drafts/zero.md', 'drafts/ok.md'], dir);
    expect(named.stderr).toBe('factdesk: cannot read drafts/zero.md: is a device, not a file\n');
    expect(paths(named.stdout)).toEqual(['drafts/ok.md']);
  }, TIMEOUT_MS);

  it('counts bytes while reading: a file whose stated size is 0 stops at the limit', async () => {
    // Files in /proc state a size of 0 and hold more, as a device does: the stated size cannot be trusted.
    const result = await readRegularFile('/proc/self/status', 64);
    expect(result).toEqual({ problem: 'it grew past the 64 bytes limit while being read', reason: 'too-large' });
    const whole = await readRegularFile('/proc/self/status', 1024 * 1024);
    expect('bytes' in whole && whole.bytes.length).toBeGreaterThan(64);
  });

  it('refuses a FIFO as config and as records file instead of blocking', async () => {
    const dir = folder({ 'a.md': DRAFT });
    execFileSync('mkfifo', [path.join(dir, '.factdesk.json')]);
    const config = await runCli(['check', 'a.md'], dir);
    expect(config.code).toBe(2);
    expect(config.stderr).toBe('factdesk: cannot read config .factdesk.json: is a named pipe (FIFO), not a file\n');
    const records = folder({ 'a.md': DRAFT });
    mkdirSync(path.join(records, '.factdesk'));
    execFileSync('mkfifo', [path.join(records, '.factdesk/a.md.json')]);
    const result = await runCli(['check', 'a.md'], records);
    expect(result.stderr).toBe('factdesk: cannot read .factdesk/a.md.json: is a named pipe (FIFO), not a file. Its marks were not applied.\n');
    expect(result.stdout).toContain('a.md:1:1');
  }, TIMEOUT_MS);
});

describe('item 3: output bounded and streamed', () => {
  it('folds 1 MB of « into one finding with a count, and the other file keeps its report', async () => {
    const dir = folder({ 'a.md': DRAFT, 'guillemets.md': '«'.repeat(1_500_000) });
    const result = await runCli(['check', '-f', 'json', 'a.md', 'guillemets.md'], dir);
    const report = JSON.parse(result.stdout) as { files: Array<{ path: string; claims: Array<{ code: string; message: string }> }> };
    expect(report.files.map((f) => f.path)).toEqual(['a.md', 'guillemets.md']);
    expect(report.files[0].claims.length).toBeGreaterThan(0);
    expect(report.files[1].claims).toHaveLength(1);
    expect(report.files[1].claims[0].message).toMatch(/^This quotation mark is never closed\. \(\d+ times in this paragraph; only the first is listed\)$/);
    expect(result.stdout.length).toBeLessThan(100_000);
  }, TIMEOUT_MS);

  it('still lists every finding of an ordinary paragraph', () => {
    const text = Array.from({ length: 12 }, (_, i) => `"Line ${i} of the statement holds," Ana Ortiz said.`).join(' ');
    expect(check(text).claims.filter((c) => c.code === 'quote')).toHaveLength(12);
  });

  it('streams JSON that is byte for byte the whole-report JSON', () => {
    const files: ReportFile[] = ['a.md', 'empty.md', 'b.md'].map((name, i) => {
      const text = i === 1 ? '' : `${DRAFT}\n“never closed\n\n\`\`\`\n${'hidden '.repeat(50)}`;
      return { path: name, text, analysis: check(text) };
    });
    expect(files[0].analysis.notices.length).toBe(1);
    expect([...jsonReportChunks(files)].join('')).toBe(`${JSON.stringify(toJsonReport(files), null, 2)}\n`);
    expect([...jsonReportChunks([])].join('')).toBe(`${JSON.stringify(toJsonReport([]), null, 2)}\n`);
  });

  it('writes SARIF for a 1 MB file of “ without running out of memory', async () => {
    const dir = folder({ 'quotes.md': '“'.repeat(1_000_000), 'a.md': DRAFT });
    const result = await runCli(['check', '-f', 'sarif', 'quotes.md', 'a.md'], dir);
    const log = JSON.parse(result.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const uris = new Set(log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect(uris).toEqual(new Set(['quotes.md', 'a.md']));
  }, TIMEOUT_MS);
});

describe('item 6: links out of the folder, loops, echoed content', () => {
  it('skips a link to a file outside the folder, reports a loop once, checks each file once', async () => {
    const outside = folder({ 'secret.md': '"Private words," the owner said.\n' });
    const dir = folder({ 'drafts/a.md': DRAFT, 'drafts/sub/b.md': DRAFT });
    symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'drafts/secret.md'));
    symlinkSync(outside, path.join(dir, 'drafts/elsewhere'));
    symlinkSync('..', path.join(dir, 'drafts/sub/loop'));
    symlinkSync('a.md', path.join(dir, 'drafts/same.md'));
    const result = await runCli(['check', '-f', 'json', 'drafts'], dir);
    expect(paths(result.stdout)).toEqual(['drafts/a.md', 'drafts/sub/b.md']);
    expect(result.stdout).not.toContain('Private words');
    expect(result.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'factdesk: skipped drafts/elsewhere: it links outside drafts',
      'factdesk: skipped drafts/secret.md: it links outside drafts',
      'factdesk: skipped drafts/sub/loop: a link back to drafts (a link loop)',
    ]);
    const globbed = await runCli(['check', '-f', 'json', 'drafts/**/*.md'], dir);
    expect(paths(globbed.stdout)).toEqual(['drafts/a.md', 'drafts/sub/b.md']);
    // The glob library follows the folder link too; the real-path check catches the file either way.
    expect(globbed.stderr).toMatch(/skipped drafts\/(elsewhere\/)?secret\.md: it links outside drafts/);
  }, TIMEOUT_MS);

  it('never echoes the content of a config or records file that does not parse', async () => {
    const secret = folder({ 'shadow': 'root:$6$s3cr3tHash:19000:0:99999:7:::\n' });
    const dir = folder({ 'a.md': DRAFT });
    symlinkSync(path.join(secret, 'shadow'), path.join(dir, '.factdesk.json'));
    const config = await runCli(['check', 'a.md'], dir);
    expect(config.stderr).toBe('factdesk: .factdesk.json is not valid JSON (invalid symbol at line 1, column 1)\n');
    const records = folder({ 'a.md': DRAFT });
    mkdirSync(path.join(records, '.factdesk'));
    symlinkSync(path.join(secret, 'shadow'), path.join(records, '.factdesk/a.md.json'));
    const result = await runCli(['check', 'a.md'], records);
    expect(result.stderr).toBe('factdesk: .factdesk/a.md.json is not valid JSON (invalid symbol at line 1, column 1). Its marks were not applied.\n');
    expect(result.stderr + config.stderr).not.toContain('s3cr3t');
    // The extension's sources registry is read the same way.
    expect(() => parseSourcesRegistry('root:$6$s3cr3tHash:19000', '.factdesk/sources.json')).toThrow(new Error('.factdesk/sources.json is not valid JSON (invalid symbol at line 1, column 1).'));
  });
});

describe('item 8: smaller ones', () => {
  it('escapes a newline in a file name in the text output', async () => {
    const dir = folder({ 'evil\nsrc/x.md:1:1  error  fake.md': DRAFT });
    const result = await runCli(['check', '.'], dir);
    const findings = result.stdout.split('\n').filter((line) => /:\d+:\d+ /.test(line));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((line) => line.startsWith('evil\\nsrc/x.md:1:1  error  fake.md:'))).toBe(true);
  });

  it('decodes UTF-16 drafts that carry a byte-order mark', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DRAFT, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    // Compared with the same draft in UTF-8 with a BOM: both decode to the same text, BOM included.
    const dir = folder({ 'le.md': le, 'be.md': be, 'a.md': `\uFEFF${DRAFT}` });
    const result = await runCli(['check', '-f', 'json', 'le.md', 'be.md', 'a.md'], dir);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { files: Array<{ claims: Array<{ code: string; text: string }> }> };
    const summary = (i: number): string[] => report.files[i].claims.map((c) => `${c.code}:${c.text}`);
    expect(summary(0)).toEqual(summary(2));
    expect(summary(1)).toEqual(summary(2));
  });

  it('keeps bare URLs and e-mail addresses from the draft as text in the Markdown report', () => {
    const text = '"Read it at https://evil.example/phish or www.evil.example," wrote ops@evil.example in a post.\n';
    const markdown = renderMarkdown([{ path: 'a.md', text, analysis: check(text) }]);
    expect(markdown).toContain('https\\://evil.example/phish');
    expect(markdown).toContain('www\\.evil.example');
    expect(markdown).not.toMatch(/https:\/\/evil|[^\\]www\.evil|[^\\]@evil/);
  });

  it('reports a subfolder it cannot read, and checks the rest', () => {
    const dir = folder({ 'drafts/a.md': DRAFT, 'drafts/locked/b.md': DRAFT });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'drafts'), 0o755);
    chmodSync(path.join(dir, 'drafts/a.md'), 0o644);
    chmodSync(path.join(dir, 'drafts/locked'), 0o000);
    // Root reads every folder: run the CLI as an unprivileged user, as CI does.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = spawnSync(process.execPath, [CLI, 'check', 'drafts'], { cwd: dir, encoding: 'utf8', ...asUser });
    chmodSync(path.join(dir, 'drafts/locked'), 0o755);
    expect(result.stderr).toBe('factdesk: cannot read folder drafts/locked: permission denied; its drafts were not checked\n');
    expect(result.stdout).toContain('drafts/a.md:1:1');
    expect(result.status).toBe(2);
  });

  it('says so when an unclosed code fence or comment near the top hides the draft', async () => {
    const hidden = `# Bridge\n\n\`\`\`\n${DRAFT.repeat(5)}`;
    expect(check(hidden).claims).toEqual([]);
    expect(check(hidden).notices).toEqual(['An unclosed code fence (```) at line 3 hides the rest of the draft from the check; close it or remove it.']);
    const comment = `Intro.\n\n<!-- note\n\n${DRAFT.repeat(5)}`;
    expect(check(comment).notices).toEqual(['An unclosed HTML comment (<!--) at line 3 hides the rest of the draft from the check; close it or remove it.']);
    expect(check(`${DRAFT}\n\`\`\`\nconst x = 1;\n\`\`\`\n`).notices).toEqual([]);
    const dir = folder({ 'a.md': hidden });
    expect((await runCli(['check', 'a.md'], dir)).stdout).toContain('a.md: An unclosed code fence (```) at line 3 hides the rest of the draft');
  });

  it('applies verification marks when run from a subfolder, finding .factdesk/ upward', async () => {
    const dir = folder({ 'drafts/a.md': DRAFT });
    const first = JSON.parse((await runCli(['check', '-f', 'json', 'drafts/a.md'], dir)).stdout).files[0].claims[0];
    mkdirSync(path.join(dir, '.factdesk/drafts'), { recursive: true });
    const mark = { state: 'verified', by: 'desk', at: '2026-11-30T10:00:00Z', kind: first.kind, code: first.code, text: first.text };
    writeFileSync(path.join(dir, '.factdesk/drafts/a.md.json'), JSON.stringify({ version: 1, marks: { [first.fingerprint]: mark } }));
    const fromSub = await runCli(['check', '-f', 'json', 'a.md'], path.join(dir, 'drafts'));
    expect(JSON.parse(fromSub.stdout).files[0].claims[0]).toMatchObject({ verified: true, verifiedBy: 'desk' });
  });

  it('bounds factdesk.maxFileSize', () => {
    expect(fileSizeLimit(1e15)).toBe(MAX_FILE_SIZE_LIMIT);
    expect(fileSizeLimit(-1)).toBe(0);
    expect(fileSizeLimit('big')).toBe(2 * 1024 * 1024);
    const setting = require('../../../package.json').contributes.configuration.properties['factdesk.maxFileSize'];
    expect(setting.maximum).toBe(MAX_FILE_SIZE_LIMIT);
  });
});
