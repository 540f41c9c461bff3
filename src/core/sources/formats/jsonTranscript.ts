/**
 * JSON transcripts: any object with a spoken-text string (`text`, `transcript`, `content`,
 * `utterance`) is one turn, its speaker from `speaker`, `speaker_name` or `name` when present — the
 * shape of common speech-to-text exports (`[{"speaker": "Kozhin", "text": "…"}]`, `{"segments": […]}`).
 * Everything else in the file (keys, numbers, punctuation, metadata strings) is blanked.
 */
import { parseTree, type Node } from 'jsonc-parser';
import type { SourceText, Turn } from '../masked';

const TEXT_KEYS = new Set(['text', 'transcript', 'content', 'utterance']);
const SPEAKER_KEYS = new Set(['speaker', 'speaker_name', 'speakerName', 'name']);

function property(node: Node, keys: ReadonlySet<string>): Node | undefined {
  for (const child of node.children ?? []) {
    const [key, value] = child.children ?? [];
    if (key && value && keys.has(String(key.value)) && value.type === 'string') return value;
  }
  return undefined;
}

export function extractJsonTranscript(text: string): SourceText {
  const keep: Array<{ start: number; end: number }> = [];
  const turns: Turn[] = [];
  const breaks: number[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'object') {
      const spoken = property(node, TEXT_KEYS);
      if (spoken) {
        // The string's content without its quote marks.
        const start = spoken.offset + 1;
        keep.push({ start, end: spoken.offset + spoken.length - 1 });
        breaks.push(start);
        const speaker = property(node, SPEAKER_KEYS);
        if (speaker && typeof speaker.value === 'string' && speaker.value.trim() !== '') turns.push({ start, speaker: speaker.value.trim() });
        return;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  const root = parseTree(text);
  if (root) visit(root);
  // Everything outside the spoken strings is blanked; inside them, JSON escapes (\n, \", \t) are not
  // speech: the backslash becomes a space, and so does the letter of a control escape.
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of keep) {
    parts.push(text.slice(at, start).replace(/[^\r\n]/g, ' '));
    parts.push(text.slice(start, end).replace(/\\[ntrbf]/g, '  ').replace(/\\(.)/g, ' $1'));
    at = end;
  }
  parts.push(text.slice(at).replace(/[^\r\n]/g, ' '));
  return { masked: parts.join(''), breaks, turns };
}
