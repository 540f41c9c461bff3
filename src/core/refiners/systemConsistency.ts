import type { DocumentPass } from '../pipeline';

export const checkSystemConsistency: DocumentPass = (drafts) => drafts;
