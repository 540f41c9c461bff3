/**
 * The reviewer's name from what is known, in order: the `factdesk.reviewer` setting, git's
 * user.name, the OS user — the OS user only on the local machine (see reviewer.ts). Pure.
 */
export interface ReviewerSources {
  setting: string | undefined;
  git: string | undefined;
  osUser: string | undefined;
  remote: boolean;
}

/** The first name available, in the order above; '' when there is none. Pure. */
export function reviewerName(sources: ReviewerSources): string {
  for (const candidate of [sources.setting, sources.git, sources.remote ? undefined : sources.osUser]) {
    const name = candidate?.trim();
    if (name) return name;
  }
  return '';
}
