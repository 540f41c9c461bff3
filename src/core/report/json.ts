/**
 * The JSON report: the contract in PRODUCT.md section 4. Tools and the project's evaluation scripts
 * read these fields, so every one is always present (null when it does not apply) and copied field by
 * field: nothing a scanner attaches by accident leaks into the contract.
 */
import type { Claim, ClaimKind, RuleCode, Severity } from '../claims';
import type { NumberValue } from '../numbers/value';
import { LineIndex, type Position } from '../lineIndex';
import type { DiffPart, SourceMatch } from '../sources/types';
import { ARRAY_HOLE, jsonValue, jsonWithArray, type JsonPiece } from './jsonStream';
import { reportPath, statusOf, type ReportFile } from './types';

export const JSON_REPORT_VERSION = 1;

export interface JsonSpan {
  text: string;
  start: number;
  end: number;
}

export interface JsonClaim {
  kind: ClaimKind;
  code: RuleCode;
  severity: Severity;
  start: number;
  end: number;
  range: { start: Position; end: Position };
  text: string;
  message: string;
  speaker: (JsonSpan & { name: string }) | null;
  source: (JsonSpan & { anonymous: boolean }) | null;
  cue: JsonSpan | null;
  outlet: string | null;
  /** date: the normalized date; number: `{amount, unit, currency, per, approx}` (plus `max`, `of`). */
  value: string | NumberValue | null;
  canonical: string | null;
  url: string | null;
  match: JsonMatch | null;
  verified: boolean;
  // Additions beyond the contract:
  fingerprint: string;
  variants?: string[];
  /** number: other mentions of the same quantity; name: the mentions the finding compares. */
  related?: JsonSpan[];
  dateline?: string | null;
  ignored?: boolean;
  verifiedBy?: string;
  verifiedAt?: string;
  note?: string;
  link?: string;
}

/** The contract's match fields, plus (beyond the contract) the word diff of an altered quote. */
export type JsonMatch = Pick<SourceMatch, 'status' | 'file' | 'line' | 'start' | 'end' | 'text' | 'speaker'> & { diff?: DiffPart[] };

function jsonMatch(match: SourceMatch): JsonMatch {
  const out: JsonMatch = { status: match.status, file: match.file, line: match.line, start: match.start, end: match.end, text: match.text, speaker: match.speaker };
  if (match.diff.length > 0) out.diff = match.diff.map((part) => ({ ...part }));
  return out;
}

export interface JsonFile {
  path: string;
  dateline: string | null;
  claims: JsonClaim[];
  /** Messages about the input itself (binary, too large); present only when there are some. */
  notices?: string[];
}

export interface JsonReport {
  version: typeof JSON_REPORT_VERSION;
  files: JsonFile[];
}

function span(s: { text: string; start: number; end: number }): JsonSpan {
  return { text: s.text, start: s.start, end: s.end };
}

function jsonClaim(file: ReportFile, lines: LineIndex, claim: Claim): JsonClaim {
  const status = statusOf(file, claim);
  const out: JsonClaim = {
    kind: claim.kind,
    code: claim.code,
    severity: claim.severity,
    start: claim.start,
    end: claim.end,
    range: { start: lines.positionAt(claim.start), end: lines.positionAt(claim.end) },
    text: file.text.slice(claim.start, claim.end),
    message: claim.message,
    speaker: claim.speaker ? { ...span(claim.speaker), name: claim.speaker.name } : null,
    source: claim.source ? { ...span(claim.source), anonymous: claim.source.anonymous } : null,
    cue: claim.cue ? span(claim.cue) : null,
    outlet: claim.outlet,
    value: claim.quantity ? { ...claim.quantity } : claim.value,
    canonical: claim.canonical,
    url: claim.url,
    match: claim.match ? jsonMatch(claim.match) : null,
    verified: status.verified,
    fingerprint: claim.fingerprint,
  };
  if (claim.variants) out.variants = [...claim.variants];
  if (claim.related) out.related = claim.related.map(span);
  if (claim.dateline !== undefined) out.dateline = claim.dateline;
  if (status.ignored) out.ignored = true;
  if (status.by) out.verifiedBy = status.by;
  if (status.at) out.verifiedAt = status.at;
  if (status.note) out.note = status.note;
  if (status.link) out.link = status.link;
  return out;
}

function jsonFileHead(file: ReportFile): Omit<JsonFile, 'claims'> & { claims: unknown } {
  const head: Omit<JsonFile, 'claims'> & { claims: unknown } = { path: reportPath(file.path), dateline: file.analysis.dateline?.value ?? null, claims: [] };
  if (file.analysis.notices.length > 0) head.notices = [...file.analysis.notices];
  return head;
}

export function toJsonReport(files: readonly ReportFile[]): JsonReport {
  return {
    version: JSON_REPORT_VERSION,
    files: files.map((file) => {
      const lines = new LineIndex(file.text);
      return { ...jsonFileHead(file), claims: file.analysis.claims.map((claim) => jsonClaim(file, lines, claim)) };
    }),
  };
}

function* fileClaims(file: ReportFile): Iterable<JsonPiece> {
  const lines = new LineIndex(file.text);
  for (const claim of file.analysis.claims) yield jsonValue(jsonClaim(file, lines, claim));
}

function* filePieces(files: readonly ReportFile[]): Iterable<JsonPiece> {
  for (const file of files) yield jsonWithArray({ ...jsonFileHead(file), claims: ARRAY_HOLE }, fileClaims(file));
}

/** The report in pieces, claim by claim: what `renderJson` returns, without holding it in one string. */
export function* jsonReportChunks(files: readonly ReportFile[]): Iterable<string> {
  yield* jsonWithArray({ version: JSON_REPORT_VERSION, files: ARRAY_HOLE }, filePieces(files))('');
  yield '\n';
}

export function renderJson(files: readonly ReportFile[]): string {
  return [...jsonReportChunks(files)].join('');
}
