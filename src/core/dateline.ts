import type { DocumentModel } from './document';
import type { AnalyzeOptions, Dateline } from './options';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Where relative dates are resolved from: front matter `date:`, a date line near the top, or the option. */
export function findDateline(doc: DocumentModel, options: AnalyzeOptions): Dateline | null {
  const field = doc.frontMatter?.get('date');
  if (field) {
    const m = ISO_DATE.exec(field.value);
    if (m) return { value: m[0], origin: 'front-matter', start: field.start, end: field.start + m[0].length };
  }
  if (options.dateline && ISO_DATE.test(options.dateline)) return { value: options.dateline.slice(0, 10), origin: 'option' };
  return null;
}
