/**
 * Verification records on disk are keyed by fingerprints, so the one-pass `fingerprint` must give
 * exactly what its definition gives: FNV-1a of kind, normalized text and lower-cased speaker. A
 * change here would orphan every record an editor has made.
 */
import { describe, expect, it } from 'vitest';
import { fingerprint, normalizeForFingerprint } from '../../../src/core/fingerprint';

function byDefinition(kind: string, text: string, speaker: string | null): string {
  const input = `${kind}\u0000${normalizeForFingerprint(text)}\u0000${(speaker ?? '').toLowerCase()}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < input.length; i++) {
    h1 = Math.imul(h1 ^ input.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 ^ input.charCodeAt(i), 2246822519) >>> 0;
  }
  return `${kind}:${h1.toString(16).padStart(8, '0')}${(h2 & 0xfffff).toString(16).padStart(5, '0')}`;
}

describe('claim fingerprints', () => {
  it('keep the values records were written with', () => {
    // Values the engine gave before the one-pass version existed.
    expect(fingerprint('quote', '"We will not back down," she said', 'Ana Diaz')).toBe('quote:ef8b747aad364');
    expect(fingerprint('date', 'on Tuesday', null)).toBe('date:df9f85c3632ad');
  });

  it('ignore quote styles, case and runs of whitespace, and nothing else', () => {
    const a = fingerprint('quote', '“We are  READY,”\n said Ana', 'Ana Diaz');
    expect(fingerprint('quote', '"we are ready," said ana', 'ana diaz')).toBe(a);
    expect(fingerprint('quote', '"we are ready!" said ana', 'ana diaz')).not.toBe(a);
    expect(fingerprint('quote', '"we are ready," said ana', null)).not.toBe(a);
  });

  it('equal the definition on text with any characters: accents, final sigma, dotted İ, astral letters, odd spaces', () => {
    const samples = ['  ΣΟΦΟΣ Σ  ', 'İstanbul’s STRAßE', '𐐀𐐨 Deseret', '\u00a0a\u2028b\ufeffc\u3000', '', '   ', 'Łódź — «Ça va»', '\uD800 lone'];
    let seed = 11;
    for (let i = 0; i < 500; i++) {
      let s = '';
      for (let j = 0; j < 16; j++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        s += String.fromCharCode(seed % 0x3100);
      }
      samples.push(s);
    }
    for (const text of samples) expect(fingerprint('quote', text, 'Żaneta Σ')).toBe(byDefinition('quote', text, 'Żaneta Σ'));
  });
});
