/**
 * Command-line arguments → a typed request. Hand-written rather than node:util's parseArgs so every
 * mistake gets a message that names the flag and what it accepts.
 */
import { isIsoDay } from '../core/config';
import { REPORT_FORMATS, type ReportFormat } from '../core/report';

export type FailOn = 'error' | 'warning' | 'never';
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

export const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;

export interface CheckRequest {
  command: 'check';
  patterns: string[];
  format: ReportFormat;
  dateline?: string;
  failOn: FailOn;
  config?: string;
  maxSize: number;
  /** --sources globs (repeatable), relative to the working directory; absent means the config's or the defaults. */
  sources?: string[];
}

export type ParsedArgs = CheckRequest | { command: 'help' } | { command: 'version' } | { command: 'usage-error'; message: string };

const VALUE_FLAGS = ['--format', '--dateline', '--fail-on', '--config', '--max-size', '--sources'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];
const SHORT: Record<string, ValueFlag | '--help' | '--version'> = { '-f': '--format', '-c': '--config', '-h': '--help', '-v': '--version', '-V': '--version' };

/** "5MB", "500k", "1048576" → bytes. */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const scale = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(m[1]) * scale);
  return bytes > 0 ? bytes : undefined;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const error = (message: string): ParsedArgs => ({ command: 'usage-error', message });
  if (argv.length === 0) return error('no command given');
  const values: Partial<Record<ValueFlag, string>> = {};
  const positionals: string[] = [];
  const sources: string[] = [];
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = SHORT[eq === -1 ? arg : arg.slice(0, eq)] ?? (eq === -1 ? arg : arg.slice(0, eq));
    if (name === '--help') return { command: 'help' };
    if (name === '--version') return { command: 'version' };
    if (!(VALUE_FLAGS as readonly string[]).includes(name)) return error(`unknown option ${arg}`);
    const flag = name as ValueFlag;
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') return error(`${flag} needs a value`);
    if (flag === '--sources') sources.push(value);
    values[flag] = value;
  }

  const [command, ...patterns] = positionals;
  if (command === 'help') return { command: 'help' };
  if (command === 'version') return { command: 'version' };
  if (command !== 'check') return error(command === undefined ? 'no command given' : `unknown command "${command}"`);
  if (patterns.length === 0) return error('check needs at least one file, directory or glob');

  const format = values['--format'] ?? 'text';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) return error(`--format must be one of ${REPORT_FORMATS.join(', ')}, not "${format}"`);
  const failOn = values['--fail-on'] ?? 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) return error(`--fail-on must be one of ${FAIL_ON.join(', ')}, not "${failOn}"`);
  const dateline = values['--dateline'];
  if (dateline !== undefined && !isIsoDay(dateline)) return error(`--dateline must be a date written YYYY-MM-DD, not "${dateline}"`);
  let maxSize = DEFAULT_MAX_SIZE;
  if (values['--max-size'] !== undefined) {
    const parsed = parseSize(values['--max-size']);
    if (parsed === undefined) return error(`--max-size must be a size such as 5MB, 800KB or 100000, not "${values['--max-size']}"`);
    maxSize = parsed;
  }
  const request: CheckRequest = { command: 'check', patterns, format: format as ReportFormat, dateline, failOn: failOn as FailOn, config: values['--config'], maxSize };
  if (sources.length > 0) request.sources = sources;
  return request;
}
