import type { DocumentPass } from '../pipeline';

export const flagMissingSources: DocumentPass = (drafts) => drafts;
