/**
 * Worst-case inputs for the engine's regular expressions and scanning loops: each is one short unit
 * repeated to any length. Used by the robustness tests (at a fixed size, under vitest's timeout) and
 * by `npm run bench -- --adversarial` (at growing sizes, to see that time grows linearly).
 */
export interface AdversarialInput {
  name: string;
  unit: string;
  /** What it attacks. */
  target: string;
}

export const ADVERSARIAL_INPUTS: readonly AdversarialInput[] = [
  { name: 'straight quotes', unit: '"', target: 'quote pairing (quoteMarks.ts), QUOTE_CHAR' },
  { name: 'word then quote', unit: 'a"', target: 'straightDirection, unbalanced quotes' },
  { name: 'quote then word', unit: '"a ', target: 'quote spans and speaker search per quote' },
  { name: 'curly quotes', unit: '\u201C\u201D', target: 'curly pairing, nested-quote skip' },
  { name: 'left curly only', unit: '\u201C', target: 'unclosed curly quotes' },
  { name: 'nested curly in straight', unit: '"\u201C', target: 'indexOf for the nested close' },
  { name: 'guillemets', unit: '\u00AB\u00BB ', target: 'quote marks' },
  { name: 'apostrophes', unit: "'", target: 'single marks, possessives' },
  { name: 'hyphens', unit: '-', target: 'THEMATIC_BREAK, SETEXT_UNDERLINE, designation separators' },
  { name: 'em dashes', unit: '\u2014', target: 'dash cues, sentence splitter' },
  { name: 'digits', unit: '1', target: 'years, calendar dates, designations, chrono' },
  { name: 'digits and slashes', unit: '1/', target: 'numeric dates (chrono), DESIGNATION_SHAPE' },
  { name: 'digits and dots', unit: '1.', target: 'numeric dates, list markers, sentence ends' },
  { name: 'years', unit: '2018 ', target: 'year parser, chrono' },
  { name: 'S- designations', unit: 'S-', target: 'DESIGNATION_SHAPE (systems/designation.ts)' },
  { name: 'S-300 designations', unit: 'S-300 ', target: 'designations, system consistency pass' },
  { name: 'F/A- designations', unit: 'F/A-', target: 'DESIGNATION_SHAPE alternation' },
  { name: 'open brackets', unit: '[', target: 'matchLink depth scan (document.ts)' },
  { name: 'bracket paren', unit: '](', target: 'inline link destination regex' },
  { name: 'link openers', unit: '[a](', target: 'matchLink + destination regex' },
  { name: 'footnote openers', unit: '[^', target: 'footnote mark search' },
  { name: 'reference openers', unit: '[a][', target: 'reference label search' },
  { name: 'image openers', unit: '![', target: 'image links' },
  { name: 'open parens', unit: '(', target: 'link destination nesting' },
  { name: 'angle brackets', unit: '<', target: 'autolink and HTML tag regexes' },
  { name: 'tag openers', unit: '<a ', target: 'HTML tag regex [^<>]{0,500}' },
  { name: 'comment openers', unit: '<!--', target: 'maskComments' },
  { name: 'comment closers', unit: '-->', target: 'maskComments' },
  { name: 'backticks', unit: '`', target: 'code spans' },
  { name: 'backtick words', unit: '`a ', target: 'unclosed code spans per line' },
  { name: 'asterisks', unit: '*', target: 'emphasis masking, THEMATIC_BREAK' },
  { name: 'underscores', unit: '_', target: 'underscore emphasis' },
  { name: 'tildes', unit: '~', target: 'strikethrough, fences' },
  { name: 'backslashes', unit: '\\', target: 'escapes' },
  { name: 'hashes', unit: '#', target: 'HEADING, closing hashes' },
  { name: 'blockquote markers', unit: '> ', target: 'BLOCKQUOTE_MARKER (?:>[ \\t]?)+' },
  { name: 'list markers', unit: '- ', target: 'LIST_MARKER' },
  { name: 'spaces', unit: ' ', target: 'blank lines, trimming, \\s loops' },
  { name: 'tabs and spaces', unit: ' \t', target: 'indented code, THEMATIC_BREAK [ \\t]*' },
  { name: 'LF lines', unit: 'a\n', target: 'line splitting, per-line searches' },
  { name: 'CRLF lines', unit: 'a\r\n', target: 'line splitting' },
  { name: 'CR lines', unit: 'a\r', target: 'line splitting' },
  { name: 'mixed line ends', unit: 'a\r\n\r\n\n\r', target: 'line splitting, blocks' },
  { name: 'paragraphs', unit: 'Anna said "x."\n\n', target: 'many blocks: passes over blocks' },
  { name: 'Mr. titles', unit: 'Mr. ', target: 'sentence splitter abbreviations, titles' },
  { name: 'initials', unit: 'A. ', target: 'FULL_NAME initials, sentence splitter' },
  { name: 'U.S. abbreviations', unit: 'U.S. ', target: 'TOKEN, keepsPeriod' },
  { name: 'capitalized words', unit: 'Anna ', target: 'FULL_NAME (speech/names.ts), mention walker' },
  { name: 'hyphenated names', unit: 'Anna-', target: 'NAME_WORD hyphen part' },
  { name: 'appositives', unit: 'Anna Bell, a ', target: 'APPOSITIVE [^,.;:]{0,80}?' },
  { name: 'cue verbs', unit: 'he said, ', target: 'cue walker, attributions' },
  { name: 'according to', unit: 'according to ', target: 'cue lexicon' },
  { name: 'month names', unit: 'May ', target: 'calendar date regexes, chrono' },
  { name: 'weekdays', unit: 'Friday ', target: 'day parser' },
  { name: 'relative words', unit: 'last ', target: 'relative periods' },
  { name: 'ago', unit: 'two days ago ', target: 'relative periods, chrono' },
  { name: 'bare URLs', unit: 'http://', target: 'bare URL regex' },
  { name: 'www', unit: 'www.a', target: 'bare URL regex' },
  { name: 'periods', unit: '.', target: 'sentence splitter' },
  { name: 'commas', unit: ', ', target: 'cue and appositive scans' },
  { name: 'combining marks', unit: 'a\u0301', target: 'unicode classes' },
  { name: 'emoji', unit: '\uD83D\uDE00', target: 'surrogate pairs' },
  { name: 'lone high surrogates', unit: '\uD83D', target: 'lone surrogates' },
  { name: 'lone low surrogates', unit: '\uDE00 ', target: 'lone surrogates' },
];

/** `unit` repeated to `size` UTF-16 code units (cut at a whole unit). */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}
