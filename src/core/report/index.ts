/**
 * Pure report renderers over checked files, shared by the CLI (`--format`) and the extension's
 * Export command. No file system, no `vscode`: callers read files and write the returned text.
 */
import { renderCsv } from './csv';
import { renderGithub } from './github';
import { jsonReportChunks, renderJson } from './json';
import { renderMarkdown } from './markdown';
import { renderSarif, sarifChunks, type SarifOptions } from './sarif';
import { renderText } from './text';
import type { ReportFile } from './types';

export type ReportFormat = 'text' | 'json' | 'sarif' | 'markdown' | 'csv' | 'github';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif', 'markdown', 'csv', 'github'];

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
    case 'github':
      return renderGithub(files);
  }
}

/** The report in pieces: JSON and SARIF claim by claim (a large run never becomes one string), the rest whole. */
export function reportChunks(format: ReportFormat, files: readonly ReportFile[], options: SarifOptions): Iterable<string> {
  if (format === 'json') return jsonReportChunks(files);
  if (format === 'sarif') return sarifChunks(files, options);
  return [renderReport(format, files, options)];
}

export { renderCsv, csvCell, CSV_COLUMNS } from './csv';
export { renderGithub, githubData, githubProperty } from './github';
export { renderJson, jsonReportChunks, toJsonReport, JSON_REPORT_VERSION, type JsonReport, type JsonFile, type JsonClaim } from './json';
export { renderMarkdown, claimSummary, escapeMarkdownText } from './markdown';
export { renderSarif, sarifChunks, toSarif, sarifLevel, artifactUri, SARIF_SCHEMA, type SarifOptions } from './sarif';
export { renderText } from './text';
export { isOpen, statusOf, type ClaimStatus, type ReportFile } from './types';
