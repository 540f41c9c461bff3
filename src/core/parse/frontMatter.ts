/** YAML-style front matter (`---` … `---`) at the top of a Markdown draft: flat `key: value` fields only. */
import type { Line } from './lines';
import type { Mask } from './mask';

export interface FrontMatterField {
  value: string;
  start: number;
  end: number;
}

/** The fields of the front matter, blanked in `mask`, how many lines it takes and where the body starts; null when there is none. */
export function parseFrontMatter(text: string, lines: Line[], mask: Mask): { fields: Map<string, FrontMatterField>; lineCount: number; bodyStart: number } | null {
  if (lines.length < 2 || text.slice(lines[0].start, lines[0].end).replace(/^\uFEFF/, '') !== '---') return null;
  for (let i = 1; i < lines.length && i < 500; i++) {
    const line = text.slice(lines[i].start, lines[i].end);
    if (line === '---' || line === '...') {
      const fields = new Map<string, FrontMatterField>();
      for (let j = 1; j < i; j++) {
        const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(text.slice(lines[j].start, lines[j].end));
        if (!m) continue;
        let value = m[2];
        let offset = lines[j].start + text.slice(lines[j].start, lines[j].end).indexOf(value, m[1].length + 1);
        if (/^(["']).*\1$/.test(value)) {
          value = value.slice(1, -1);
          offset += 1;
        }
        fields.set(m[1].toLowerCase(), { value, start: offset, end: offset + value.length });
      }
      mask.blank(0, lines[i].end);
      return { fields, lineCount: i + 1, bodyStart: i + 1 < lines.length ? lines[i + 1].start : text.length };
    }
  }
  return null;
}
