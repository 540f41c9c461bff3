import type { DocumentPass } from '../pipeline';

export const linkClaims: DocumentPass = (drafts) => drafts;
