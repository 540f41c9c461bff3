/**
 * Controlled edits that turn a passage of a source into a benchmark quote. Each edit says what it
 * is and whether the result is still faithful (editorial conventions, typography) or altered (the
 * words changed). Pure: randomness comes from the caller's seeded generator.
 */
export type Edit = { name: string; faithful: boolean; apply: (words: string[], rng: () => number) => string | null };

const pick = <T>(xs: readonly T[], rng: () => number): T => xs[Math.floor(rng() * xs.length)];
const core = (w: string): string => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had', 'do', 'does', 'did', 'must', 'may', 'might']);
/** Replacement words for substitutions: common, so the edit does not make the quote easy to spot. */
const SUBSTITUTES = ['people', 'country', 'really', 'never', 'always', 'government', 'important', 'problem', 'support', 'believe', 'number', 'system', 'public', 'money', 'change', 'states', 'wrong', 'right', 'great', 'little'];

const join = (words: readonly string[]): string => words.join(' ');
/** An interior word that is a word (not a dash or other lone punctuation), or -1. */
function interior(words: readonly string[], rng: () => number): number {
  for (let tries = 0; tries < 8; tries++) {
    const i = 1 + Math.floor(rng() * (words.length - 2));
    if (core(words[i]) !== '') return i;
  }
  return -1;
}

export const FAITHFUL: readonly Edit[] = [
  { name: 'verbatim', faithful: true, apply: (w) => join(w) },
  {
    name: 'case and quote marks',
    faithful: true,
    apply: (w) => join(w.map((x, i) => (i === 0 ? x.charAt(0).toUpperCase() + x.slice(1) : x.replace(/'/g, '’').replace(/"/g, '”')))),
  },
  {
    name: 'punctuation inside',
    faithful: true,
    apply: (w) => {
      const i = w.findIndex((x, k) => k < w.length - 1 && /[,;:]$/.test(x));
      return i === -1 ? join([...w.slice(0, -1), w[w.length - 1].replace(/[.,;:!?]+$/, '') + ',']) : join(w.map((x, k) => (k === i ? x.replace(/[,;:]+$/, '') : x)));
    },
  },
  {
    name: 'ellipsis',
    faithful: true,
    apply: (w, rng) => {
      if (w.length < 9) return null;
      const from = 2 + Math.floor(rng() * (w.length - 7));
      const drop = 1 + Math.floor(rng() * 3);
      return join([...w.slice(0, from), '…', ...w.slice(from + drop)]);
    },
  },
  {
    name: 'brackets',
    faithful: true,
    apply: (w, rng) => {
      const i = interior(w, rng);
      if (i === -1) return null;
      return join([...w.slice(0, i), `[${pick(['the senator', 'his campaign', 'the agency', 'Clinton'], rng)}]`, ...w.slice(i + 1)]);
    },
  },
  {
    name: '(sic)',
    faithful: true,
    apply: (w, rng) => {
      const i = interior(w, rng);
      return i === -1 ? null : join([...w.slice(0, i + 1), '(sic)', ...w.slice(i + 1)]);
    },
  },
  { name: 'first capital in brackets', faithful: true, apply: (w) => (/^\p{Ll}/u.test(w[0]) ? join([`[${w[0][0].toUpperCase()}]${w[0].slice(1)}`, ...w.slice(1)]) : null) },
];

export const ALTERED: readonly Edit[] = [
  {
    name: 'word substituted',
    faithful: false,
    apply: (w, rng) => {
      const i = interior(w, rng);
      if (i === -1) return null;
      const sub = SUBSTITUTES.filter((s) => s !== core(w[i]));
      return join(w.map((x, k) => (k === i ? pick(sub, rng) : x)));
    },
  },
  {
    name: 'word dropped',
    faithful: false,
    apply: (w, rng) => {
      const i = interior(w, rng);
      return i === -1 ? null : join(w.filter((_x, k) => k !== i));
    },
  },
  {
    name: 'two words swapped',
    faithful: false,
    apply: (w, rng) => {
      for (let tries = 0; tries < 5; tries++) {
        const i = interior(w, rng);
        if (i === -1 || i + 1 >= w.length || core(w[i + 1]) === '' || core(w[i]) === core(w[i + 1])) continue;
        const out = [...w];
        [out[i], out[i + 1]] = [out[i + 1], out[i]];
        return join(out);
      }
      return null;
    },
  },
  {
    name: 'number changed',
    faithful: false,
    apply: (w) => {
      const i = w.findIndex((x) => /\d/.test(x));
      if (i === -1) return null;
      return join(w.map((x, k) => (k === i ? x.replace(/\d/, (d) => String((Number(d) + 3) % 10)) : x)));
    },
  },
  {
    name: 'negation added',
    faithful: false,
    apply: (w) => {
      const i = w.findIndex((x, k) => k < w.length - 1 && AUXILIARIES.has(core(x)) && core(w[k + 1]) !== 'not');
      return i === -1 ? null : join([...w.slice(0, i + 1), 'not', ...w.slice(i + 1)]);
    },
  },
  {
    name: 'negation dropped',
    faithful: false,
    apply: (w) => {
      // A "not" at the very end would only shorten the passage, which is faithful.
      const i = w.findIndex((x, k) => k > 0 && k < w.length - 1 && core(x) === 'not');
      return i === -1 ? null : join(w.filter((_x, k) => k !== i));
    },
  },
];
