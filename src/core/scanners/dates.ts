import type { ClaimDraft } from '../draft';
import type { BlockScanner } from '../pipeline';

export const scanDates: BlockScanner = (): ClaimDraft[] => [];
