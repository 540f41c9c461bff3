import type { DocumentPass } from '../pipeline';

export const resolveSpeakers: DocumentPass = (drafts) => drafts;
