/**
 * Verbs that state a change of a quantity ("rose", "plunged"), as regex alternations: the arithmetic
 * check reads "rose 40 % to 140 from 120" with them, and the number finder knows from them that
 * "plunged $5 to $14.75" is a change by $5 to a new level, not a range of $5 to $14.75.
 */
export const UP = 'rose|risen|rises|increased|grew|grown|jumped|climbed|soared|surged|gained|went up|swelled|expanded|raised|doubled|tripled|trebled|quadrupled';
export const DOWN = 'fell|fallen|falls|dropped|declined|decreased|slid|plunged|sank|shrank|slipped|tumbled|went down|cut|lowered|reduced|halved';

/** A change verb right before a figure, with at most "by" and a currency or hedge between. */
export const CHANGE_VERB_BEFORE = new RegExp(`\\b(?:${UP}|${DOWN})(?:\\s+by)?\\s+\\S*$`, 'i');
