// End to end on the worked example in ../shared (CI always has it). The claims themselves are the
// scanners' business and tested by their owners; this pins the contract, the formats and exit codes.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../../src/core/claims';
import { runCli } from './runCli';
import { assertValidSarif } from '../core/sarifShape';
import { corpusFile } from '../../../scripts/corpusDir';

const REPO = path.resolve(__dirname, '../../..');
const SEED = corpusFile('seed-article.md');
const SEED_ARG = path.relative(REPO, SEED);

function requireSeed(): string {
  if (!existsSync(SEED)) throw new Error(`the end-to-end CLI test did not run: ${SEED} is missing`);
  return readFileSync(SEED, 'utf8');
}

const CONTRACT_FIELDS = ['kind', 'code', 'severity', 'start', 'end', 'range', 'text', 'message', 'speaker', 'source', 'cue', 'outlet', 'value', 'canonical', 'url', 'verified'];

describe(`factdesk check on ${SEED_ARG}`, () => {
  it('writes the JSON contract: every field, text equal to the file slice, the dateline', async () => {
    const text = requireSeed();
    const result = await runCli(['check', '--format', 'json', SEED_ARG], REPO);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report.version).toBe(1);
    expect(report.files).toHaveLength(1);
    const [file] = report.files;
    expect(file.path).toBe(SEED_ARG.split(path.sep).join('/'));
    expect(file.dateline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(file.claims.length).toBeGreaterThan(0);
    const lineStarts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index! + m[0].length)];
    for (const claim of file.claims) {
      for (const field of CONTRACT_FIELDS) expect(claim, `${claim.code} at ${claim.start}: ${field}`).toHaveProperty(field);
      expect(RULE_CODES).toContain(claim.code);
      expect(['error', 'warning', 'info', 'hint']).toContain(claim.severity);
      expect(claim.text).toBe(text.slice(claim.start, claim.end));
      expect(lineStarts[claim.range.start.line] + claim.range.start.character).toBe(claim.start);
      expect(lineStarts[claim.range.end.line] + claim.range.end.character).toBe(claim.end);
      expect(claim.verified).toBe(false);
      for (const key of ['speaker', 'source', 'cue'] as const) {
        const span = claim[key];
        if (span !== null) expect(span.text, `${claim.code}.${key}`).toBe(text.slice(span.start, span.end));
      }
      if (claim.speaker) expect(typeof claim.speaker.name).toBe('string');
      if (claim.source) expect(typeof claim.source.anonymous).toBe('boolean');
    }
  });

  it('exits 1 with --fail-on warning and 0 by default', async () => {
    requireSeed();
    expect((await runCli(['check', '--fail-on', 'warning', SEED_ARG], REPO)).code).toBe(1);
    expect((await runCli(['check', SEED_ARG], REPO)).code).toBe(0);
  });

  it('writes SARIF 2.1.0 and the Markdown checklist', async () => {
    requireSeed();
    const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', SEED_ARG], REPO)).stdout);
    assertValidSarif(sarif);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    const markdown = (await runCli(['check', '--format', 'markdown', SEED_ARG], REPO)).stdout;
    expect(markdown).toMatch(/^# Fact-check report\n\n## .*seed-article\.md\n\nDateline: \d{4}-\d{2}-\d{2} /);
    expect(markdown).toMatch(/\n\d+ claims · \d+ unverified\n/);
  });

  it('runs as a separate process, exit code and output intact', async () => {
    requireSeed();
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'check', '--fail-on', 'warning', '-f', 'json', SEED_ARG, 'no-such-draft.md'], { cwd: REPO, maxBuffer: 16 << 20 }, (error, stdout, stderr) =>
        resolve({ code: error ? (error as { code?: number }).code ?? null : 0, stdout, stderr }),
      );
    });
    expect(result.stderr).toContain('factdesk: cannot read no-such-draft.md: no such file');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).files).toHaveLength(1);
  });
});
