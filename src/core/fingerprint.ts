/**
 * Claim fingerprints key verification records. They hash what identifies a claim to an editor —
 * kind, its text with whitespace and quote styles normalized, and the speaker — and not its offset,
 * so a record survives edits elsewhere in the draft.
 */
export function normalizeForFingerprint(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** FNV-1a, 52 bits: deterministic across platforms, no crypto dependency needed for an identity key. */
function fnv1a(input: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619) >>> 0;
    h2 = Math.imul(h2 ^ c, 2246822519) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + (h2 & 0xfffff).toString(16).padStart(5, '0');
}

export function fingerprint(kind: string, text: string, speaker: string | null | undefined): string {
  return `${kind}:${fnv1a(`${kind}\u0000${normalizeForFingerprint(text)}\u0000${(speaker ?? '').toLowerCase()}`)}`;
}
