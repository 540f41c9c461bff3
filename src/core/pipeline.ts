/**
 * The one file that assembles the engine: which scanners run over each block, and which passes
 * then run over the whole document, in order. To add a detector, write a scanner or a pass in its
 * own file (their contracts are in scan.ts) and list it here.
 */
import type { BlockScanner, DocumentPass } from './scan';
import { scanDates } from './scanners/dates';
import { scanSystems } from './scanners/systems';
import { scanSpeech } from './scanners/speech';
import { scanNumbers } from './scanners/numbers';
import { linkClaims } from './refiners/links';
import { resolveSpeakers } from './refiners/speakers';
import { checkSystemConsistency } from './refiners/systemConsistency';
import { findLaterSystemMentions } from './refiners/systemMentions';
import { flagMissingSources } from './refiners/sourceMissing';
import { matchSources } from './refiners/sourceMatch';
import { dropIgnored } from './refiners/ignored';
import { checkNumbers } from './refiners/numbers';
import { checkNames } from './refiners/names';

export const BLOCK_SCANNERS: readonly BlockScanner[] = [scanSpeech, scanDates, scanSystems, scanNumbers];

export const DOCUMENT_PASSES: readonly DocumentPass[] = [resolveSpeakers, matchSources, linkClaims, findLaterSystemMentions, dropIgnored, checkSystemConsistency, checkNumbers, checkNames, flagMissingSources];
