/**
 * SARIF 2.1.0 for code-scanning UIs (GitHub code scanning, the SARIF viewer). Every rule of the
 * catalogue is listed with its help link so a viewer can explain a result without Factdesk installed;
 * fingerprints let those UIs track a finding across commits as the draft is edited.
 */
import { RULES, RULE_CODES, ruleDocUrl, type RuleCode, type Severity } from '../claims';
import { LineIndex } from '../lineIndex';
import { oneLine } from '../text/oneLine';
import { ARRAY_HOLE, jsonValue, jsonWithArray, type JsonPiece } from './jsonStream';
import { isOpen, reportPath, statusOf, type ReportFile } from './types';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const PROJECT_URL = 'https://github.com/factdesk/factdesk';

export type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** "quote-unattributed" → "QuoteUnattributed": SARIF's rule `name` is an identifier-like friendly name. */
function ruleName(code: RuleCode): string {
  return code.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase());
}

/**
 * A SARIF `uri` must be a valid URI reference: relative paths stay relative (resolved against the
 * repository root by code-scanning UIs) with each segment percent-encoded; absolute paths become file URIs.
 */
export function artifactUri(path: string): string {
  const slashed = reportPath(path);
  const encode = (p: string): string => p.split('/').map((seg) => (/^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg))).join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${encode(slashed)}`;
  if (slashed.startsWith('/')) return `file://${encode(slashed)}`;
  return encode(slashed.replace(/^\.\//, ''));
}

export interface SarifOptions {
  /** The Factdesk version that produced the log. */
  toolVersion: string;
}

function sarifRules(): object[] {
  return RULE_CODES.map((code) => {
    const rule = RULES[code];
    return {
      id: code,
      name: ruleName(code),
      shortDescription: { text: rule.title },
      fullDescription: { text: rule.check },
      help: { text: rule.check },
      helpUri: ruleDocUrl(code),
      defaultConfiguration: { level: sarifLevel(rule.severity) },
      properties: { tags: ['fact-check', rule.kind] },
    };
  });
}

function* sarifResults(files: readonly ReportFile[]): Iterable<Record<string, unknown>> {
  for (const file of files) {
    const lines = new LineIndex(file.text);
    const uri = artifactUri(file.path);
    for (const claim of file.analysis.claims) {
      const start = lines.positionAt(claim.start);
      const end = lines.positionAt(claim.end);
      const status = statusOf(file, claim);
      const result: Record<string, unknown> = {
        ruleId: claim.code,
        ruleIndex: RULE_CODES.indexOf(claim.code),
        level: sarifLevel(claim.severity),
        message: { text: oneLine(claim.message) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              region: {
                startLine: start.line + 1,
                startColumn: start.character + 1,
                endLine: end.line + 1,
                // SARIF's endColumn is the column after the region's last character.
                endColumn: end.character + 1,
                charOffset: claim.start,
                charLength: claim.end - claim.start,
                snippet: { text: oneLine(file.text.slice(claim.start, claim.end)) },
              },
            },
          },
        ],
        partialFingerprints: { 'factdesk/v1': claim.fingerprint },
        properties: { kind: claim.kind },
      };
      // A claim a checker verified or ignored is reported as suppressed, so code-scanning UIs close it.
      if (!isOpen(status)) {
        result.suppressions = [{ kind: 'external', status: 'accepted', justification: status.ignored ? 'ignored' : `verified${status.by ? ` by ${status.by}` : ''}` }];
      }
      yield result;
    }
  }
}

/** The log around its results: `results` is `ARRAY_HOLE` or the results themselves. */
function sarifLog(options: SarifOptions, results: unknown): object {
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'factdesk', informationUri: PROJECT_URL, version: options.toolVersion, semanticVersion: options.toolVersion, rules: sarifRules() } },
        // Columns and char offsets count UTF-16 code units, as VS Code and the engine do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function toSarif(files: readonly ReportFile[], options: SarifOptions): object {
  return sarifLog(options, [...sarifResults(files)]);
}

function* resultPieces(files: readonly ReportFile[]): Iterable<JsonPiece> {
  for (const result of sarifResults(files)) yield jsonValue(result);
}

/** The log in pieces, result by result: what `renderSarif` returns, without holding it in one string. */
export function* sarifChunks(files: readonly ReportFile[], options: SarifOptions): Iterable<string> {
  yield* jsonWithArray(sarifLog(options, ARRAY_HOLE), resultPieces(files))('');
  yield '\n';
}

export function renderSarif(files: readonly ReportFile[], options: SarifOptions): string {
  return [...sarifChunks(files, options)].join('');
}
