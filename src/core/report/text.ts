/**
 * The CLI's default output, one finding per line in the `path:line:col` form terminals and editors
 * turn into links, then a one-line summary.
 */
import { SEVERITIES, type Severity } from '../claims';
import { LineIndex } from '../lineIndex';
import { escapeControls, oneLine } from '../text/oneLine';
import { isOpen, plural, reportPath, statusOf, type ReportFile } from './types';


export function renderText(files: readonly ReportFile[]): string {
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let open = 0;
  for (const file of files) {
    const lines = new LineIndex(file.text);
    const path = escapeControls(reportPath(file.path));
    for (const notice of file.analysis.notices) out.push(`${path}: ${oneLine(notice)}`);
    for (const claim of file.analysis.claims) {
      const at = lines.positionAt(claim.start);
      const status = statusOf(file, claim);
      const mark = status.ignored ? '  (ignored)' : status.verified ? '  (verified)' : '';
      out.push(`${path}:${at.line + 1}:${at.character + 1}  ${claim.severity.padEnd(7)}  ${claim.code.padEnd(22)}  ${oneLine(claim.message)}${mark}`);
      counts[claim.severity]++;
      if (isOpen(status)) open++;
    }
  }
  const total = SEVERITIES.reduce((n, s) => n + counts[s], 0);
  const bySeverity = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  if (out.length > 0) out.push('');
  out.push(`${plural(total, 'claim')} · ${open} unverified in ${plural(files.length, 'file')}${bySeverity.length ? ` (${bySeverity.join(', ')})` : ''}`);
  return out.join('\n') + '\n';
}
