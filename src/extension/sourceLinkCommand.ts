/**
 * *Insert source link…*: pick a known source (sources registry, earlier links in the draft) or
 * type a URL (prefilled from the clipboard when it holds one and answers at once; http/https only), then apply the
 * edits from sourceLinkEdits as one WorkspaceEdit. Arguments `(uri, claim, url, style)` skip the UI.
 * *Replace all placeholders for this outlet…* does the same for every placeholder link naming the
 * same outlet as the one under the cursor (`[Reuters](#)` three times), with one URL, as one edit.
 */
import * as vscode from 'vscode';
import type { Claim } from '../core/claims';
import type { LinkStyle } from '../core/options';
import type { Checker } from './checker';
import { resolveClaim, type ResolvedClaim } from './claimLookup';
import { knownSourcesFor, parseSourcesRegistry, type SourcesRegistry } from './knownSources';
import type { RecordStore } from './recordStore';
import { samePlaceholders } from './bulkSelection';
import { sourceLinkEdits } from './sourceLinkEdits';
import type { TextEditSpec } from './textEdit';
import { CLIPBOARD_WAIT_MS, readWithin, urlFromClipboard, validateSourceUrl } from './sourceUrl';
import { toWorkspaceEdit } from './workspaceEdits';

const STYLES: readonly LinkStyle[] = ['inline', 'reference', 'footnote'];

/** Under the cursor, a placeholder link is the likeliest target, then an attribution, then a quote. */
function linkPreference(claim: Claim): number {
  if (claim.code === 'link-placeholder') return 0;
  if (claim.kind === 'attribution') return 1;
  if (claim.kind === 'quote') return 2;
  if (claim.code === 'source-missing') return 3;
  return 4;
}

/** Names to look a source up by: outlet, source, speaker, and a link's own text. */
function namesFor(claim: Claim): string[] {
  const names = [claim.outlet, claim.source?.text, claim.speaker?.name, claim.speaker?.text];
  if (claim.kind === 'link') names.push(claim.text.replace(/^\[|\]\(.*$|\]$/gs, ''));
  return names.filter((n): n is string => typeof n === 'string' && n.trim() !== '');
}

async function readRegistry(resolved: ResolvedClaim): Promise<SourcesRegistry> {
  const folder = vscode.workspace.getWorkspaceFolder(resolved.document.uri);
  const path = resolved.checked.config.sourcesRegistry;
  const uri = path.startsWith('/') ? vscode.Uri.file(path) : folder ? vscode.Uri.joinPath(folder.uri, path) : undefined;
  if (!uri) return {};
  let text: string;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return {};
  }
  try {
    return parseSourcesRegistry(text, vscode.workspace.asRelativePath(uri));
  } catch (error) {
    void vscode.window.showWarningMessage(`Factdesk: ${(error as Error).message}`);
    return {};
  }
}

async function askForUrl(resolved: ResolvedClaim): Promise<string | undefined> {
  const known = knownSourcesFor(namesFor(resolved.claim), await readRegistry(resolved), resolved.checked.links, resolved.claim.start);
  if (known.length) {
    type Item = vscode.QuickPickItem & { url?: string };
    const items: Item[] = [
      ...known.map((k) => ({ label: k.name, description: k.url, detail: k.origin === 'registry' ? 'from the sources registry' : 'linked earlier in this document', url: k.url })),
      { label: '$(edit) Enter a URL…', alwaysShow: true },
    ];
    const picked = await vscode.window.showQuickPick(items, { title: 'Insert source link', placeHolder: 'Choose a known source or enter a URL' });
    if (!picked) return undefined;
    if (picked.url) return picked.url;
  }
  const clipboard = urlFromClipboard(await readWithin(() => vscode.env.clipboard.readText(), CLIPBOARD_WAIT_MS));
  const input = await vscode.window.showInputBox({
    title: 'Insert source link',
    prompt: `Source URL for ${resolved.claim.kind} “${resolved.claim.text.slice(0, 60)}”`,
    placeHolder: 'https://…',
    value: clipboard ?? '',
    ignoreFocusOut: true,
    validateInput: (value) => validateSourceUrl(value),
  });
  return input?.trim();
}

export function insertSourceLinkCommand(checker: Checker, records: RecordStore) {
  return async (uriArg?: unknown, target?: unknown, urlArg?: unknown, styleArg?: unknown): Promise<boolean> => {
    let resolved = await resolveClaim(checker, records, uriArg, target, linkPreference);
    if (!resolved) {
      void vscode.window.showInformationMessage('Factdesk: put the cursor on a quote, attribution or placeholder link to insert a source link.');
      return false;
    }
    const url = typeof urlArg === 'string' ? urlArg.trim() : await askForUrl(resolved);
    if (!url) return false;
    const problem = validateSourceUrl(url);
    if (problem) {
      void vscode.window.showErrorMessage(`Factdesk: ${problem}`);
      return false;
    }
    if (resolved.document.version !== resolved.checked.version) {
      // The draft changed while the user was choosing: find the same claim in the new text.
      resolved = await resolveClaim(checker, records, resolved.document.uri, resolved.claim.fingerprint);
      if (!resolved) return false;
    }
    const style = typeof styleArg === 'string' && (STYLES as readonly string[]).includes(styleArg) ? (styleArg as LinkStyle) : resolved.checked.config.linkStyle;
    const edits = sourceLinkEdits({ text: resolved.checked.text, claim: resolved.claim, url, style, languageId: resolved.checked.languageId });
    if (edits.length === 0) return false;
    return vscode.workspace.applyEdit(toWorkspaceEdit(resolved.document.uri, resolved.checked, edits));
  };
}

/** One edit per place: placeholders sharing a reference definition would each rewrite the same URL. */
function distinct(edits: readonly TextEditSpec[]): TextEditSpec[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = `${e.start}:${e.end}:${e.newText}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function replaceSamePlaceholdersCommand(checker: Checker, records: RecordStore) {
  return async (uriArg?: unknown, target?: unknown, urlArg?: unknown): Promise<number> => {
    const resolved = await resolveClaim(checker, records, uriArg, target, linkPreference);
    const group = resolved ? samePlaceholders(resolved.checked.claims, resolved.claim) : [];
    if (!resolved || group.length === 0) {
      void vscode.window.showInformationMessage('Factdesk: put the cursor on a placeholder link such as [Reuters](#) to replace every placeholder for that outlet.');
      return 0;
    }
    const url = typeof urlArg === 'string' ? urlArg.trim() : await askForUrl(resolved);
    if (!url) return 0;
    const problem = validateSourceUrl(url);
    if (problem) {
      void vscode.window.showErrorMessage(`Factdesk: ${problem}`);
      return 0;
    }
    let checked = resolved.checked;
    if (resolved.document.version !== checked.version) {
      const current = await checker.current(resolved.document);
      if (!current) return 0;
      checked = current;
    }
    const claims = samePlaceholders(checked.claims, resolved.claim);
    const edits = distinct(claims.flatMap((claim) => sourceLinkEdits({ text: checked.text, claim, url, style: checked.config.linkStyle, languageId: checked.languageId })));
    if (edits.length === 0) return 0;
    return (await vscode.workspace.applyEdit(toWorkspaceEdit(resolved.document.uri, checked, edits))) ? claims.length : 0;
  };
}
