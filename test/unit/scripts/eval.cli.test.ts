import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function runEval(args: string[]) {
  return spawnSync(TSX, ['scripts/eval.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

function corpusFile(): string {
  const text = 'The council met on Friday and voted for the plan in 2016, officials said.';
  const span = (words: string, extra: Record<string, unknown>) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, text: words, ...extra };
  };
  const doc = {
    id: 'mine-1',
    source: 'test',
    text,
    dct: '2018-05-11',
    spans: [
      span('Friday', { type: 'timex', timex_type: 'DATE', value: '2018-05-11' }),
      span('2016', { type: 'timex', timex_type: 'DATE', value: '2016' }),
      span('officials', { type: 'speaker' }),
    ],
  };
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-eval-'));
  const file = join(dir, 'tiny.jsonl');
  writeFileSync(file, `${JSON.stringify(doc)}\n`);
  return file;
}

describe('npm run eval', () => {
  it('scores the shipped engine on a corpus file and prints JSON', () => {
    const result = runEval([corpusFile(), '--json']);
    expect(result.status).toBe(0);
    const [file] = JSON.parse(result.stdout).files;
    expect(file.docs).toBe(1);
    expect(file.dates).toMatchObject({ p: 1, r: 1, f1: 1, gold: 2 });
    expect(file.dateValues).toEqual({ matched: 2, right: 2, accuracy: 1 });
    expect(file.quotes.strict.p).toBeNull();
  });

  it('prints a table and error examples with context', () => {
    const result = runEval([corpusFile(), '--errors', '3']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/dates \(relaxed, R on DATE\)\s+1\.000\s+1\.000\s+1\.000/);
    expect(result.stdout).toContain('date value accuracy');
  });

  it('exits 2 with the usage on bad arguments', () => {
    const result = runEval(['--errors', 'many']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run eval');
  });
});
