/**
 * One inverted index over all the files of a source set: word normal form → positions, where a
 * position counts words across the files laid end to end. A quote's rare words are then looked up
 * once per set, not once per file (a desk's folder may hold a thousand small files). Built on the
 * first match of a set and kept with it; a set of one file uses that file's index as it is.
 */
import type { SourceFile } from './sourceIndex';
import { firstIndex } from '../sorted';

export interface CombinedIndex {
  readonly files: readonly SourceFile[];
  /** offsets[f]: position of file f's first word; one more entry for the end. */
  readonly offsets: readonly number[];
  readonly postings: ReadonlyMap<string, readonly number[]>;
}

export function combine(files: readonly SourceFile[]): CombinedIndex {
  const offsets = [0];
  for (const f of files) offsets.push(offsets[offsets.length - 1] + f.index.words.length);
  if (files.length === 1) return { files, offsets, postings: files[0].index.postings };
  const postings = new Map<string, number[]>();
  files.forEach((file, f) => {
    const base = offsets[f];
    for (const [norm, list] of file.index.postings) {
      let all = postings.get(norm);
      if (!all) postings.set(norm, (all = []));
      for (const p of list) all.push(base + p);
    }
  });
  return { files, offsets, postings };
}

/** The file holding a position: the last whose offset is at or before it. */
export function fileAt(index: CombinedIndex, position: number): number {
  return Math.max(0, firstIndex(index.files.length, (i) => index.offsets[i] > position) - 1);
}
