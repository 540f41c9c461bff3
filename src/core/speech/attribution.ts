/** One attribution cue found in a block, with its source: what the cue finders produce and the speech scanner ties to quotes. */
import type { Mention } from './mentions';

export interface Attribution {
  cueStart: number;
  cueEnd: number;
  source: Mention;
  /** Outlet the statement came through ("Izvestia" in "Izvestia cited Kozhin as saying"). */
  outlet: string | null;
  /** Only trusted next to a quotation. */
  quoteOnly: boolean;
  /** The source follows the cue ("said Kozhin", "according to Lavrov"). */
  inverted: boolean;
  /** Who passed the statement on, in "the Izvestia daily cited Kozhin as saying". */
  citer?: Mention;
}
