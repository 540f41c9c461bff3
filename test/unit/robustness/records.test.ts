/**
 * Issue 14, items 5 and 7: no mark is lost when many are made at once — in one window or in two —
 * and both faces (the CLI here, the extension in test/integration/suite/records.test.ts) read and
 * refuse a records file the same way: a BOM is fine, Latin-1 bytes are refused and never rewritten,
 * a directory or unreadable file is reported.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRecords, parseRecordsBytes, RecordsError, serializeRecords, upsertMark, type VerificationMark } from '../../../src/core/records';
import { SerialQueue, updateRecordsFile } from '../../../src/core/recordsUpdate';
import { nodeRecordsFile } from '../../../src/node/recordsFile';
import { runCli, scratch } from '../cli/runCli';

const run = promisify(execFile);
const MARK_MANY = path.join(__dirname, 'fixtures/markMany.ts');
const DRAFT = '"We will rebuild the bridge by spring," Mayor Ana Ortiz said.\n';

function mark(by: string): VerificationMark {
  return { state: 'verified', by, at: '2026-12-01T00:00:00Z', kind: 'quote', code: 'quote', text: 'x' };
}

let dirs: string[] = [];
afterEach(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  dirs = [];
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'factdesk-records-'));
  dirs.push(dir);
  return dir;
}

describe('item 5: concurrent marks', () => {
  it('keeps all 100 marks made at once from two stores in one process', async () => {
    const file = path.join(tempDir(), '.factdesk/a.md.json');
    const stores = [new SerialQueue(), new SerialQueue()];
    await Promise.all(
      Array.from({ length: 100 }, (_, i) => {
        const store = stores[i % 2];
        return store.run(file, () => updateRecordsFile(nodeRecordsFile(file), 'a.md.json', (r) => upsertMark(r, `quote:${i}`, mark(`store${i % 2}`))));
      }),
    );
    expect(Object.keys(parseRecords(readFileSync(file, 'utf8'), 'x').marks)).toHaveLength(100);
    expect(readdirSync(path.dirname(file))).toEqual(['a.md.json']);
  }, 60_000);

  it('keeps all 100 marks made at once by two processes (two windows)', async () => {
    const file = path.join(tempDir(), '.factdesk/a.md.json');
    const window = (prefix: string): Promise<{ stdout: string }> => run(process.execPath, ['--import', 'tsx', MARK_MANY, file, prefix, '50']);
    const results = await Promise.all([window('left'), window('right')]);
    expect(results.map((r) => r.stdout)).toEqual(['done\n', 'done\n']);
    const marks = parseRecords(readFileSync(file, 'utf8'), 'x').marks;
    expect(Object.keys(marks)).toHaveLength(100);
    expect(Object.values(marks).filter((m) => m.by === 'left')).toHaveLength(50);
    expect(readdirSync(path.dirname(file))).toEqual(['a.md.json']);
  }, 120_000);

  it('re-applies a change when the file changed between reading and renaming', async () => {
    const file = path.join(tempDir(), 'a.md.json');
    writeFileSync(file, serializeRecords(upsertMark(parseRecords('', 'x'), 'quote:first', mark('one'))));
    const io = nodeRecordsFile(file);
    let interfered = false;
    const racing = {
      ...io,
      async replaceIf(expected: Uint8Array | undefined, text: string): Promise<boolean> {
        if (!interfered) {
          // Another writer (an older Factdesk, git) lands its mark in between.
          interfered = true;
          writeFileSync(file, serializeRecords(upsertMark(parseRecordsBytes(readFileSync(file), 'x'), 'quote:other', mark('two'))));
        }
        return io.replaceIf(expected, text);
      },
    };
    await updateRecordsFile(racing, 'a.md.json', (r) => upsertMark(r, 'quote:mine', mark('three')));
    expect(Object.keys(parseRecords(readFileSync(file, 'utf8'), 'x').marks).sort()).toEqual(['quote:first', 'quote:mine', 'quote:other']);
  });
});

describe('item 7: records read and refused the same way', () => {
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(serializeRecords(upsertMark(parseRecords('', 'x'), 'quote:a', mark('desk'))))]);
  const latin1 = Buffer.from(serializeRecords(upsertMark(parseRecords('', 'x'), 'quote:a', { ...mark('desk'), note: 'caf\u00e9' })), 'latin1');

  it('accepts a UTF-8 BOM and refuses Latin-1 bytes', () => {
    expect(Object.keys(parseRecordsBytes(bom, '.factdesk/a.md.json').marks)).toEqual(['quote:a']);
    expect(() => parseRecordsBytes(latin1, '.factdesk/a.md.json')).toThrow(new RecordsError('corrupt', '.factdesk/a.md.json is not UTF-8 text (saved as Latin-1 or Windows-1252?).'));
  });

  it('never rewrites a Latin-1 records file when a mark is made', async () => {
    const file = path.join(tempDir(), 'a.md.json');
    writeFileSync(file, latin1);
    await expect(updateRecordsFile(nodeRecordsFile(file), 'a.md.json', (r) => upsertMark(r, 'quote:b', mark('x')))).rejects.toThrow('is not UTF-8 text');
    expect(readFileSync(file).equals(latin1)).toBe(true);
  });

  it('refuses to write where the records file is a directory', async () => {
    const file = path.join(tempDir(), 'a.md.json');
    mkdirSync(file);
    await expect(updateRecordsFile(nodeRecordsFile(file), 'a.md.json', (r) => r)).rejects.toThrow('is a directory');
  });

  it('the CLI applies a records file with a BOM and reports a directory or Latin-1 file', async () => {
    const { dir, cleanup } = scratch({ 'a.md': DRAFT });
    try {
      const claim = JSON.parse((await runCli(['check', '-f', 'json', 'a.md'], dir)).stdout).files[0].claims[0];
      const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ version: 1, marks: { [claim.fingerprint]: { ...mark('desk'), kind: claim.kind, code: claim.code } } }))]);
      mkdirSync(path.join(dir, '.factdesk'));
      writeFileSync(path.join(dir, '.factdesk/a.md.json'), withBom);
      const applied = await runCli(['check', '-f', 'json', 'a.md'], dir);
      expect(applied.stderr).toBe('');
      expect(JSON.parse(applied.stdout).files[0].claims[0]).toMatchObject({ verified: true, verifiedBy: 'desk' });
      writeFileSync(path.join(dir, '.factdesk/a.md.json'), latin1);
      expect((await runCli(['check', 'a.md'], dir)).stderr).toBe('factdesk: .factdesk/a.md.json is not UTF-8 text (saved as Latin-1 or Windows-1252?). Its marks were not applied.\n');
      rmSync(path.join(dir, '.factdesk/a.md.json'));
      mkdirSync(path.join(dir, '.factdesk/a.md.json'));
      expect((await runCli(['check', 'a.md'], dir)).stderr).toBe('factdesk: cannot read .factdesk/a.md.json: is a directory. Its marks were not applied.\n');
    } finally {
      cleanup();
    }
  });
});
