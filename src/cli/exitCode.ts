/**
 * Exit codes: 2 when the run itself went wrong (bad usage, an input that could not be read), else 1
 * when an open finding is at or above --fail-on, else 0. Verified or ignored claims never fail a
 * build: a checker has already dealt with them.
 */
import type { Severity } from '../core/claims';
import { isOpen, statusOf, type ReportFile } from '../core/report';
import type { FailOn } from './args';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

export function countFailing(files: readonly ReportFile[], failOn: FailOn): number {
  if (failOn === 'never') return 0;
  const threshold = RANK[failOn];
  let count = 0;
  for (const file of files) {
    for (const claim of file.analysis.claims) if (RANK[claim.severity] >= threshold && isOpen(statusOf(file, claim))) count++;
  }
  return count;
}

export function exitCode(problems: number, failing: number): number {
  if (problems > 0) return EXIT_USAGE;
  return failing > 0 ? EXIT_FINDINGS : EXIT_OK;
}
