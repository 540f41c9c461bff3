import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratchDirs } from './runCli';
import { assertValidSarif } from '../core/sarifShape';

// Invented draft and sources.
const TRANSCRIPT = 'Q: Will the fares go up this year?\n\nORTIZ: We are not discussing any new fares this year. The budget is settled.\n';
const DRAFT = [
  '"We are not talking about any new fares this year," Mayor Lena Ortiz said.',
  '',
  '"The budget is settled," she added.',
  '',
  '"The ferry will run all night from spring," Ortiz said.',
  '',
].join('\n');

const dirWith = scratchDirs();

interface JsonMatchOut {
  status: string;
  file: string | null;
  line: number | null;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}
interface JsonClaimOut {
  code: string;
  text: string;
  match: JsonMatchOut | null;
}

async function quotes(args: string[], dir: string): Promise<{ claims: JsonClaimOut[]; stderr: string; code: number }> {
  const result = await runCli(['check', '--format', 'json', ...args], dir);
  const report = JSON.parse(result.stdout) as { files: Array<{ claims: JsonClaimOut[] }> };
  return { claims: report.files[0].claims.filter((c) => c.code.startsWith('quote')), stderr: result.stderr, code: result.code };
}

describe('factdesk check: quotes against sources', () => {
  it('the default sources/ folder: JSON match with file, line, offsets into the source and speaker', async () => {
    const dir = dirWith({ 'draft.md': DRAFT, 'sources/briefing.txt': TRANSCRIPT });
    const { claims, stderr } = await quotes(['draft.md'], dir);
    expect(stderr).toBe('');
    expect(claims.map((c) => [c.code, c.match?.status])).toEqual([
      ['quote-altered', 'altered'],
      ['quote', 'verbatim'],
      ['quote-not-in-source', 'not-found'],
    ]);
    const m = claims[1].match!;
    expect(m).toMatchObject({ file: 'sources/briefing.txt', line: 3, speaker: 'ORTIZ', text: 'The budget is settled' });
    expect(TRANSCRIPT.slice(m.start, m.end)).toBe('The budget is settled');
  });

  it('no sources: every match is null', async () => {
    const dir = dirWith({ 'draft.md': DRAFT });
    const { claims } = await quotes(['draft.md'], dir);
    expect(claims.every((c) => c.match === null)).toBe(true);
    expect(claims.map((c) => c.code)).toEqual(['quote', 'quote', 'quote']);
  });

  it('--sources GLOB, a config "sources" key, and a file linked from the draft', async () => {
    const dir = dirWith({ 'draft.md': DRAFT, 'evidence/briefing.srt': '1\n00:00:01,000 --> 00:00:04,000\nORTIZ: The budget is settled.\n', 'team.json': JSON.stringify({ sources: ['evidence/*.srt'] }) });
    expect((await quotes(['--sources', 'evidence/**', 'draft.md'], dir)).claims[1].match).toMatchObject({ status: 'verbatim', file: 'evidence/briefing.srt', line: 3 });
    expect((await quotes(['--config', 'team.json', 'draft.md'], dir)).claims[1].match?.file).toBe('evidence/briefing.srt');
    const linked = dirWith({ 'drafts/a.md': `${DRAFT}\nFrom the [transcript](../notes/briefing.txt).\n`, 'notes/briefing.txt': TRANSCRIPT });
    expect((await quotes(['drafts/a.md'], linked)).claims[1].match?.file).toBe('notes/briefing.txt');
  });

  it('SARIF gives the source passage as a related location; Markdown and CSV show the match', async () => {
    const dir = dirWith({ 'draft.md': DRAFT, 'sources/briefing.txt': TRANSCRIPT });
    const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', 'draft.md'], dir)).stdout);
    assertValidSarif(sarif);
    const altered = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'quote-altered');
    expect(altered.relatedLocations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'sources/briefing.txt' }, region: { startLine: 3, snippet: { text: 'We are not discussing any new fares this year' } } });
    const markdown = (await runCli(['check', '--format', 'markdown', 'draft.md'], dir)).stdout;
    expect(markdown).toContain('  - Match: altered · sources/briefing.txt line 3 · ORTIZ — We are not ~~discussing~~ **talking about** any new fares this year');
    expect(markdown).toContain('  - Match: not found in the sources');
    const csv = (await runCli(['check', '--format', 'csv', 'draft.md'], dir)).stdout;
    expect(csv.split('\r\n')[0].endsWith(',match')).toBe(true);
    expect(csv).toContain(',verbatim · sources/briefing.txt line 3 · ORTIZ\r\n');
  });

  it('refuses binary, non-UTF-8, directory and outside-the-workspace sources with a message, and checks against the rest', async () => {
    const outside = dirWith({ 'secret.txt': 'The budget is settled.\n' });
    const dir = dirWith({
      'draft.md': `${DRAFT}\nSee [notes](notes) and [the file](../${path.basename(outside)}/secret.txt).\n`,
      'sources/briefing.txt': TRANSCRIPT,
      'sources/recording.txt': new Uint8Array([0x49, 0x44, 0x33, 0x00, 0x01]),
      'sources/latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    });
    mkdirSync(path.join(dir, 'notes'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'sources', 'link.txt'));
    const { claims, stderr, code } = await quotes(['draft.md'], dir);
    expect(code).toBe(0);
    expect(stderr).toContain('factdesk: source skipped sources/recording.txt: it contains NUL bytes, so it looks like a binary file, not a source\n');
    expect(stderr).toContain('factdesk: source skipped sources/latin1.txt: it is not valid UTF-8 text');
    expect(stderr).toContain('factdesk: source notes is a directory, not a file');
    expect(stderr).toMatch(/factdesk: source sources\/link\.txt is outside the workspace/);
    expect(stderr).toMatch(/factdesk: source \.\.\/.*secret\.txt is outside the workspace/);
    expect(claims[1].match?.file).toBe('sources/briefing.txt');
  });

  it('a source over the size limit is refused, not read', async () => {
    const dir = dirWith({ 'draft.md': DRAFT, 'sources/briefing.txt': TRANSCRIPT });
    writeFileSync(path.join(dir, 'sources/huge.txt'), Buffer.alloc(21 * 1024 * 1024, 0x61));
    const { stderr, claims } = await quotes(['draft.md'], dir);
    expect(stderr).toContain('factdesk: source skipped sources/huge.txt: 21 MB is over the 20 MB limit for a source\n');
    expect(claims[1].match?.status).toBe('verbatim');
  });
});
