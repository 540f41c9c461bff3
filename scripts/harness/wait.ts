// Explicit timeouts for every step: a step that does not finish says what it was waiting for and
// what it last saw, instead of hanging the run.
export class StepTimeout extends Error {}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function withTimeout<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(`${what}: timed out after ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface PollOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** Checked before each attempt: a message means waiting longer is pointless (e.g. the server died). */
  abort?: () => string | undefined;
}

/**
 * Calls `probe` until it returns a value other than undefined. Errors thrown by the probe count as
 * "not yet" (UI elements come and go while panels toggle). On timeout the error names the step and
 * includes `describe()` of the last attempt.
 */
export async function poll<T>(what: string, probe: () => Promise<T | undefined>, opts: PollOptions, describe?: () => Promise<string> | string): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  let lastError = '';
  for (;;) {
    const aborted = opts.abort?.();
    if (aborted) {
      lastError = aborted;
      break;
    }
    try {
      const value = await probe();
      if (value !== undefined) return value;
      lastError = '';
    } catch (err) {
      lastError = (err as Error).message.split('\n')[0];
    }
    if (Date.now() >= deadline) break;
    await sleep(opts.intervalMs ?? 250);
  }
  let seen = lastError ? `last error: ${lastError}` : '';
  if (describe) {
    try {
      seen += `${seen ? '\n' : ''}seen: ${await describe()}`;
    } catch (err) {
      seen += `${seen ? '\n' : ''}(could not describe: ${(err as Error).message})`;
    }
  }
  const verdict = opts.abort?.() ? 'gave up' : `not seen within ${opts.timeoutMs / 1000} s`;
  throw new StepTimeout(`${what}: ${verdict}${seen ? `\n${seen}` : ''}`);
}
