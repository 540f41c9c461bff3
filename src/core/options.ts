import type { ClaimKind, RuleCode, Severity } from './claims';

export type LanguageId = 'markdown' | 'plaintext';
export type LinkStyle = 'inline' | 'reference' | 'footnote';
/** How the newsroom writes all-digit dates: "07/05/2017" is 5 July (mdy), 7 May (dmy), or flagged as ambiguous. */
export type DateOrder = 'ambiguous' | 'mdy' | 'dmy';

/** Everything a face may tell the engine. All fields are optional; defaults suit a wire story. */
export interface AnalyzeOptions {
  /** 'markdown' (default) or 'plaintext'. Anything else is read as plain text. */
  languageId?: string;
  /** YYYY-MM-DD, given explicitly (CLI --dateline, an evaluation's document date): wins over the document. */
  dateline?: string | null;
  /** YYYY-MM-DD fallback (a config file's `dateline`): used only when neither the document nor `dateline` gives one. */
  defaultDateline?: string | null;
  /** Claim kinds to report; default all. */
  kinds?: Partial<Record<ClaimKind, boolean>>;
  /** Rules switched off (by code). */
  disabledRules?: RuleCode[];
  /** Severity per rule code, overriding the catalogue default. */
  severities?: Partial<Record<RuleCode, Severity>>;
  /** Extra system names recognised verbatim ("Iron Dome", "Starlink"). */
  extraSystems?: string[];
  /** Extra system patterns (RE2 syntax, run by re2js in linear time, matched case-sensitively). */
  systemPatterns?: string[];
  /** Extra phrases that mark a source as anonymous ("a person briefed on"). */
  anonymousPhrases?: string[];
  /** Phrases that name a source well enough for the desk: never treated as anonymous ("the White House press office"). */
  namedSources?: string[];
  /** Order of all-digit dates whose day and month could swap ("07/05/2017"); default 'ambiguous'. */
  dateOrder?: DateOrder;
  /** Report vague time references ("now", "currently", "recently", "in the past", "soon"); default off. */
  presentReferences?: boolean;
}

export interface Dateline {
  /** YYYY-MM-DD */
  value: string;
  /** Where it came from. */
  origin: 'front-matter' | 'text' | 'option';
  /** Range of the date in the document when it came from the text or front matter. */
  start?: number;
  end?: number;
}
