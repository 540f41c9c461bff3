/**
 * Game periods are not dates: "in the third quarter" of a basketball game, "the second half" of a
 * match. A quarter or half written without a year or a "this year's" is read as a game period when
 * its paragraph talks sport and the words around it do not talk money (an earnings story says
 * "the team's revenue rose in the third quarter").
 */

const SPORTS_TALK =
  /\b(?:scored?|scoring|goals?|points?|touchdowns?|field goal|baskets?|rebounds?|assists?|innings?|penalt(?:y|ies)|free kicks?|corners?|quarterback|striker|midfielder|defenders?|goalkeeper|keeper|coach|referee|whistle|half-?time|overtime|extra time|stoppage time|kick-?off|match|game|games|playoffs?|tournament|league|championship|stadium|teammates?|fans|trailed|led \d{1,3}[-–]\d{1,3}|\d{1,3}[-–]\d{1,3} (?:lead|win|victory|defeat|loss))\b/i;

const MONEY_TALK =
  /\b(?:revenue|profit|earnings|sales|income|loss(?:es)? of|percent|per cent|GDP|economy|economic|growth|inflation|output|shares|dividend|fiscal|results|quarterly|billion|million|forecast|analysts?)\b|[$€£¥%]/i;

/** How far around the period the money words are looked for. */
const NEAR = 120;

/** True when the paragraph talks sport anywhere. Asked once per paragraph, not per period. */
export function talksSport(paragraph: string): boolean {
  return SPORTS_TALK.test(paragraph);
}

/** In a paragraph that talks sport: true when the quarter or half at [start, end) is a period of a game. */
export function isGamePeriod(paragraph: string, start: number, end: number): boolean {
  return !MONEY_TALK.test(paragraph.slice(Math.max(0, start - NEAR), Math.min(paragraph.length, end + NEAR)));
}
