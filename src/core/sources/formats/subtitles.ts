/**
 * WebVTT and SubRip subtitles: the header, cue numbers, timing lines, NOTE/STYLE/REGION blocks and
 * inline tags are blanked. A voice tag (`<v Kozhin>`) or a `KOZHIN:` label gives the speaker; a run of
 * cues by one speaker is one passage (a quote often spans cues), and a new speaker starts the next.
 */
import { Mask, type SourceText, type Turn } from '../masked';
import { findSpeakerLabels } from './speakerLabels';

const TIMING = /^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]+-->[^\n]*$/;
const CUE_NUMBER = /^[ \t]*\d+[ \t]*\r?$/;
const METADATA_BLOCK = /^(?:WEBVTT|NOTE|STYLE|REGION)\b/;
const TAG = /<(\/?)([a-zA-Z]+)(?:[.\w-]*)(?:[ \t]+([^<>]*))?>|<\d{1,2}:[\d:.]+>/g;

export function extractSubtitles(text: string): SourceText {
  const mask = new Mask();
  let offset = 0;
  let inMetadata = false;
  const turns: Turn[] = [];
  for (const line of text.split('\n')) {
    const end = offset + line.length;
    if (line.trim() === '') inMetadata = false;
    else if (inMetadata || METADATA_BLOCK.test(line)) {
      inMetadata = true;
      mask.add(offset, end);
    } else if (TIMING.test(line) || CUE_NUMBER.test(line)) mask.add(offset, end);
    else {
      for (let m = TAG.exec(line); m; m = TAG.exec(line)) {
        if (m[2] === 'v' && m[1] !== '/' && m[3]) turns.push({ start: offset + m.index, speaker: m[3].trim() });
        mask.add(offset + m.index, offset + m.index + m[0].length);
      }
    }
    offset = end + 1;
  }
  const labelled = findSpeakerLabels(mask.apply(text), mask);
  const all = [...turns, ...labelled].sort((a, b) => a.start - b.start);
  const merged = all.filter((t, i) => i === 0 || t.speaker !== all[i - 1].speaker);
  return { masked: mask.apply(text), breaks: merged.map((t) => t.start), turns: merged };
}
