/**
 * CSV for spreadsheets: one row per claim, RFC 4180 (CRLF rows, quoted fields). Cells that a
 * spreadsheet would run as a formula (= + - @, tab, CR) get a leading apostrophe, because drafts are
 * untrusted text and a quote like "=HYPERLINK(...)" must stay text. Text cells are on one line
 * (oneLine): a claim across a line break must not split a row in tools that read lines.
 */
import { formatNumberValue } from '../numbers/value';
import { LineIndex } from '../lineIndex';
import { oneLine } from '../text/oneLine';
import { reportPath, statusOf, type ReportFile } from './types';

export const CSV_COLUMNS = ['path', 'line', 'column', 'kind', 'code', 'severity', 'text', 'speaker', 'source', 'outlet', 'value', 'canonical', 'url', 'verified', 'by', 'at', 'note', 'link'] as const;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let cell = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function renderCsv(files: readonly ReportFile[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const file of files) {
    const lines = new LineIndex(file.text);
    for (const claim of file.analysis.claims) {
      const at = lines.positionAt(claim.start);
      const status = statusOf(file, claim);
      const verified = status.ignored ? 'ignored' : status.verified ? 'yes' : 'no';
      const row = [
        reportPath(file.path),
        at.line + 1,
        at.character + 1,
        claim.kind,
        claim.code,
        claim.severity,
        oneLine(file.text.slice(claim.start, claim.end)),
        oneLine(claim.speaker?.name ?? ''),
        oneLine(claim.source?.text ?? ''),
        claim.outlet,
        claim.quantity ? formatNumberValue(claim.quantity) : claim.value,
        claim.canonical,
        claim.url,
        verified,
        status.by,
        status.at,
        status.note === undefined ? undefined : oneLine(status.note),
        status.link,
      ];
      rows.push(row.map(csvCell).join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}
