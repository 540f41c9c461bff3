/** A source file reduced to what matching reads (see masked.ts), by the format its name says. */
import { extractHtml } from './formats/html';
import { extractJsonTranscript } from './formats/jsonTranscript';
import { extractSubtitles } from './formats/subtitles';
import { extractPlainText } from './formats/plainText';
import type { SourceText } from './masked';

export type { SourceText, Turn } from './masked';

export type SourceFormat = 'text' | 'html' | 'subtitles' | 'json';

/** The format a file name says: .html/.htm, .vtt/.srt, .json; anything else is read as text (.txt, .md). */
export function sourceFormat(path: string): SourceFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'vtt' || ext === 'srt') return 'subtitles';
  if (ext === 'json') return 'json';
  return 'text';
}

export function extractSource(path: string, text: string): SourceText {
  switch (sourceFormat(path)) {
    case 'html':
      return extractHtml(text);
    case 'subtitles':
      return extractSubtitles(text);
    case 'json':
      return extractJsonTranscript(text);
    case 'text':
      return extractPlainText(text);
  }
}
