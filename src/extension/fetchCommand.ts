/**
 * *Factdesk: Fetch linked sources*: the one command that goes to the network, and only when the
 * editor runs it. Never in a restricted workspace; `factdesk.fetch` = "never" switches it off, and
 * "ask" (the default) lists the addresses and asks first. Each page's article text is archived under
 * `.factdesk/sources/` with its URL, fetch time and SHA-256, so later checks, teammates and CI work
 * offline from the same evidence; the sources watcher then re-checks the drafts.
 */
import * as vscode from 'vscode';
import { host } from './host';
import { linkedWebAddresses } from '../core/sources/linkedSources';

export function fetchLinkedSourcesCommand(output: vscode.OutputChannel) {
  return async (uriArg?: unknown): Promise<number> => {
    const document = uriArg instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uriArg) : vscode.window.activeTextEditor?.document;
    if (!document) return 0;
    if (!host.fetcher) {
      void vscode.window.showInformationMessage('Factdesk: Fetch linked sources needs the desktop VS Code (or a remote Node host); it is not available in the browser. Save the pages under .factdesk/sources/ instead.');
      return 0;
    }
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('Factdesk does not fetch anything in a restricted workspace. Trust the workspace to fetch linked sources.');
      return 0;
    }
    const setting = vscode.workspace.getConfiguration('factdesk', document).get<string>('fetch', 'ask');
    if (setting === 'never') {
      void vscode.window.showInformationMessage('Factdesk: fetching is switched off here (factdesk.fetch is "never").');
      return 0;
    }
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder) {
      void vscode.window.showInformationMessage('Factdesk: open the draft inside a workspace folder; fetched sources are archived in its .factdesk/sources/.');
      return 0;
    }
    const urls = linkedWebAddresses(document.getText(), document.languageId);
    if (urls.length === 0) {
      void vscode.window.showInformationMessage('Factdesk: this draft links to no web pages to fetch.');
      return 0;
    }
    const go = 'Fetch';
    const answer = await vscode.window.showWarningMessage(
      `Fetch ${urls.length} linked page${urls.length === 1 ? '' : 's'} from the web and archive the text under .factdesk/sources/?`,
      { modal: true, detail: urls.join('\n') },
      go,
    );
    if (answer !== go) return 0;
    const { archiveName, archiveText, fetchSource } = await host.fetcher();
    let saved = 0;
    const problems: string[] = [];
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Factdesk: fetching linked sources' }, async (progress) => {
      for (const url of urls) {
        progress.report({ message: url, increment: 100 / urls.length });
        const outcome = await fetchSource(url);
        if (!outcome.ok) {
          problems.push(outcome.problem);
          output.appendLine(`[fetch] ${outcome.problem}`);
          continue;
        }
        const target = vscode.Uri.joinPath(folder.uri, '.factdesk', 'sources', archiveName(url));
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(archiveText(outcome.source)));
        output.appendLine(`[fetch] ${url} → ${vscode.workspace.asRelativePath(target)} (SHA-256 ${outcome.source.sha256})`);
        saved++;
      }
    });
    const summary = `Factdesk: archived ${saved} of ${urls.length} linked page${urls.length === 1 ? '' : 's'} under .factdesk/sources/.`;
    if (problems.length > 0) void vscode.window.showWarningMessage(`${summary} ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more, see the Factdesk output)` : ''}`);
    else void vscode.window.showInformationMessage(summary);
    return saved;
  };
}
