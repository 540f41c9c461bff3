/**
 * What CI and VS Code tasks read from the CLI: `--format github` workflow commands (escaped so a
 * draft cannot start a command of its own), and the `$factdesk` problem matcher contributed in
 * package.json, run over real text output.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core';
import { renderGithub, type ReportFile } from '../../../src/core/report';
import { runCli, scratch } from './runCli';

const DRAFT = '# Bridge\n\n"We will not reopen the bridge before the inspection is complete," a source said.\n\nSee [the report](#).\n';

describe('--format github', () => {
  it('prints one annotation per open finding, with levels, positions and titles', async () => {
    const { dir, cleanup } = scratch({ 'drafts/a.md': DRAFT });
    try {
      const result = await runCli(['check', '-f', 'github', 'drafts'], dir);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines.every((l) => /^::(error|warning|notice) file=drafts\/a\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::\S/.test(l))).toBe(true);
      expect(lines).toContainEqual(expect.stringMatching(/^::warning file=drafts\/a\.md,line=5,col=5,endLine=5,endColumn=20,title=Placeholder link \(link-placeholder\)::/));
      expect(lines.some((l) => l.startsWith('::notice '))).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('escapes draft text and file names, and leaves out verified and ignored claims', () => {
    const text = '"100% sure::\nwe are," Ana Ortiz said.\n';
    const analysis = check(text);
    const tampered = { ...analysis, claims: analysis.claims.map((c) => ({ ...c, message: `${c.message} 100%\n::error::forged` })) };
    const file: ReportFile = { path: 'drafts/a,b:c.md', text, analysis: tampered };
    const out = renderGithub([file]);
    expect(out.split('\n').filter(Boolean).every((l) => l.startsWith('::') && l.includes('file=drafts/a%2Cb%3Ac.md,'))).toBe(true);
    expect(out).toContain('100%25%0A::error::forged');
    expect(out).not.toMatch(/\n::error::forged/);
    const verified = renderGithub([{ ...file, status: () => ({ verified: true }) }]);
    expect(verified).toBe('');
  });
});

describe('the $factdesk problem matcher', () => {
  const matcher = require('../../../package.json').contributes.problemMatchers[0];
  const pattern = new RegExp(matcher.pattern.regexp);

  it('reads every finding line of the text output, and nothing else', async () => {
    const { dir, cleanup } = scratch({ 'drafts/my story.md': DRAFT });
    try {
      const { stdout } = await runCli(['check', 'drafts'], dir);
      const lines = stdout.split('\n');
      const problems = lines.map((l) => pattern.exec(l)).filter((m): m is RegExpExecArray => m !== null);
      const findings = lines.filter((l) => l.startsWith('drafts/my story.md:'));
      expect(problems).toHaveLength(findings.length);
      expect(problems.length).toBeGreaterThan(1);
      const placeholder = problems.find((m) => m[matcher.pattern.code] === 'link-placeholder')!;
      expect([placeholder[matcher.pattern.file], placeholder[matcher.pattern.line], placeholder[matcher.pattern.column], placeholder[matcher.pattern.severity]]).toEqual(['drafts/my story.md', '5', '5', 'warning']);
      expect(placeholder[matcher.pattern.message]).toMatch(/^\S.*\S$/);
      expect(pattern.test(lines[lines.length - 2])).toBe(false);
      expect(pattern.test('drafts/a.md:1:1  info     quote                   Direct quote  (verified)')).toBe(false);
    } finally {
      cleanup();
    }
  });
});
