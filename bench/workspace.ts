/**
 * The desk-sized case: 2,000 drafts (about 1,000,000 words) in one folder, checked by the CLI
 * (`factdesk check <dir>`, in a child process) and by the workspace check's engine path (worker
 * threads, bench/child/workspace-engine.ts, with typing re-checks on the main thread meanwhile).
 * Wall time, CPU time and peak memory (max RSS) of the process, worker threads included: on a
 * machine shared with other work, CPU time shows the cost when wall time is inflated by waiting.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDrafts, buildDocument, countWords } from './corpus';

const ROOT = resolve(__dirname, '..');

export interface WorkspaceFigures {
  drafts: number;
  words: number;
  cli: { wallMs: number; cpuMs: number; maxRssMB: number };
  command: { wallMs: number; cpuMs: number; maxRssMB: number; workers: number; claims: number; keystroke: { runs: number; median: number; p95: number } };
}

export function workspaceBench(tmp: string, drafts = 2000, wordsEach = 500): WorkspaceFigures {
  const dir = join(tmp, 'desk');
  mkdirSync(dir);
  let words = 0;
  buildDrafts(drafts, wordsEach).forEach((text, i) => {
    words += countWords(text);
    writeFileSync(join(dir, `draft-${String(i).padStart(4, '0')}.md`), text);
  });
  const typing = join(tmp, 'typing.md');
  writeFileSync(typing, buildDocument(10_000));

  // The CLI under /usr/bin/time for its wall time (%e, s), peak RSS (%M, KB) and CPU time (%U + %S, s).
  const timeFile = join(tmp, 'time.txt');
  execFileSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timeFile, process.execPath, join(ROOT, 'dist/cli.js'), 'check', dir, '--format', 'json'], { cwd: tmp, stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
  const [seconds, kb, user, system] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number) as number[];

  const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'child', 'workspace-engine.ts'), dir, join(ROOT, 'dist/draftWorker.js'), typing], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  const command = JSON.parse(out) as WorkspaceFigures['command'];
  return { drafts, words, cli: { wallMs: seconds * 1000, cpuMs: (user + system) * 1000, maxRssMB: kb / 1024 }, command };
}
