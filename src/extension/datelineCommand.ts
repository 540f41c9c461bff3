/**
 * *Set dateline*: the date relative dates ("on Friday") in this document resolve against, as
 * YYYY-MM-DD, kept per document in workspace state; it wins over the draft's own date line until
 * cleared (an empty entry). `(uri, value)` arguments skip the input box.
 */
import * as vscode from 'vscode';
import type { Checker } from './checker';
import { resolveDocument } from './claimLookup';
import { validateDateline } from './datelineInput';
import type { DatelineOverrides } from './datelineOverrides';

export function setDatelineCommand(checker: Checker, datelines: DatelineOverrides) {
  return async (uriArg?: unknown, valueArg?: unknown): Promise<boolean> => {
    const document = await resolveDocument(uriArg);
    if (!document) return false;
    let value = typeof valueArg === 'string' ? valueArg.trim() : undefined;
    if (value === undefined) {
      const current = datelines.get(document.uri) ?? checker.get(document.uri)?.dateline?.value ?? '';
      value = (
        await vscode.window.showInputBox({
          title: 'Set dateline',
          prompt: 'The date this story is written from (YYYY-MM-DD). Relative dates resolve against it. Empty: use the draft\'s own dateline.',
          value: current,
          validateInput: validateDateline,
        })
      )?.trim();
      if (value === undefined) return false;
    }
    const problem = validateDateline(value);
    if (problem) {
      void vscode.window.showErrorMessage(`Factdesk: ${problem}`);
      return false;
    }
    await datelines.set(document.uri, value || undefined);
    await checker.check(document);
    return true;
  };
}
