/**
 * A repository holding every hostile input of issue 14 at once, and the CLI run over it.
 * `npx tsx scripts/hostileWorkspace.ts [--keep]` builds it in a temp folder, times
 * `factdesk check drafts/` in each format (dist/cli.js; run `npm run build` first) and prints what a
 * user sees on stderr. test/unit/robustness/hostileWorkspace.test.ts asserts the messages and that
 * the ordinary draft's report is intact; timing is this script's job, not the test's.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const ORDINARY_DRAFT = '# Bridge\n\n"We will rebuild the bridge by spring," Mayor Ana Ortiz said on Tuesday, according to [the council](https://example.org/council).\n';
export const CLI = path.resolve(__dirname, '../dist/cli.js');

/** Builds the workspace; returns its folder. */
export function buildHostileWorkspace(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'factdesk-hostile-'));
  const outside = path.join(root, 'outside');
  const ws = path.join(root, 'newsroom');
  const write = (name: string, content: string | Uint8Array): void => {
    mkdirSync(path.dirname(path.join(ws, name)), { recursive: true });
    writeFileSync(path.join(ws, name), content);
  };
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(outside, 'private.md'), '"Only for the owner," the owner said.\n');
  writeFileSync(path.join(outside, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');

  // Config: patterns that backtracked for minutes, and a list at the bound.
  write('.factdesk.json', JSON.stringify({ systemPatterns: ['(?:\\w?\\w){1,32}!', '(\\w+\\s?)*!', '(?:[a-z]?[a-z]?){1,30}Q'], extraSystems: Array.from({ length: 5000 }, (_, i) => `Zephyr Mark ${i}`) }));
  write('drafts/normal.md', ORDINARY_DRAFT);
  write('drafts/long-words.md', `${'a'.repeat(200)} ${'b'.repeat(120)}x and the Zephyr Mark 4999 flew.\n`);
  write('drafts/guillemets.md', '«'.repeat(750_000)); // 1.5 MB
  write('drafts/quotes.md', '“'.repeat(1_600_000)); // 4.8 MB, under the 5 MB default limit
  write('drafts/utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ORDINARY_DRAFT, 'utf16le')]));
  write('drafts/fence.md', `# Notes\n\n\`\`\`\n${ORDINARY_DRAFT.repeat(20)}`);
  write('drafts/comment.md', `Intro.\n\n<!-- todo\n\n${ORDINARY_DRAFT.repeat(20)}`);
  write('drafts/name\nwith newline.md', ORDINARY_DRAFT);
  write('drafts/locked/hidden.md', ORDINARY_DRAFT);
  symlinkSync('/dev/zero', path.join(ws, 'drafts/zero.md'));
  spawnSync('mkfifo', [path.join(ws, 'drafts/pipe.md')]);
  symlinkSync(path.join(outside, 'private.md'), path.join(ws, 'drafts/private.md'));
  symlinkSync('..', path.join(ws, 'drafts/loop'));
  // Records: a directory, Latin-1 bytes, a link to a system file, a BOM (accepted).
  mkdirSync(path.join(ws, '.factdesk/drafts/utf16.md.json'), { recursive: true });
  write('.factdesk/drafts/fence.md.json', Buffer.from('{"version":1,"marks":{"q":{"note":"caf\u00e9"}}}', 'latin1'));
  symlinkSync(path.join(outside, 'passwd'), path.join(ws, '.factdesk/drafts/comment.md.json'));
  write('.factdesk/drafts/normal.md.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"version":1,"marks":{}}')]));
  // Readable by an unprivileged user (the test runs the CLI as one when it is root), except locked/.
  for (const dir of [root, ws, path.join(ws, 'drafts'), path.join(ws, '.factdesk'), path.join(ws, '.factdesk/drafts')]) chmodSync(dir, 0o755);
  chmodSync(path.join(ws, 'drafts/locked'), 0o000);
  return ws;
}

export function removeHostileWorkspace(ws: string): void {
  chmodSync(path.join(ws, 'drafts/locked'), 0o755);
  rmSync(path.dirname(ws), { recursive: true, force: true });
}

/** Runs the CLI there, as an unprivileged user when root (root reads every folder). */
export function checkHostileWorkspace(ws: string, format: string): { status: number | null; stdout: string; stderr: string; seconds: number } {
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [CLI, 'check', 'drafts/', '--format', format], { cwd: ws, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 600_000, ...asUser });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, seconds };
}

if (require.main === module) {
  const ws = buildHostileWorkspace();
  try {
    for (const format of ['text', 'json', 'sarif']) {
      const { status, stdout, stderr, seconds } = checkHostileWorkspace(ws, format);
      console.log(`--format ${format}: exit ${status}, ${seconds.toFixed(1)} s, ${(stdout.length / 1024).toFixed(0)} KB on stdout`);
      if (format === 'text') console.log(stderr.replace(/^/gm, '  '));
    }
  } finally {
    if (process.argv.includes('--keep')) console.log(`kept ${ws}`);
    else removeHostileWorkspace(ws);
  }
}
