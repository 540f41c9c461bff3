import type { ClaimDraft } from '../draft';
import type { BlockScanner } from '../pipeline';

export const scanSystems: BlockScanner = (): ClaimDraft[] => [];
