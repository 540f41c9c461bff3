// What to print when something fails: the tail of code-server's log and of the extension host logs
// and the extension's own output channel, which VS Code writes under the user-data dir.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CodeServer } from './codeServer';
import type { Scratch } from './scratch';

function findLogs(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findLogs(path, out);
    else if (/^(remoteexthost|exthost)\.log$|Factdesk\.log$/.test(name)) out.push(path);
  }
  return out;
}

export function describeFailureContext(scratch: Scratch, server: CodeServer | undefined, lines = 30): string {
  const parts: string[] = [];
  if (server) parts.push(`--- code-server log (last ${lines} lines) ---\n${server.logTail(lines)}`);
  let logs: string[] = [];
  try {
    logs = findLogs(join(scratch.userData, 'logs'));
  } catch {
    // no logs folder yet: the workbench never connected
  }
  for (const log of logs) {
    const body = readFileSync(log, 'utf8').trim();
    if (body) parts.push(`--- ${relative(scratch.root, log)} (last ${lines} lines) ---\n${body.split('\n').slice(-lines).join('\n')}`);
  }
  return parts.join('\n');
}
