// code-server lifecycle: start in its own process group (setsid), answer /healthz, stop the whole
// group. Killing only code-server's PID would leave the extension host and file watcher running.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { registerCleanup } from './cleanup';
import { codeServerBin } from './paths';
import { confinedEnv, type Scratch } from './scratch';
import { poll, sleep } from './wait';

export interface CodeServer {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Prefix for vscode-remote URIs of files on this server. */
  remoteAuthority: string;
  logFile: string;
  logTail(lines?: number): string;
  /** Settles with a description when the server process exits. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

export interface StartOptions {
  scratch: Scratch;
  /** Extra environment for the server and so for the extension host (e.g. FACTDESK_TEST_RESULTS). */
  env?: Record<string, string>;
  /** Fixed port (`npm run try` with PORT set); otherwise a free one is picked. */
  port?: number;
  healthTimeoutMs?: number;
}

/** Settings that keep the workbench quiet and deterministic for tests (no welcome page, no tips). */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function processGroupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

function commonArgs(scratch: Scratch): string[] {
  return ['--user-data-dir', scratch.userData, '--extensions-dir', scratch.extensions, '--config', join(scratch.config, 'code-server.yaml')];
}

/** `code-server --install-extension x.vsix` into the scratch extensions dir (offline, ~2 s). */
export function installExtension(scratch: Scratch, vsix: string, timeoutMs = 60_000): void {
  const result = spawnSync(codeServerBin(), [...commonArgs(scratch), '--install-extension', vsix, '--force'], {
    env: confinedEnv(scratch),
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${vsix} failed (status ${result.status ?? result.signal}${result.error ? `, ${result.error.message}` : ''}):\n${output}`);
  }
}

export async function startCodeServer(opts: StartOptions): Promise<CodeServer> {
  const { scratch } = opts;
  const settingsDir = join(scratch.userData, 'User');
  mkdirSync(settingsDir, { recursive: true });
  writeFileSync(join(settingsDir, 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  writeFileSync(join(scratch.config, 'code-server.yaml'), 'auth: none\n');
  if (opts.port) return startOnPort(opts, opts.port);
  // A port found free can be taken by another process before code-server binds it: try another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnPort(opts, await freePort());
    } catch (err) {
      if (attempt >= 3 || !/EADDRINUSE/.test((err as Error).message)) throw err;
      console.error(`[harness] port taken before code-server bound it; retrying`);
    }
  }
}

async function startOnPort(opts: StartOptions, port: number): Promise<CodeServer> {
  const { scratch } = opts;
  const logFile = join(scratch.root, 'code-server.log');
  const logFd = openSync(logFile, 'a');
  const args = [
    ...commonArgs(scratch),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    scratch.workspace,
  ];
  // detached: the child calls setsid(), so it leads a new process group we can signal as -pid.
  const child = spawn(codeServerBin(), args, {
    cwd: scratch.workspace,
    env: confinedEnv(scratch, opts.env),
    detached: true,
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  const pgid = child.pid;
  if (!pgid) throw new Error(`could not spawn code-server: ${codeServerBin()}`);
  let exited: string | undefined;
  const exitedPromise = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = `code-server exited (code ${code}, signal ${signal})`;
      resolve(exited);
    });
  });

  const stop = async () => {
    if (!processGroupAlive(pgid)) return;
    killGroup(pgid, 'SIGTERM');
    for (let i = 0; i < 40 && processGroupAlive(pgid); i++) await sleep(125);
    if (processGroupAlive(pgid)) killGroup(pgid, 'SIGKILL');
    for (let i = 0; i < 40 && processGroupAlive(pgid); i++) await sleep(125);
  };
  const unregister = registerCleanup({ name: `code-server :${port}`, stop, stopSync: () => killGroup(pgid, 'SIGKILL') });

  const origin = `http://127.0.0.1:${port}`;
  try {
    await poll(
      `code-server on ${origin} answering /healthz`,
      async () => {
        const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
        return response.ok ? true : undefined;
      },
      { timeoutMs: opts.healthTimeoutMs ?? 30_000, intervalMs: 200, abort: () => exited },
      () => `${exited ?? 'server still running'}; last log lines:\n${tail(logFile, 25)}`,
    );
  } catch (err) {
    await stop();
    unregister();
    throw err;
  }

  return {
    port,
    origin,
    remoteAuthority: `127.0.0.1:${port}`,
    logFile,
    logTail: (lines = 40) => tail(logFile, lines),
    exited: exitedPromise,
    stop: async () => {
      await stop();
      unregister();
    },
  };
}
