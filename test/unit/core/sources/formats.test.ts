import { describe, expect, it } from 'vitest';
import { SourceSet } from '../../../../src/core/sources/sourceSet';
import { extractSource } from '../../../../src/core/sources/sourceText';

// Invented sources, one per format.
const HTML = `<!doctype html><html><head><title>Harbor news</title><script>var quote = "We will open the pier";</script></head>
<body><nav>Home · We will open the pier tomorrow</nav><article><h1>Pier update</h1>
<p>The mayor said: &ldquo;We will <em>reopen</em> the pier on&nbsp;Friday, weather permitting.&rdquo;</p>
<p>Officials did not say what it would cost.</p></article><footer>© Harbor Times</footer></body></html>`;

const VTT = `WEBVTT

NOTE recorded at the council, invented for tests

1
00:00:01.000 --> 00:00:04.000
<v Lena Ortiz>The pier opens on Friday,

2
00:00:04.000 --> 00:00:07.500
<v Lena Ortiz>and the ferry follows <i>next month</i>.

3
00:00:08.000 --> 00:00:10.000
<v Reporter>Who pays for the repairs?
`;

const SRT = `1
00:00:01,000 --> 00:00:03,000
ORTIZ: The pier opens on Friday.

2
00:00:03,500 --> 00:00:06,000
Q: And the ferry?
`;

const JSON_TRANSCRIPT = JSON.stringify({
  meta: { title: 'Council briefing, the pier opens' },
  segments: [
    { speaker: 'Lena Ortiz', start: 1.0, text: 'The pier opens on Friday, and the ferry follows next month.' },
    { speaker: 'Reporter', start: 6.5, text: 'Who pays for the repairs?' },
  ],
}, null, 2);

function one(path: string, text: string) {
  return SourceSet.build([{ path, text }]).set;
}

describe('source formats', () => {
  it('HTML: tags, scripts and page furniture are not text; entities and inline tags do not break words', () => {
    const set = one('sources/pier.html', HTML);
    const m = set.match('"We will reopen the pier on Friday, weather permitting."');
    expect(m?.status).toBe('verbatim');
    expect(m?.line).toBe(3);
    expect(set.match('"We will open the pier tomorrow"')?.status).not.toBe('verbatim');
    const masked = extractSource('pier.html', HTML).masked;
    expect(masked).toHaveLength(HTML.length);
    expect(masked).not.toContain('<em>');
    expect(masked).not.toContain('var quote');
  });

  it('WebVTT: timings and tags are blanked, a quote spans cues, voice tags give the speaker', () => {
    const set = one('sources/briefing.vtt', VTT);
    const m = set.match('"The pier opens on Friday, and the ferry follows next month."');
    expect(m).toMatchObject({ status: 'verbatim', speaker: 'Lena Ortiz', line: 7 });
    expect(set.match('"Who pays for the repairs?"')?.speaker).toBe('Reporter');
  });

  it('SubRip: cue numbers and timings are blanked, KOZHIN:-style labels give the speaker', () => {
    const set = one('sources/briefing.srt', SRT);
    expect(set.match('"The pier opens on Friday."')).toMatchObject({ status: 'verbatim', speaker: 'ORTIZ', line: 3 });
    expect(set.match('"And the ferry?"')?.speaker).toBe('Q');
  });

  it('JSON transcripts: spoken text with its speaker; metadata is not speech', () => {
    const set = one('sources/briefing.json', JSON_TRANSCRIPT);
    const m = set.match('"the ferry follows next month"');
    expect(m).toMatchObject({ status: 'verbatim', speaker: 'Lena Ortiz' });
    expect(JSON_TRANSCRIPT.slice(m!.start, m!.end)).toBe('the ferry follows next month');
    expect(extractSource('b.json', JSON_TRANSCRIPT).masked).not.toContain('Council briefing');
  });

  it('plain text: a title-case label counts only when it opens two lines; prose "Update:" is not a speaker', () => {
    const turns = extractSource('t.txt', 'Lena Ortiz: The pier opens.\nQ: When?\nLena Ortiz: On Friday.\nUpdate: the council met.').turns;
    expect(turns.map((t) => t.speaker)).toEqual(['Lena Ortiz', 'Q', 'Lena Ortiz']);
  });

  it('bracketed timestamps in a transcript are not words', () => {
    const set = one('t.txt', 'ORTIZ: The pier opens [00:01:12] on Friday, and the ferry follows.');
    expect(set.match('"The pier opens on Friday, and the ferry follows."')?.status).toBe('verbatim');
  });
});

describe('sources that used to risk quadratic time (the test timeout is the hang detector)', () => {
  const TIMEOUT_MS = 120_000;

  it('an HTML file with 50,000 unclosed comments and stray tag starts still yields its text', () => {
    const html = `<p>The pier opens on Friday, weather permitting.</p>${'<!-- x <a '.repeat(50_000)}`;
    expect(one('sources/broken.html', html).match('"The pier opens on Friday, weather permitting."')?.status).toBe('verbatim');
    const tags = `${'<a '.repeat(100_000)}<p>The pier opens on Friday.</p>`;
    expect(one('sources/tags.html', tags).match('"The pier opens on Friday."')?.status).toBe('verbatim');
  }, TIMEOUT_MS);

  it('a subtitle line of 100,000 unclosed voice tags, and a word of 100,000 punctuation marks in a diff', () => {
    const vtt = `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${'<v A '.repeat(100_000)}\n\n00:00:03.000 --> 00:00:04.000\nThe pier opens on Friday.\n`;
    expect(one('sources/long.vtt', vtt).match('"The pier opens on Friday."')?.status).toBe('verbatim');
    const punct = `x${'!'.repeat(100_000)}y`;
    const m = one('sources/p.txt', `The pier opens on ${punct} Friday.`).match('"The pier opens on Monday"');
    expect(m?.status).toBe('altered');
  }, TIMEOUT_MS);
});
