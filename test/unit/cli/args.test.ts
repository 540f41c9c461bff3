import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SIZE, parseArgs, parseSize } from '../../../src/cli/args';

describe('parseArgs', () => {
  it('reads check with defaults', () => {
    expect(parseArgs(['check', 'a.md', 'drafts/*.md'])).toEqual({
      command: 'check',
      patterns: ['a.md', 'drafts/*.md'],
      format: 'text',
      dateline: undefined,
      failOn: 'error',
      config: undefined,
      maxSize: DEFAULT_MAX_SIZE,
    });
  });

  it('reads every flag, with = or a separate value, and short forms', () => {
    expect(parseArgs(['check', '--format=sarif', '--dateline', '2018-05-11', '--fail-on', 'warning', '-c', 'team.json', '--max-size', '2MB', 'a.md'])).toMatchObject({
      format: 'sarif',
      dateline: '2018-05-11',
      failOn: 'warning',
      config: 'team.json',
      maxSize: 2 * 1024 * 1024,
      patterns: ['a.md'],
    });
    expect(parseArgs(['check', '-f', 'json', '--', '--odd-name.md'])).toMatchObject({ format: 'json', patterns: ['--odd-name.md'] });
  });

  it('answers help and version', () => {
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['check', '-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['--version'])).toEqual({ command: 'version' });
  });

  it('explains each usage mistake', () => {
    const message = (argv: string[]): string => {
      const parsed = parseArgs(argv);
      return parsed.command === 'usage-error' ? parsed.message : `no error for ${argv.join(' ')}`;
    };
    expect(message([])).toBe('no command given');
    expect(message(['lint', 'a.md'])).toBe('unknown command "lint"');
    expect(message(['check'])).toBe('check needs at least one file, directory or glob');
    expect(message(['check', '--colour', 'a.md'])).toBe('unknown option --colour');
    expect(message(['check', 'a.md', '--format'])).toBe('--format needs a value');
    expect(message(['check', '--format', 'xml', 'a.md'])).toBe('--format must be one of text, json, sarif, markdown, csv, github, not "xml"');
    expect(message(['check', '--fail-on', 'info', 'a.md'])).toBe('--fail-on must be one of error, warning, never, not "info"');
    expect(message(['check', '--dateline', '2018-02-30', 'a.md'])).toBe('--dateline must be a date written YYYY-MM-DD, not "2018-02-30"');
    expect(message(['check', '--max-size', 'big', 'a.md'])).toMatch(/^--max-size must be a size/);
  });
});

describe('parseSize', () => {
  it('reads bytes and units', () => {
    expect(parseSize('100')).toBe(100);
    expect(parseSize('500k')).toBe(500 * 1024);
    expect(parseSize('1.5 MB')).toBe(1.5 * 1024 * 1024);
    expect(parseSize('0')).toBeUndefined();
    expect(parseSize('-3')).toBeUndefined();
  });
});
