// A throwaway folder under the system temp dir holding everything one run writes: code-server's
// XDG config/data/cache, TMPDIR, user data, extensions, Chromium's profile and the test workspace.
// Paths stay short because VS Code puts Unix sockets in there (limit 108 bytes).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerCleanup } from './cleanup';

export interface Scratch {
  root: string;
  /** XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_STATE_HOME, TMPDIR and HOME for code-server. */
  config: string;
  data: string;
  cache: string;
  state: string;
  tmp: string;
  home: string;
  userData: string;
  extensions: string;
  chromeProfile: string;
  workspace: string;
}

export function createScratch(): Scratch {
  const root = mkdtempSync(join(tmpdir(), 'fd-'));
  const dir = (name: string) => {
    const path = join(root, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const scratch: Scratch = {
    root,
    config: dir('cfg'),
    data: dir('data'),
    cache: dir('cache'),
    state: dir('state'),
    tmp: dir('tmp'),
    home: dir('home'),
    userData: dir('ud'),
    extensions: dir('ext'),
    chromeProfile: dir('chrome'),
    workspace: dir('ws'),
  };
  // vscode-ipc-<uuid>.sock (~50 bytes) goes into tmp and user data; keep the prefix well below 108.
  if (scratch.userData.length > 50 || scratch.tmp.length > 50) {
    throw new Error(`temp dir path too long for Unix sockets: ${root}; set TMPDIR to a shorter folder`);
  }
  const keep = process.env.FACTDESK_KEEP_SCRATCH === '1';
  const remove = () => {
    if (keep) console.error(`[harness] kept scratch folder ${root}`);
    else rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
  registerCleanup({ name: `scratch ${root}`, stop: async () => remove(), stopSync: remove });
  return scratch;
}

/** Environment that confines a child process's writes to the scratch folder. */
export function confinedEnv(scratch: Scratch, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: scratch.home,
    XDG_CONFIG_HOME: scratch.config,
    XDG_DATA_HOME: scratch.data,
    XDG_CACHE_HOME: scratch.cache,
    XDG_STATE_HOME: scratch.state,
    XDG_RUNTIME_DIR: scratch.tmp,
    TMPDIR: scratch.tmp,
    ...extra,
  };
}
