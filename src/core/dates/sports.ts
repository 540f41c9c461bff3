/**
 * Game periods are not dates: "in the third quarter" of a basketball game, "the second half" of a
 * match. What tells them from parts of a year is the talk around them: money near the period makes
 * it a part of the year ("the team's revenue rose in the third quarter"), sport in its paragraph a
 * period of play. See context.ts for how the two are weighed.
 */

/**
 * Words of match reports and post-match quotes. A coach's quote often has none of the scoring
 * words ("we were patient in the first half"), so the playing words count too.
 */
const SPORTS_TALK =
  /\b(?:scored?|scoring|scorer|goals?|points?|touchdowns?|field goal|baskets?|rebounds?|assists?|innings?|penalt(?:y|ies)|free[- ]kicks?|corners?|quarterback|striker|midfield(?:er)?|defen[cs]e|defenders?|goalkeeper|keeper|coach|manager|referee|whistle|half-?time|halves|overtime|extra time|stoppage time|kick-?off|match(?:es)?|game|games|playoffs?|tournament|league|championship|cup|stadium|pitch|teammates?|squad|players?|played|playing|side|opponents?|possession|chances?|shots?|equali[sz]er|header|substitut(?:e|ed|ion)|fixture|derby|season|fans|trailed|trailing|comeback|FC|led \d{1,3}[-–]\d{1,3}|\d{1,3}[-–]\d{1,3} (?:lead|win|victory|defeat|loss|draw))\b/i;

const MONEY_TALK =
  /\b(?:revenue|profit|earnings|sales|income|loss(?:es)? of|percent|per cent|GDP|economy|economic|growth|inflation|output|shares|dividend|fiscal|results|quarterly|billion|million|forecast|analysts?|demand|orders|margins?|deliveries|shipments|production|guidance|outlook|customers)\b|[$€£¥%]/i;

/** How far around the period the money words are looked for. */
const NEAR = 120;

/** True when the paragraph talks sport anywhere. Asked once per paragraph, not per period. */
export function talksSport(paragraph: string): boolean {
  return SPORTS_TALK.test(paragraph);
}

/** "We came out flat in the first quarter": a team speaking, when no money is talked about. */
const FIRST_PERSON = /\b(?:we|our|us)\b/i;

/** True when the words near [start, end) are a speaker's own ("we", "our"). */
export function talksFirstPersonNear(paragraph: string, start: number, end: number): boolean {
  return FIRST_PERSON.test(paragraph.slice(Math.max(0, start - NEAR), Math.min(paragraph.length, end + NEAR)));
}

/** True when money is talked about near [start, end): a quarter or half there is a part of the year. */
export function talksMoneyNear(paragraph: string, start: number, end: number): boolean {
  return MONEY_TALK.test(paragraph.slice(Math.max(0, start - NEAR), Math.min(paragraph.length, end + NEAR)));
}
