/**
 * Factdesk's VS Code face. activate() only wires: each concern lives in its own module, and all
 * claim logic is the core engine's. Nothing heavy loads here: the engine has no model to load (its
 * word lists are generated at development time), and documents are checked as they open.
 */
import * as vscode from 'vscode';
import { checkDocumentCommand } from './checkCommand';
import { Checker } from './checker';
import { CheckFailures } from './checkFailures';
import { ClaimsStatusBar } from './statusBar';
import { ClaimsTreeProvider } from './claimsView';
import { ClaimCodeActionProvider } from './codeActions';
import { Configuration } from './configuration';
import { setDatelineCommand } from './datelineCommand';
import { DatelineOverrides } from './datelineOverrides';
import { DiagnosticsPublisher } from './diagnostics';
import { watchDocuments } from './documentWatcher';
import { exportReportCommand } from './exportReport';
import { ClaimHoverProvider } from './hover';
import { clearVerificationCommand, ignoreClaimCommand, ignoreRuleCommand, markUnverifiedCommand, markVerifiedCommand } from './markCommands';
import { adjacentUnverifiedCommand, showClaimsCommand } from './navigationCommands';
import { RecordStore } from './recordStore';
import { fetchLinkedSourcesCommand } from './fetchCommand';
import { filterClaimsByMatchCommand } from './matchFilterCommand';
import { registerSourceCodeActions, registerSourceCommands } from './sourceActions';
import { WorkspaceSources } from './workspaceSources';
import { Reviewer } from './reviewer';
import { registerForLanguages } from './languages';
import { host } from './host';
import { insertSourceLinkCommand, replaceSamePlaceholdersCommand } from './sourceLinkCommand';
import { markSelectionVerifiedCommand } from './bulkActions';
import { teachCommand } from './teachCommand';
import { WorkspaceCheck } from './workspaceCheck';
import { checkWorkspaceCommand } from './workspaceCheckCommand';
import { createTestHooks, type FactdeskTestHooks } from './testHooks';

export function activate(context: vscode.ExtensionContext): FactdeskTestHooks | undefined {
  const output = vscode.window.createOutputChannel('Factdesk', { log: true });
  const configuration = new Configuration(output);
  const datelines = new DatelineOverrides(context.workspaceState);
  const records = new RecordStore(context.workspaceState);
  const sources = new WorkspaceSources(output);
  const reviewer = new Reviewer(host.identity);
  const failures = new CheckFailures(output, (message) => vscode.window.showErrorMessage(message));
  const testing = context.extensionMode === vscode.ExtensionMode.Test ? createTestHooks(failures) : undefined;
  const checker = new Checker(configuration, datelines, output, sources, failures, testing?.createAnalyzer);
  const diagnostics = new DiagnosticsPublisher(context.extensionUri, checker, records);
  const tree = new ClaimsTreeProvider(checker, records);
  const statusBar = new ClaimsStatusBar(checker, records);
  const workers = host.workers;
  const workspaceCheck = new WorkspaceCheck(checker, configuration, datelines, workers && (() => workers(context.extensionUri)), output);

  const refresh = (uri: vscode.Uri): void => {
    diagnostics.publish(uri);
    tree.refresh(uri);
    const editor = vscode.window.activeTextEditor;
    if (editor && editor.document.uri.toString() === uri.toString()) statusBar.update(editor);
  };
  const followEditor = (editor: vscode.TextEditor | undefined): void => {
    tree.follow(editor?.document);
    statusBar.update(editor);
  };

  const command = (id: string, handler: (...args: never[]) => unknown): vscode.Disposable => vscode.commands.registerCommand(id, handler as (...args: unknown[]) => unknown);

  context.subscriptions.push(
    output,
    configuration,
    datelines,
    records,
    reviewer,
    checker,
    diagnostics,
    tree,
    statusBar,
    workspaceCheck,
    checker.onDidCheck(refresh),
    records.onDidChange(refresh),
    vscode.window.onDidChangeActiveTextEditor(followEditor),
    vscode.window.createTreeView('factdesk.claims', { treeDataProvider: tree, showCollapseAll: true }),
    registerForLanguages((selector) => [
      vscode.languages.registerHoverProvider(selector, new ClaimHoverProvider(checker, records)),
      vscode.languages.registerCodeActionsProvider(selector, new ClaimCodeActionProvider(checker, records), ClaimCodeActionProvider.metadata),
      registerSourceCodeActions(selector, checker, records),
    ]),
    command('factdesk.checkDocument', checkDocumentCommand(checker, records)),
    command('factdesk.showClaims', showClaimsCommand(checker, records)),
    command('factdesk.nextUnverified', adjacentUnverifiedCommand(checker, records, 'next')),
    command('factdesk.previousUnverified', adjacentUnverifiedCommand(checker, records, 'previous')),
    command('factdesk.insertSourceLink', insertSourceLinkCommand(checker, records)),
    command('factdesk.markVerified', markVerifiedCommand(checker, records, reviewer)),
    command('factdesk.markSelectionVerified', markSelectionVerifiedCommand(checker, records, reviewer)),
    command('factdesk.replaceSamePlaceholders', replaceSamePlaceholdersCommand(checker, records)),
    command('factdesk.markUnverified', markUnverifiedCommand(checker, records)),
    command('factdesk.ignoreClaim', ignoreClaimCommand(checker, records, reviewer)),
    command('factdesk.ignoreRule', ignoreRuleCommand(checker)),
    command('factdesk.clearVerification', clearVerificationCommand(records)),
    command('factdesk.exportReport', exportReportCommand(checker, records)),
    command('factdesk.teach', teachCommand(configuration)),
    command('factdesk.checkWorkspace', checkWorkspaceCommand(workspaceCheck)),
    command('factdesk.setDateline', setDatelineCommand(checker, datelines)),
    command('factdesk.fetchLinkedSources', fetchLinkedSourcesCommand(output)),
    command('factdesk.filterClaimsByMatch', filterClaimsByMatchCommand((filter) => tree.filterByMatch(filter), () => tree.matchFilter)),
    ...watchDocuments(checker, configuration, datelines),
    sources,
    sources.onDidChange(() => vscode.workspace.textDocuments.forEach((document) => void checker.check(document))),
    ...registerSourceCommands(checker, records, reviewer),
  );
  followEditor(vscode.window.activeTextEditor);
  return testing?.hooks;
}

export function deactivate(): void {}
