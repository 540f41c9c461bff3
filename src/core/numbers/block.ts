/**
 * One paragraph's part of the number checks, in block offsets: the arithmetic its sentences state
 * (numbers/arithmetic.ts) and the facts of each figure the draft-wide comparison reads
 * (numbers/facts.ts). It depends on the block's text and where its number claims are only, so it
 * is memoized under those: a keystroke recomputes the edited paragraph alone.
 */
import type { BlockMemo } from '../blockMemo';
import type { Block } from '../document';
import { splitSentences } from '../text/sentences';
import { sentenceArithmetic, type FactorClaim } from './arithmetic';
import { figureFacts, type FigureFacts } from './facts';
import type { NumberProblem, NumberRef } from './refs';
import { abstractSentence } from './sentence';

/** Problems and factor claims name the block's figures by `index`: their place in the block's list. */
export interface BlockNumbers {
  facts: FigureFacts[];
  problems: NumberProblem[];
  factors: FactorClaim[];
}

function readBlock(text: string, refs: NumberRef[]): BlockNumbers {
  const problems: NumberProblem[] = [];
  const factors: FactorClaim[] = [];
  let r = 0;
  for (const sentence of splitSentences(text)) {
    while (r < refs.length && refs[r].start < sentence.start) r++;
    const inside: NumberRef[] = [];
    while (r < refs.length && refs[r].end <= sentence.end) inside.push(refs[r++]);
    if (inside.length > 0) factors.push(...sentenceArithmetic(abstractSentence(text, sentence.start, sentence.end, inside), text, problems));
  }
  return { facts: refs.map((ref) => figureFacts(text, ref)), problems, factors };
}

/** The block's part, for its number claims `refs` (document offsets, in order). */
export function blockNumbers(block: Block, refs: NumberRef[], memo?: BlockMemo): BlockNumbers {
  const read = (): BlockNumbers => {
    const at = (n: number): number => n - block.start;
    return readBlock(block.text, refs.map((ref, k) => ({ ...ref, index: k, start: at(ref.start), end: at(ref.end), figureStart: at(ref.figureStart), figureEnd: at(ref.figureEnd) })));
  };
  if (!memo) return read();
  const where = refs.map((ref) => `${ref.start - block.start} ${ref.end - block.start}`).join(',');
  return memo.get(`numbers\u0001${block.kind}\u0001${where}`, block.text, read);
}
