// Where things live: the repo, the shared corpus next to it, and the code-server install cache.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { corpusFile } from '../corpusDir';

export const CODE_SERVER_VERSION = '4.100.3';

export const repoRoot = resolve(__dirname, '..', '..');

/** The seed article every suite opens; read from ../shared, never copied into the repo. */
export const seedArticlePath = corpusFile('seed-article.md');

/** Same rule as install.sh: $FACTDESK_HARNESS_CACHE, else $XDG_CACHE_HOME or ~/.cache. */
export function harnessCacheDir(): string {
  return process.env.FACTDESK_HARNESS_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'factdesk-harness');
}

/** The installed code-server launcher; fails with the fix when install.sh has not completed. */
export function codeServerBin(): string {
  const prefix = join(harnessCacheDir(), `code-server-${CODE_SERVER_VERSION}`);
  const bin = join(prefix, 'node_modules', '.bin', 'code-server');
  if (!existsSync(join(prefix, '.factdesk-install-complete')) || !existsSync(bin)) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed in ${prefix}; run \`npm run harness:install\` first`);
  }
  return bin;
}

export const chromiumPath = process.env.FACTDESK_CHROMIUM ?? '/usr/bin/chromium';
