/**
 * Claim fingerprints key verification records. They hash what identifies a claim to an editor —
 * kind, its text with whitespace and quote styles normalized, and the speaker — and not its offset,
 * so a record survives edits elsewhere in the draft.
 *
 * The definition is `fnv1a(kind + NUL + normalizeForFingerprint(text) + NUL + lower(speaker))`, and
 * it must never change: records on disk hold these values. `fingerprint` computes the same value in
 * one pass without building the normalized string, because the engine fingerprints every claim on
 * every keystroke; characters whose lower case is not one plain code unit take the reference path.
 */
export function normalizeForFingerprint(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const WHITESPACE = /\s/;
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0xab, 0xbb]);
const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b]);
const SPACE = -1;
const REFERENCE_PATH = -2;
/** Per UTF-16 code unit, filled on first sight: 0 unknown, else 3 + SPACE, REFERENCE_PATH or the unit it normalizes to. */
const UNITS = new Int32Array(0x10000);

function unitOf(c: number): number {
  let stored = UNITS[c];
  if (stored === 0) UNITS[c] = stored = 3 + normalizedUnit(c);
  return stored - 3;
}

function normalizedUnit(c: number): number {
  const ch = String.fromCharCode(c);
  if (WHITESPACE.test(ch)) return SPACE;
  if (DOUBLE_QUOTES.has(c)) return 34;
  if (SINGLE_QUOTES.has(c)) return 39;
  const lower = ch.toLowerCase();
  // Surrogates (astral letters), final sigma (context-dependent) and one-to-many lower cases.
  if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || lower.length !== 1) return REFERENCE_PATH;
  return lower.charCodeAt(0);
}

// FNV-1a over two lanes, 52 bits: deterministic across platforms, no crypto dependency needed for an
// identity key. The lanes are int32 (an Int32Array, so V8 keeps them unboxed); the digest reads them
// as unsigned, which is the same bits as the `>>> 0` of the original definition. One hash at a time:
// fingerprints are computed synchronously.
const lanes = new Int32Array(2);

function begin(): void {
  lanes[0] = 0x811c9dc5 | 0;
  lanes[1] = 0x01000193;
}

function mix(c: number): void {
  lanes[0] = Math.imul(lanes[0] ^ c, 16777619);
  lanes[1] = Math.imul(lanes[1] ^ c, 2246822519 | 0);
}

function mixString(input: string): void {
  for (let i = 0; i < input.length; i++) mix(input.charCodeAt(i));
}

function digest(): string {
  return (lanes[0] >>> 0).toString(16).padStart(8, '0') + (lanes[1] & 0xfffff).toString(16).padStart(5, '0');
}

/** Mix `normalizeForFingerprint(text)` in without building it; false when a character needs the reference path. */
function mixNormalized(text: string): boolean {
  let pendingSpace = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const unit = unitOf(text.charCodeAt(i));
    if (unit === REFERENCE_PATH) return false;
    if (unit === SPACE) {
      pendingSpace = started;
      continue;
    }
    if (pendingSpace) mix(32);
    pendingSpace = false;
    started = true;
    mix(unit);
  }
  return true;
}

export function fingerprint(kind: string, text: string, speaker: string | null | undefined): string {
  begin();
  mixString(kind);
  mix(0);
  if (!mixNormalized(text)) {
    begin();
    mixString(`${kind}\u0000${normalizeForFingerprint(text)}`);
  }
  mix(0);
  mixString((speaker ?? '').toLowerCase());
  return `${kind}:${digest()}`;
}
