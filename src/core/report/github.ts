/**
 * GitHub Actions workflow commands (`--format github`): one `::error|warning|notice file=…,line=…::`
 * line per open finding, which the Actions runner turns into annotations on the pull request's
 * changed lines. Verified and ignored claims are left out: a checker already dealt with them. Draft
 * text reaches these lines, so values are escaped as the runner expects (a newline or `::` in a
 * message cannot start a command of its own).
 */
import { RULES, type Severity } from '../claims';
import { LineIndex } from '../lineIndex';
import { isOpen, reportPath, statusOf, type ReportFile } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** The message part: %, CR and LF are escaped. */
export function githubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (file, title): also `:` and `,`, which end a property. */
export function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderGithub(files: readonly ReportFile[]): string {
  const out: string[] = [];
  for (const file of files) {
    const lines = new LineIndex(file.text);
    const path = githubProperty(reportPath(file.path));
    for (const notice of file.analysis.notices) out.push(`::notice file=${path},title=Factdesk::${githubData(notice)}`);
    for (const claim of file.analysis.claims) {
      if (!isOpen(statusOf(file, claim))) continue;
      const start = lines.positionAt(claim.start);
      const end = lines.positionAt(claim.end);
      const where = `file=${path},line=${start.line + 1},col=${start.character + 1},endLine=${end.line + 1},endColumn=${end.character + 1}`;
      const title = githubProperty(`${RULES[claim.code].title} (${claim.code})`);
      out.push(`::${LEVEL[claim.severity]} ${where},title=${title}::${githubData(claim.message)}`);
    }
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
