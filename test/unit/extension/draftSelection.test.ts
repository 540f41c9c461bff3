import { describe, expect, it } from 'vitest';
import { draftMatcher, enabledExcludes } from '../../../src/extension/draftSelection';

describe('workspace draft selection', () => {
  const isDraft = draftMatcher({ include: ['**/*.{md,markdown,txt}'], exclude: ['archive/**', '**/node_modules', '**/.git', '*.txt'] });

  it('takes drafts by extension anywhere, dotted folders included', () => {
    expect(isDraft('story.md')).toBe(true);
    expect(isDraft('desk/2026/12/fire.markdown')).toBe(true);
    expect(isDraft('.drafts/embargoed.md')).toBe(true);
    expect(isDraft('desk/notes.docx')).toBe(false);
  });

  it('leaves out excluded files and everything under an excluded folder', () => {
    expect(isDraft('archive/2019/old.md')).toBe(false);
    expect(isDraft('lib/node_modules/pkg/README.md')).toBe(false);
    expect(isDraft('.git/COMMIT_EDITMSG.md')).toBe(false);
    expect(isDraft('notes.txt')).toBe(false);
    expect(isDraft('desk/notes.txt')).toBe(true);
  });

  it('reads only the plain true entries of files.exclude', () => {
    expect(enabledExcludes({ '**/.git': true, '**/*.js': { when: '$(basename).ts' }, '**/tmp': false })).toEqual(['**/.git']);
    expect(enabledExcludes(undefined)).toEqual([]);
  });

  it('ignores empty globs, and an empty include list takes nothing', () => {
    expect(draftMatcher({ include: ['**/*.md', ''], exclude: [] })('a.md')).toBe(true);
    expect(draftMatcher({ include: [], exclude: [] })('a.md')).toBe(false);
  });
});
