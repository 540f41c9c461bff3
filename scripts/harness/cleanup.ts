// One place that guarantees servers and scratch folders go away: on normal exit, on failure,
// on Ctrl+C / SIGTERM / SIGHUP and on uncaught errors. Each resource registers an async stop
// (graceful) and a sync stop (last resort from the 'exit' event, where nothing async runs).
export interface Cleanup {
  name: string;
  stop(): Promise<void>;
  stopSync(): void;
}

const cleanups: Cleanup[] = [];
let installed = false;
let running: Promise<void> | undefined;

export function registerCleanup(cleanup: Cleanup): () => void {
  installHandlers();
  cleanups.push(cleanup);
  return () => {
    const i = cleanups.indexOf(cleanup);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

/** True once cleanup has begun: a server exiting then is expected, not a failure. */
export function isStopping(): boolean {
  return running !== undefined;
}

/** Runs every registered stop, newest first, each bounded so a hung stop cannot keep us alive. */
export function runCleanups(): Promise<void> {
  running ??= (async () => {
    while (cleanups.length) {
      const c = cleanups.pop()!;
      try {
        await Promise.race([c.stop(), new Promise<void>((_, reject) => setTimeout(() => reject(new Error('timed out after 10 s')), 10_000).unref())]);
      } catch (err) {
        console.error(`[harness] cleanup "${c.name}" failed: ${(err as Error).message}; forcing`);
        c.stopSync();
      }
    }
  })();
  return running;
}

function installHandlers(): void {
  if (installed) return;
  installed = true;
  process.on('exit', () => {
    for (const c of cleanups.splice(0).reverse()) {
      try {
        c.stopSync();
      } catch {
        // nothing more can be done while exiting
      }
    }
  });
  const onSignal = (signal: NodeJS.Signals, code: number) => {
    console.error(`\n[harness] ${signal}: stopping`);
    void runCleanups().finally(() => process.exit(code));
  };
  process.once('SIGINT', () => onSignal('SIGINT', 130));
  process.once('SIGTERM', () => onSignal('SIGTERM', 143));
  process.once('SIGHUP', () => onSignal('SIGHUP', 129));
  const onFatal = (err: unknown) => {
    console.error('[harness] fatal:', err);
    void runCleanups().finally(() => process.exit(1));
  };
  process.on('uncaughtException', onFatal);
  process.on('unhandledRejection', onFatal);
}
