/**
 * Pure report renderers over checked files, shared by the CLI (`--format`) and the extension's
 * Export command. No file system, no `vscode`: callers read files and write the returned text.
 */
import { renderCsv } from './csv';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { renderSarif, type SarifOptions } from './sarif';
import { renderText } from './text';
import type { ReportFile } from './types';

export type ReportFormat = 'text' | 'json' | 'sarif' | 'markdown' | 'csv';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif', 'markdown', 'csv'];

export function renderReport(format: ReportFormat, files: readonly ReportFile[], options: SarifOptions): string {
  switch (format) {
    case 'text':
      return renderText(files);
    case 'json':
      return renderJson(files);
    case 'sarif':
      return renderSarif(files, options);
    case 'markdown':
      return renderMarkdown(files);
    case 'csv':
      return renderCsv(files);
  }
}

export { renderCsv, csvCell, CSV_COLUMNS } from './csv';
export { renderJson, toJsonReport, JSON_REPORT_VERSION, type JsonReport, type JsonFile, type JsonClaim } from './json';
export { renderMarkdown, claimSummary, escapeMarkdownText } from './markdown';
export { renderSarif, toSarif, sarifLevel, artifactUri, SARIF_SCHEMA, type SarifOptions } from './sarif';
export { renderText } from './text';
export { isOpen, statusOf, type ClaimStatus, type ReportFile } from './types';
