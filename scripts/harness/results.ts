// Reads the results file the in-host mocha suite writes (FACTDESK_TEST_RESULTS). Console output of
// the extension host does not reach us, so this file is the only account of what ran. Accepts the
// mocha JSON reporter's shape ({ tests, failures, pending }) and plain lists of
// { title | fullTitle, state | passed, error | err }.
import { existsSync, readFileSync } from 'node:fs';

export type TestState = 'passed' | 'failed' | 'skipped';

export interface TestResult {
  title: string;
  state: TestState;
  error?: string;
}

type Raw = Record<string, unknown>;

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value || undefined;
  if (value && typeof value === 'object') {
    const { message, stack } = value as Raw;
    if (typeof stack === 'string' && stack) return stack;
    if (typeof message === 'string' && message) return message;
  }
  return undefined;
}

function normalise(raw: Raw, failedTitles: Set<string>, pendingTitles: Set<string>): TestResult {
  const title = String(raw.fullTitle ?? raw.title ?? '(untitled)');
  const error = text(raw.error) ?? text(raw.err);
  let state: TestState;
  if (raw.state === 'passed' || raw.state === 'failed') state = raw.state;
  else if (raw.state === 'pending' || raw.state === 'skipped' || raw.pending === true || pendingTitles.has(title)) state = 'skipped';
  else if (typeof raw.passed === 'boolean') state = raw.passed ? 'passed' : 'failed';
  else state = error || failedTitles.has(title) ? 'failed' : 'passed';
  return { title, state, ...(error && state === 'failed' ? { error } : {}) };
}

export function readResults(file: string): TestResult[] | undefined {
  if (!existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const root = (Array.isArray(parsed) ? { tests: parsed } : parsed) as Raw;
  const list = (key: string) => (Array.isArray(root[key]) ? (root[key] as Raw[]) : []);
  const titles = (key: string) => new Set(list(key).map((t) => String(t.fullTitle ?? t.title)));
  const tests = list('tests').length ? list('tests') : [...list('passes'), ...list('failures'), ...list('pending')];
  return tests.map((t) => normalise(t, titles('failures'), titles('pending')));
}

/** Prints one line per test (and the error under each failure); returns the failure count. */
export function printResults(results: TestResult[]): number {
  const mark = { passed: '  ✔', failed: '  ✘', skipped: '  - (skipped)' } as const;
  for (const r of results) {
    console.log(`${mark[r.state]} ${r.title}`);
    if (r.error) console.log(r.error.split('\n').map((l) => `      ${l}`).join('\n'));
  }
  const count = (s: TestState) => results.filter((r) => r.state === s).length;
  console.log(`\n${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`);
  return count('failed');
}
