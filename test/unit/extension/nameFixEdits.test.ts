import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { useSpellingEdits, useSpellingTitle } from '../../../src/extension/nameFixEdits';
import { applyEdits } from '../../../src/extension/textEdit';

describe('Use "…" everywhere', () => {
  const text = 'Mira Castellano spoke. Castelano said no. Castellano left. Castelano returned. Castellano sat.';

  it('is offered on a misspelled name and replaces every variant at once', () => {
    const claim = analyze(text).find((c) => c.code === 'name-inconsistent')!;
    expect(useSpellingTitle(claim)).toBe('Use “Castellano” everywhere');
    expect(applyEdits(text, useSpellingEdits(text, claim))).toBe(text.replaceAll('Castelano', 'Castellano'));
  });

  it('is not offered on other claims, and leaves text that changed since the check alone', () => {
    const quote = analyze('"We will reopen," Mayor Lena Ortiz said.').find((c) => c.kind === 'quote')!;
    expect(useSpellingTitle(quote)).toBeNull();
    const claim = analyze(text).find((c) => c.code === 'name-inconsistent')!;
    const edited = text.replace('Castelano said', 'Castelanx said');
    expect(applyEdits(edited, useSpellingEdits(edited, claim))).toBe(edited.replace('Castelano returned', 'Castellano returned'));
  });
});
