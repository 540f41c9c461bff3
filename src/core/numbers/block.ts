/**
 * One paragraph's part of the number checks, in block offsets: the arithmetic its sentences state
 * (numbers/arithmetic.ts) and the facts of each figure the draft-wide comparison reads
 * (numbers/facts.ts). It depends on the block's text and where its number claims are only, so it
 * is memoized under those: a keystroke recomputes the edited paragraph alone.
 */
import type { BlockMemo } from '../blockMemo';
import type { Block, BlockKind } from '../document';
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
  /** Everything the draft-wide checks read of this part, as one string: equal strings, equal findings. */
  signature: string;
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
  const part = { facts: refs.map((ref) => figureFacts(text, ref)), problems, factors };
  return { ...part, signature: signature(part, refs) };
}

/** Everything the draft-wide checks read of a block's part (figures by their place in the block), as one string. */
function signature(part: Omit<BlockNumbers, 'signature'>, refs: NumberRef[]): string {
  return JSON.stringify([
    refs.map((r) => [r.value, r.category, r.subject]),
    part.facts.map((f) => [f.measurable, f.unitKey, f.sentence, [...f.words], f.contrasted, f.compared, f.context, f.namedBefore, f.definite]),
    part.problems.map((p) => [p.ref.index, p.code, p.message, p.others.map((o) => o.index)]),
    part.factors.map((f) => [f.product.index, f.factor.index, f.subject, f.base?.index, f.hedge]),
  ]);
}

/** The block's part, for its number claims `refs` (document offsets, in order). */
export function blockNumbers(block: Block, refs: NumberRef[], memo?: BlockMemo): BlockNumbers {
  if (!memo) return readBlock(block.text, local(block, refs));
  let where = '';
  for (const ref of refs) where += `${ref.start - block.start} ${ref.end - block.start},`;
  // One entry per block text, holding its parts by where its number claims are (almost always one).
  const byWhere = memo.get(NAMESPACES[block.kind], block.text, () => new Map<string, BlockNumbers>());
  let part = byWhere.get(where);
  if (!part) {
    byWhere.set(where, (part = readBlock(block.text, local(block, refs))));
  }
  return part;
}

/** The claims in block offsets, each `index` its place in the block's list. */
function local(block: Block, refs: NumberRef[]): NumberRef[] {
  const by = block.start;
  return refs.map((ref, k) => ({ ...ref, index: k, start: ref.start - by, end: ref.end - by, figureStart: ref.figureStart - by, figureEnd: ref.figureEnd - by }));
}

const NAMESPACES: Record<BlockKind, string> = { paragraph: 'numbers\u0001paragraph', heading: 'numbers\u0001heading', 'list-item': 'numbers\u0001list-item', blockquote: 'numbers\u0001blockquote' };
