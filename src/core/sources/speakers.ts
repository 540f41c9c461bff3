/**
 * Is the speaker a transcript names for a passage the person the draft gives the quote to? Labels are
 * short ("KOZHIN", "Q", "Vladimir Kozhin"); the draft's name is the fullest form it uses. They agree
 * when they share a name word. A question label (Q, INTERVIEWER, REPORTER) is never the quoted
 * person; a bare "A" or a draft speaker with no proper name ("the official") cannot be judged.
 */
const QUESTION_LABELS = new Set(['q', 'question', 'interviewer', 'reporter', 'moderator', 'host']);
const GENERIC = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'his', 'her', 'their', 'it', 'we', 'i', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources', 'aide', 'minister', 'president', 'mr', 'mrs', 'ms', 'dr']);

function nameWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{M}'’-]+/u)
    .filter((w) => w.length >= 2 && !GENERIC.has(w));
}

/** True when they agree, or when there is not enough to tell (never a false "wrong speaker"). */
export function sameSpeaker(label: string, draftName: string): boolean {
  const drafted = nameWords(draftName);
  if (drafted.length === 0 || !/\p{Lu}/u.test(draftName)) return true;
  const labelled = label.toLowerCase().trim();
  if (QUESTION_LABELS.has(labelled)) return false;
  const words = nameWords(label);
  if (words.length === 0) return true;
  return words.some((w) => drafted.includes(w));
}
