/**
 * The web extension host (vscode.dev, github.dev, code-server's web worker): no git, no OS user, no
 * worker threads. The reviewer comes from `factdesk.reviewer` alone, and the workspace check runs
 * on the extension's own thread, saying so when there are many drafts.
 */
import type { Host } from './hostApi';

export const host: Host = { identity: {} };
