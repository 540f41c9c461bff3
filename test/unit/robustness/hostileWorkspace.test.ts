/**
 * Issue 14, "done when": a repository holding every hostile input at once (scripts/hostileWorkspace.ts
 * builds it: catastrophic user patterns, 5,000 extra names, /dev/zero and FIFO drafts, a megabyte of
 * unmatched quote marks, links out of the folder and a loop, an unreadable folder, a file name with
 * a newline, UTF-16, unclosed fence and comment, records that are a directory, Latin-1 or a link to
 * a system file). The CLI, as a separate process, must finish with a clear message for each and the
 * ordinary draft's report exactly as when it is checked alone. Timing: `npx tsx scripts/hostileWorkspace.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHostileWorkspace, checkHostileWorkspace, ORDINARY_DRAFT, removeHostileWorkspace } from '../../../scripts/hostileWorkspace';
import { built, runCli, scratch } from '../cli/runCli';

interface JsonFile {
  path: string;
  claims: Array<{ code: string; message: string }>;
  notices?: string[];
}

let ws: string;
beforeAll(() => {
  built('dist/cli.js');
  ws = buildHostileWorkspace();
});
afterAll(() => removeHostileWorkspace(ws));

describe('checking a hostile workspace from the CLI', () => {
  it('reports every other file intact, with one clear message per hostile input', async () => {
    const result = checkHostileWorkspace(ws, 'json');
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'factdesk: .factdesk/drafts/comment.md.json is not valid JSON (invalid symbol at line 1, column 1). Its marks were not applied.',
      'factdesk: .factdesk/drafts/fence.md.json is not UTF-8 text (saved as Latin-1 or Windows-1252?). Its marks were not applied.',
      'factdesk: cannot read .factdesk/drafts/utf16.md.json: is a directory. Its marks were not applied.',
      'factdesk: cannot read drafts/pipe.md: is a named pipe (FIFO), not a file',
      'factdesk: cannot read folder drafts/locked: permission denied; its drafts were not checked',
      'factdesk: skipped drafts/loop: it links outside drafts',
      'factdesk: skipped drafts/private.md: it links outside drafts',
      'factdesk: skipped drafts/zero.md: it links outside drafts',
    ]);
    const files = (JSON.parse(result.stdout) as { files: JsonFile[] }).files;
    const byPath = new Map(files.map((f) => [f.path, f]));
    expect([...byPath.keys()]).toEqual(['drafts/comment.md', 'drafts/fence.md', 'drafts/guillemets.md', 'drafts/long-words.md', 'drafts/name\nwith newline.md', 'drafts/normal.md', 'drafts/quotes.md', 'drafts/utf16.md']);

    const { dir, cleanup } = scratch({ 'normal.md': ORDINARY_DRAFT });
    try {
      const alone = (JSON.parse((await runCli(['check', '-f', 'json', 'normal.md'], dir)).stdout) as { files: JsonFile[] }).files[0];
      expect(byPath.get('drafts/normal.md')!.claims).toEqual(alone.claims);
      expect(byPath.get('drafts/name\nwith newline.md')!.claims).toEqual(alone.claims);
      expect(byPath.get('drafts/utf16.md')!.claims.map((c) => c.message)).toEqual(alone.claims.map((c) => c.message));
    } finally {
      cleanup();
    }
    expect(byPath.get('drafts/long-words.md')!.claims.map((c) => c.message)).toEqual(['Named system "Zephyr Mark 4999": check the designation']);
    for (const marks of ['drafts/guillemets.md', 'drafts/quotes.md']) {
      expect(byPath.get(marks)!.claims).toHaveLength(1);
      expect(byPath.get(marks)!.claims[0].message).toMatch(/\(\d+ times in this paragraph; only the first is listed\)$/);
    }
    expect(byPath.get('drafts/fence.md')!.notices).toEqual(['An unclosed code fence (```) at line 3 hides the rest of the draft from the check; close it or remove it.']);
    expect(byPath.get('drafts/comment.md')!.notices).toEqual(['An unclosed HTML comment (<!--) at line 3 hides the rest of the draft from the check; close it or remove it.']);
  }, 300_000);
});
