/**
 * Verification records: what a fact-checker has marked verified or ignored in one draft, keyed by
 * claim fingerprint so marks survive edits elsewhere in the text. This module is the file format
 * only — parse, change, serialize — with no file system: the extension stores the text in
 * `.factdesk/<relative path>.json` (or workspace state for untitled drafts) and writes atomically.
 *
 * A file this module cannot read (corrupt JSON, wrong shape, or a newer schema version written by
 * a later Factdesk) is reported as an error, never "repaired": the caller keeps it read-only so the
 * user's records are not lost.
 */
import { isClaimKind, type ClaimKind, type RuleCode } from './claims';
import { parseJsonText } from './jsonText';

export const RECORDS_VERSION = 1;

export type MarkState = 'verified' | 'ignored';

export interface VerificationMark {
  state: MarkState;
  /** Who marked it (the OS user name or a configured name); empty when unknown. */
  by: string;
  /** ISO 8601 timestamp. */
  at: string;
  note?: string;
  /** The source link the checker confirmed against, if any. */
  link?: string;
  /** What the claim was when marked, so a human reading the file knows what it refers to. */
  kind: ClaimKind;
  code: RuleCode;
  text: string;
}

export interface RecordsFile {
  version: typeof RECORDS_VERSION;
  /** fingerprint → mark */
  marks: Record<string, VerificationMark>;
}

export type RecordsProblem = 'corrupt' | 'newer-version';

export class RecordsError extends Error {
  constructor(
    readonly problem: RecordsProblem,
    message: string,
  ) {
    super(message);
    this.name = 'RecordsError';
  }
}

export function emptyRecords(): RecordsFile {
  return { version: RECORDS_VERSION, marks: {} };
}

const STATES: readonly string[] = ['verified', 'ignored'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readMark(fingerprint: string, value: unknown, where: string): VerificationMark {
  const bad = (what: string): RecordsError => new RecordsError('corrupt', `${where}: mark "${fingerprint}" ${what}.`);
  if (!isObject(value)) throw bad('is not an object');
  const { state, by, at, note, link, kind, code, text } = value;
  if (typeof state !== 'string' || !STATES.includes(state)) throw bad('has no valid "state" (verified or ignored)');
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) throw bad('has no valid "at" timestamp');
  if (typeof kind !== 'string' || !isClaimKind(kind)) throw bad('has no valid "kind"');
  if (typeof code !== 'string') throw bad('has no "code"');
  if (by !== undefined && typeof by !== 'string') throw bad('has a non-text "by"');
  if (note !== undefined && typeof note !== 'string') throw bad('has a non-text "note"');
  if (link !== undefined && typeof link !== 'string') throw bad('has a non-text "link"');
  if (text !== undefined && typeof text !== 'string') throw bad('has a non-text "text"');
  const mark: VerificationMark = {
    state: state as MarkState,
    by: by ?? '',
    at,
    kind,
    code: code as RuleCode,
    text: text ?? '',
  };
  if (note !== undefined) mark.note = note;
  if (link !== undefined) mark.link = link;
  return mark;
}

/**
 * Parse a records file. `where` names the file in error messages. Throws `RecordsError` with
 * `problem: 'newer-version'` for a schema this build does not know, `'corrupt'` for anything else
 * it cannot read. An empty (or whitespace-only) file reads as no records.
 */
export function parseRecords(text: string, where: string): RecordsFile {
  if (text.replace(/^\uFEFF/, '').trim() === '') return emptyRecords();
  const parsed = parseJsonText(text);
  if ('error' in parsed) throw new RecordsError('corrupt', `${where} is ${parsed.error}.`);
  const json = parsed.value;
  if (!isObject(json)) throw new RecordsError('corrupt', `${where} does not hold a records object.`);
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new RecordsError('corrupt', `${where} has no valid "version" field.`);
  }
  if (version > RECORDS_VERSION) {
    throw new RecordsError('newer-version', `${where} was written by a newer Factdesk (records version ${version}; this one reads version ${RECORDS_VERSION}).`);
  }
  if (!isObject(json.marks)) throw new RecordsError('corrupt', `${where} has no "marks" object.`);
  const marks: Record<string, VerificationMark> = {};
  for (const [fingerprint, value] of Object.entries(json.marks)) marks[fingerprint] = readMark(fingerprint, value, where);
  return { version: RECORDS_VERSION, marks };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parse a records file from its bytes, as both faces read it: a UTF-8 BOM is fine, anything that is
 * not UTF-8 (a Latin-1 edit) is refused rather than decoded with replacement characters, which the
 * next mark would write back over the user's text.
 */
export function parseRecordsBytes(bytes: Uint8Array, where: string): RecordsFile {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new RecordsError('corrupt', `${where} is not UTF-8 text (saved as Latin-1 or Windows-1252?).`);
  }
  return parseRecords(text, where);
}

/** A copy of `records` with the mark for `fingerprint` set (added or replaced). */
export function upsertMark(records: RecordsFile, fingerprint: string, mark: VerificationMark): RecordsFile {
  return { version: RECORDS_VERSION, marks: { ...records.marks, [fingerprint]: mark } };
}

/** A copy of `records` without the mark for `fingerprint` (unchanged content if there was none). */
export function removeMark(records: RecordsFile, fingerprint: string): RecordsFile {
  const marks = { ...records.marks };
  delete marks[fingerprint];
  return { version: RECORDS_VERSION, marks };
}

/** Stable text: marks sorted by fingerprint, fields in a fixed order, so files diff cleanly in git. */
export function serializeRecords(records: RecordsFile): string {
  const marks: Record<string, VerificationMark> = {};
  for (const fingerprint of Object.keys(records.marks).sort()) {
    const m = records.marks[fingerprint];
    const ordered: VerificationMark = { state: m.state, by: m.by, at: m.at, kind: m.kind, code: m.code, text: m.text };
    if (m.note !== undefined) ordered.note = m.note;
    if (m.link !== undefined) ordered.link = m.link;
    marks[fingerprint] = ordered;
  }
  return JSON.stringify({ version: RECORDS_VERSION, marks }, null, 2) + '\n';
}

/** Where a document's records live, relative to its workspace folder: `.factdesk/<relative path>.json`. */
export function recordsPathFor(relativeDocumentPath: string): string {
  const clean = relativeDocumentPath.replace(/\\/g, '/').replace(/^\/+/, '');
  return `.factdesk/${clean}.json`;
}
