// Drives the VS Code workbench the way a user does — keyboard shortcuts, the command palette, the
// Problems panel, hovers, Ctrl+. — and reads back what is on screen. Every wait polls with an
// explicit timeout and, on failure, says what it saw. Selectors are the workbench's own CSS classes
// (VS Code 1.100); re-query after every panel toggle, as elements are recreated.
import type { Locator, Page } from 'playwright-core';
import { poll, sleep } from '../../scripts/harness/wait';

const UI_TIMEOUT_MS = 20_000;

/** The workbench renders spaces as U+00A0 in editor lines. */
export function screenText(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

export class Workbench {
  constructor(readonly page: Page) {}

  async waitReady(): Promise<void> {
    await poll('the workbench and its explorer', async () => ((await this.page.locator('.monaco-workbench .explorer-folders-view, .monaco-workbench .explorer-viewlet').count()) ? true : undefined), { timeoutMs: 60_000 }, () => this.describeScreen());
  }

  /** A short account of what is on screen, for failure messages. */
  async describeScreen(): Promise<string> {
    const parts: string[] = [];
    const title = await this.page.title().catch(() => '');
    parts.push(`page title: ${title}`);
    const tabs = await this.page.locator('.tabs-container .tab').allInnerTexts().catch(() => []);
    parts.push(`tabs: ${JSON.stringify(tabs.map((t) => t.trim()))}`);
    const notifications = await this.page.locator('.notification-toast').allInnerTexts().catch(() => []);
    if (notifications.length) parts.push(`notifications: ${JSON.stringify(notifications)}`);
    const quickInput = this.page.locator('.quick-input-widget');
    if (await quickInput.isVisible().catch(() => false)) parts.push(`quick input: ${JSON.stringify(await quickInput.innerText())}`);
    const status = await this.page.locator('.statusbar-item').allInnerTexts().catch(() => []);
    parts.push(`status bar: ${JSON.stringify(status.map((s) => s.trim()).filter(Boolean))}`);
    return parts.join('\n');
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** Closes menus, hovers and quick inputs left open by a previous step. */
  async dismiss(): Promise<void> {
    for (let i = 0; i < 3; i++) await this.page.keyboard.press('Escape');
    await sleep(150);
  }

  private visibleQuickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  async waitQuickInput(what: string): Promise<Locator> {
    const widget = this.visibleQuickInput();
    await poll(`quick input for ${what}`, async () => ((await widget.isVisible()) ? true : undefined), { timeoutMs: UI_TIMEOUT_MS }, () => this.describeScreen());
    return widget;
  }

  /** Rows of the open quick pick, as text. */
  async quickPickRows(): Promise<string[]> {
    const rows = await this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row').allInnerTexts();
    return rows.map((r) => screenText(r).replace(/\s+/g, ' ').trim());
  }

  /** Ctrl+P, type the file name, Enter; waits until its tab is the active one. */
  async quickOpen(fileName: string): Promise<void> {
    await this.press('Control+P');
    await this.waitQuickInput(`quick open of ${fileName}`);
    await this.page.keyboard.type(fileName);
    // The first file search starts ripgrep on the server: allow it longer than other UI waits.
    await poll(`"${fileName}" in the quick open list`, async () => ((await this.quickPickRows()).some((r) => r.includes(fileName)) ? true : undefined), { timeoutMs: 3 * UI_TIMEOUT_MS }, async () => JSON.stringify(await this.quickPickRows()));
    await this.press('Enter');
    await this.waitActiveTab(fileName);
  }

  async activeTabTitle(): Promise<string> {
    return (await this.page.locator('.editor-group-container.active .tab.active').first().innerText()).trim();
  }

  async waitActiveTab(title: string | RegExp): Promise<string> {
    return poll(`active editor tab ${title}`, async () => {
      const active = await this.activeTabTitle();
      return (typeof title === 'string' ? active.includes(title) : title.test(active)) ? active : undefined;
    }, { timeoutMs: UI_TIMEOUT_MS }, () => this.describeScreen());
  }

  /** The active editor's visible lines, as text. */
  async editorText(): Promise<string> {
    return screenText(await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText());
  }

  async squiggleCounts(): Promise<{ warning: number; info: number; error: number }> {
    const count = (cls: string) => this.page.locator(`.editor-group-container.active .monaco-editor .${cls}`).count();
    return { warning: await count('squiggly-warning'), info: await count('squiggly-info'), error: await count('squiggly-error') };
  }

  /** Resolves once the active editor shows syntax highlighting (a bold Markdown heading token). */
  async waitHighlighted(): Promise<void> {
    await poll('Markdown highlighting', async () => ((await this.page.locator('.editor-group-container.active .view-lines .mtkb').count()) ? true : undefined), { timeoutMs: 10_000 });
  }

  /**
   * Ctrl+G "line:column" (1-based) moves the cursor there and reveals it. Enter waits for the quick
   * input to offer that line (a keypress that lands before it has read the typed text is lost), and a
   * jump that still did not happen is tried again from a fresh Ctrl+G: a file that has just opened can
   * take the focus back from the quick input.
   */
  async goTo(line: number, column: number): Promise<void> {
    const where = `Ln ${line}, Col ${column}`;
    const status = async (): Promise<string> => (await this.page.locator('.statusbar-item').allInnerTexts()).join(' | ');
    for (let attempt = 1; ; attempt++) {
      await this.press('Control+G');
      const widget = await this.waitQuickInput(`go to line ${line}:${column}`);
      await this.page.keyboard.type(`${line}:${column}`);
      await poll(`go-to-line offer for ${line}:${column}`, async () => ((await widget.innerText()).includes(`line ${line} and character ${column}`) ? true : undefined), { timeoutMs: UI_TIMEOUT_MS }, () => widget.innerText());
      await this.press('Enter');
      const last = attempt === 3;
      try {
        await poll(`cursor at ${where}`, async () => ((await status()).includes(where) ? true : undefined), { timeoutMs: last ? UI_TIMEOUT_MS : 5_000 }, status);
        return;
      } catch (error) {
        if (last) throw error;
        await this.press('Escape');
      }
    }
  }

  /** Shows the hover at the cursor (Ctrl+K Ctrl+I) and returns its text once it contains `expect`. */
  async hoverAtCursor(expect: RegExp): Promise<string> {
    let last = '';
    return poll(`hover card matching ${expect}`, async () => {
      const hover = this.page.locator('.monaco-editor .monaco-hover:visible');
      if (!(await hover.count())) {
        await this.press('Control+K', 'Control+I');
        await sleep(400);
      }
      last = screenText((await hover.allInnerTexts()).join('\n'));
      return expect.test(last) ? last : undefined;
    }, { timeoutMs: UI_TIMEOUT_MS }, () => last || '(no hover visible)');
  }

  /** F1, type the command's title, Enter on the matching row. */
  async runCommand(title: string): Promise<void> {
    await this.press('F1');
    await this.waitQuickInput(`command palette for "${title}"`);
    await this.page.keyboard.type(title);
    await poll(`"${title}" in the command palette`, async () => ((await this.quickPickRows()).some((r) => r.includes(title)) ? true : undefined), { timeoutMs: UI_TIMEOUT_MS }, async () => JSON.stringify(await this.quickPickRows()));
    await this.press('Enter');
  }

  /** In an open quick pick, moves with the arrow keys to the row matching `label` and presses Enter. */
  async pickWithArrows(label: RegExp, what: string): Promise<void> {
    await poll(`"${label}" among the ${what} rows`, async () => ((await this.quickPickRows()).some((r) => label.test(r)) ? true : undefined), { timeoutMs: UI_TIMEOUT_MS }, async () => JSON.stringify(await this.quickPickRows()));
    await this.moveFocusTo('.quick-input-widget .quick-input-list .monaco-list-row.focused', label, what);
    await this.press('Enter');
  }

  private async moveFocusTo(focusedSelector: string, label: RegExp, what: string): Promise<void> {
    const seen: string[] = [];
    for (let i = 0; i < 30; i++) {
      const focused = screenText(await this.page.locator(focusedSelector).first().innerText().catch(() => ''));
      seen.push(focused.replace(/\s+/g, ' ').trim());
      if (label.test(focused)) return;
      await this.press('ArrowDown');
      await sleep(60);
    }
    throw new Error(`could not reach ${label} in the ${what} with the arrow keys; focus went through: ${JSON.stringify([...new Set(seen)])}`);
  }

  /** Ctrl+. at the cursor; returns the action titles listed. */
  async openQuickFixes(expect: RegExp): Promise<string[]> {
    let rows: string[] = [];
    return poll(`code action menu listing ${expect}`, async () => {
      const widget = this.page.locator('.action-widget:visible');
      if (!(await widget.count())) {
        await this.press('Control+.');
        await sleep(500);
      }
      rows = (await this.page.locator('.action-widget .monaco-list-row.action').allInnerTexts()).map((r) => screenText(r).replace(/\s+/g, ' ').trim());
      return rows.some((r) => expect.test(r)) ? rows : undefined;
    }, { timeoutMs: UI_TIMEOUT_MS }, () => JSON.stringify(rows));
  }

  /** In the open code action menu, arrows to the action matching `label`, then Enter. */
  async chooseQuickFix(label: RegExp): Promise<void> {
    await this.moveFocusTo('.action-widget .monaco-list-row.action.focused', label, 'code action menu');
    await this.press('Enter');
  }

  /** Ctrl+Shift+M, optionally filtered; returns the marker rows' text. */
  async problems(filter: string): Promise<string[]> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible().catch(() => false))) await this.press('Control+Shift+M');
    await poll('the Problems panel', async () => ((await panel.isVisible()) ? true : undefined), { timeoutMs: UI_TIMEOUT_MS }, () => this.describeScreen());
    const input = this.page.locator('.panel .viewpane-filter input, .panel .markers-panel-action-filter input').first();
    await input.click();
    await input.fill(filter);
    let rows: string[] = [];
    return poll(`Problems rows for filter "${filter}"`, async () => {
      rows = (await this.page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map((r) => screenText(r).replace(/\s+/g, ' ').trim());
      const markers = rows.filter((r) => /factdesk/.test(r));
      // The filter applies after a debounce: wait until every row matches it, not the previous one.
      const filtered = markers.every((r) => r.toLowerCase().includes(filter.toLowerCase()));
      return markers.length && filtered ? markers : undefined;
    }, { timeoutMs: UI_TIMEOUT_MS }, () => JSON.stringify(rows));
  }

  async closePanel(): Promise<void> {
    if (!(await this.page.locator('.markers-panel').isVisible().catch(() => false))) return;
    await this.runCommand('View: Hide Panel');
    await poll('the panel to close', async () => ((await this.page.locator('.markers-panel').isVisible()) ? undefined : true), { timeoutMs: UI_TIMEOUT_MS }, () => this.describeScreen());
  }

  /** Expands the Explorer's "Factdesk Claims" section if needed; returns its rows' text. */
  async claimsView(): Promise<string[]> {
    const header = this.page.locator('.pane-header', { hasText: /factdesk claims/i }).first();
    await poll('the Factdesk Claims section in the Explorer', async () => ((await header.count()) ? true : undefined), { timeoutMs: UI_TIMEOUT_MS }, async () => JSON.stringify(await this.page.locator('.pane-header').allInnerTexts()));
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    // Collapse the other Explorer sections (the folder tree) so the claims get the room.
    const others = this.page.locator('.explorer-viewlet .pane-header[aria-expanded="true"]', { hasNotText: /factdesk claims/i });
    for (let i = await others.count(); i > 0; i--) await others.first().click();
    const rows = this.page.locator('.pane', { has: header }).locator('.pane-body .monaco-list-row');
    let seen: string[] = [];
    return poll('rows in the Claims view', async () => {
      seen = (await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
      return seen.length ? seen : undefined;
    }, { timeoutMs: UI_TIMEOUT_MS }, () => JSON.stringify(seen));
  }

  /** Clicks the Claims view row matching `label` (the view must be open). */
  async clickClaim(label: RegExp): Promise<void> {
    const header = this.page.locator('.pane-header', { hasText: /factdesk claims/i }).first();
    await this.page.locator('.pane', { has: header }).locator('.pane-body .monaco-list-row', { hasText: label }).first().click();
  }

  /** Waits until the status bar's cursor position is on `line` (1-based). */
  async waitCursorLine(line: number): Promise<void> {
    await poll(`cursor on line ${line}`, async () => ((await this.statusBar()).some((s) => s.startsWith(`Ln ${line},`)) ? true : undefined), { timeoutMs: UI_TIMEOUT_MS }, async () => JSON.stringify(await this.statusBar()));
  }

  /** Status-bar entries' text. */
  async statusBar(): Promise<string[]> {
    return (await this.page.locator('.statusbar-item').allInnerTexts()).map((s) => s.trim()).filter(Boolean);
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}
