// Debian's Chromium driven by playwright-core (never `npx playwright install`: no downloads here).
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';
import { registerCleanup } from './cleanup';
import { chromiumPath } from './paths';
import type { Scratch } from './scratch';
import { withTimeout } from './wait';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(scratch: Scratch, viewport = { width: 1400, height: 900 }): Promise<Chromium> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}; run \`npm run harness:install\``);
  const context = await withTimeout(
    'launching Chromium',
    60_000,
    chromium.launchPersistentContext(scratch.chromeProfile, {
      executablePath: chromiumPath,
      headless: true,
      args: ARGS,
      viewport,
      env: { ...process.env, HOME: scratch.home, TMPDIR: scratch.tmp, XDG_CONFIG_HOME: scratch.config, XDG_CACHE_HOME: scratch.cache },
    }),
  );
  const close = () => withTimeout('closing Chromium', 10_000, context.close());
  const unregister = registerCleanup({
    name: 'chromium',
    stop: close,
    // playwright kills its browser when this process exits; nothing synchronous is needed.
    stopSync: () => undefined,
  });
  return {
    context,
    close: async () => {
      await close();
      unregister();
    },
  };
}
