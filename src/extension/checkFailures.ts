/**
 * What happens when a check throws (a bug in a scanner, a config read that fails): the error is
 * written to the Factdesk log with the file, the user is told once per session (a broken scanner
 * would otherwise pop a message on every keystroke), and the caller keeps the last good result, so
 * the diagnostics on screen stay those of the last successful check rather than vanishing.
 * Types only from `vscode`, so it is unit-tested in plain Node.
 */
import type * as vscode from 'vscode';

export type ErrorLog = Pick<vscode.LogOutputChannel, 'error'>;

export class CheckFailures {
  private failures = 0;
  private shownMessage: string | undefined;

  constructor(
    private readonly log: ErrorLog,
    private readonly showError: (message: string) => unknown,
  ) {}

  /** Log a failed check of `file` and, the first time this session, tell the user. */
  report(file: string, error: unknown): void {
    this.failures++;
    const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    this.log.error(`[check] ${file}: the check failed, the last good results are kept.\n${detail}`);
    if (this.shownMessage !== undefined) return;
    const reason = error instanceof Error ? error.message : String(error);
    this.shownMessage = `Factdesk could not check ${file}: ${reason}. The last results are kept; details are in the Factdesk output (this is shown once per session).`;
    void this.showError(this.shownMessage);
  }

  /** How many checks failed, and the message shown (for the extension's test hooks). */
  get count(): number {
    return this.failures;
  }

  get shown(): string | undefined {
    return this.shownMessage;
  }
}
