// The newsroom's own lists of anonymous and named sources (`anonymousPhrases`, `namedSources`),
// through the engine, the CLI's .factdesk.json and the extension's merged configuration.
import { afterEach, describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions, type Claim } from '../../../src/core';
import { effectiveConfig } from '../../../src/extension/effectiveConfig';
import { runCli, scratch } from '../cli/runCli';

function attributions(text: string, options: AnalyzeOptions = {}): Claim[] {
  return analyze(text, options).filter((c) => c.kind === 'attribution');
}

const PORT_STORY = 'The harbour master told the council the dock would close in May.\n';
const DESK_STORY = 'A spokesman for the port authority said the dock would close in May.\n';

describe('anonymousPhrases', () => {
  it('makes a source anonymous that the engine would take as named', () => {
    expect(attributions(PORT_STORY).map((c) => c.code)).toEqual(['attribution']);
    const [claim] = attributions(PORT_STORY, { anonymousPhrases: ['harbour master'] });
    expect(claim.code).toBe('attribution-anonymous');
    expect(claim.source).toMatchObject({ text: 'The harbour master', anonymous: true });
    expect(claim.message).toBe('Anonymous source "The harbour master": confirm the desk knows who it is.');
  });

  it('matches ignoring case and spacing', () => {
    const [claim] = attributions(PORT_STORY, { anonymousPhrases: ['  THE Harbour   MASTER '] });
    expect(claim.code).toBe('attribution-anonymous');
  });

  it('keeps a listed role anonymous even when the draft names someone with that role', () => {
    const text = 'Ines Varga, a spokesman for the port, opened the meeting.\n\nA spokesman said the dock would close in May.\n';
    expect(attributions(text).find((c) => c.source?.text === 'A spokesman')?.code).toBe('attribution');
    expect(attributions(text, { anonymousPhrases: ['a spokesman'] }).find((c) => c.source?.text === 'A spokesman')?.code).toBe('attribution-anonymous');
  });
});

describe('namedSources', () => {
  it('keeps a listed source from being flagged as anonymous', () => {
    expect(attributions(DESK_STORY)[0].code).toBe('attribution-anonymous');
    const [claim] = attributions(DESK_STORY, { namedSources: ['spokesman for the port authority'] });
    expect(claim.code).toBe('attribution');
    expect(claim.source?.anonymous).toBe(false);
  });

  it('gives way to a longer anonymous phrase, and wins over a shorter one', () => {
    const text = 'A senior official at the port authority said the dock would close.\n';
    expect(attributions(text, { namedSources: ['port authority'], anonymousPhrases: ['senior official at the port authority'] })[0].code).toBe('attribution-anonymous');
    expect(attributions(text, { namedSources: ['a senior official at the port authority'], anonymousPhrases: ['senior official'] })[0].code).toBe('attribution');
  });
});

describe('the lists from configuration', () => {
  let cleanup = (): void => {};
  afterEach(() => cleanup());

  it('are read from .factdesk.json by the CLI', async () => {
    const dir = scratch({
      'port.md': PORT_STORY + '\n' + DESK_STORY,
      '.factdesk.json': JSON.stringify({ anonymousPhrases: ['harbour master'], namedSources: ['port authority'] }),
    });
    cleanup = dir.cleanup;
    const result = await runCli(['check', '--format', 'json', 'port.md'], dir.dir);
    const claims = JSON.parse(result.stdout).files[0].claims as Claim[];
    const bySource = (text: string): string | undefined => claims.find((c) => c.kind === 'attribution' && c.source?.text === text)?.code;
    expect(bySource('The harbour master')).toBe('attribution-anonymous');
    expect(bySource('A spokesman for the port authority')).toBe('attribution');
  });

  it('reach the engine from the extension settings and the workspace file alike', () => {
    const config = effectiveConfig({
      file: { json: { namedSources: ['port authority'] }, origin: '.factdesk.json' },
      settings: { anonymousPhrases: ['harbour master'] },
      trusted: true,
    });
    expect(config.errors).toEqual([]);
    expect(attributions(PORT_STORY, config.options)[0].code).toBe('attribution-anonymous');
    expect(attributions(DESK_STORY, config.options)[0].code).toBe('attribution');
  });
});
