/**
 * What a claim can teach the whole desk through `.factdesk.json`: the quick fixes *Add "X" to known
 * systems*, *Never flag "X"*, *"X" is a named source* and *Treat "X" as anonymous*, each naming the
 * list it extends and the phrase it adds. Pure.
 */
import type { Claim } from '../core/claims';
import type { ListKey } from './configEdits';

export interface Lesson {
  title: string;
  key: ListKey;
  value: string;
}

/** Longer than this, a phrase is a sentence, not a name a desk would list. */
const MAX_PHRASE = 60;

function phrase(text: string | null | undefined): string | undefined {
  const value = (text ?? '').replace(/^[\s"'“”‘’«»„]+|[\s"'“”‘’«»„]+$/g, '').replace(/\s+/g, ' ');
  return value !== '' && value.length <= MAX_PHRASE ? value : undefined;
}

/** The phrase *Never flag* adds for a claim: its name, term or date as written, or its source. */
function ignorable(claim: Claim): string | undefined {
  if (claim.kind === 'system' || claim.kind === 'date' || claim.code === 'quote-term') return phrase(claim.text);
  if (claim.kind === 'attribution') return phrase(claim.source?.text);
  return undefined;
}

export function lessonsFor(claim: Claim): Lesson[] {
  const lessons: Lesson[] = [];
  const system = claim.kind === 'system' ? phrase(claim.text) : undefined;
  if (system) lessons.push({ title: `Add “${system}” to known systems (.factdesk.json)`, key: 'extraSystems', value: system });
  const source = claim.kind === 'attribution' ? phrase(claim.source?.text) : undefined;
  if (source && claim.source?.anonymous) lessons.push({ title: `“${source}” is a named source (.factdesk.json)`, key: 'namedSources', value: source });
  else if (source) lessons.push({ title: `Treat “${source}” as anonymous (.factdesk.json)`, key: 'anonymousPhrases', value: source });
  const never = ignorable(claim);
  if (never) lessons.push({ title: `Never flag “${never}” (.factdesk.json)`, key: 'ignore', value: never });
  return lessons;
}
