import type { Analysis } from '../analyze';
import type { Claim } from '../claims';

/** What a fact-checker recorded about one claim (from the verification records). */
export interface ClaimStatus {
  verified: boolean;
  ignored?: boolean;
  by?: string;
  at?: string;
  note?: string;
  /** The source link the checker confirmed against. */
  link?: string;
}

/** One checked document, as every report renderer takes it. */
export interface ReportFile {
  /** Shown as written; reports use forward slashes. */
  path: string;
  /** The exact text that was analyzed: ranges and claim text are computed from it. */
  text: string;
  /** What the engine found; reports need no more than this. */
  analysis: Pick<Analysis, 'claims' | 'dateline' | 'notices'>;
  /** Verification state per claim; absent means nothing is recorded (every claim unverified). */
  status?: (claim: Claim) => ClaimStatus | undefined;
}

export function statusOf(file: ReportFile, claim: Claim): ClaimStatus {
  return file.status?.(claim) ?? { verified: false };
}

/** A claim still needs work unless it was verified or deliberately ignored. */
export function isOpen(status: ClaimStatus): boolean {
  return !status.verified && !status.ignored;
}

/** Report paths use forward slashes on every platform, so reports diff the same on Windows. */
export function reportPath(path: string): string {
  return path.replace(/\\/g, '/');
}

/** "1 claim", "3 claims". */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
