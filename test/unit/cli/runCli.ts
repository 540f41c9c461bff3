// Runs the CLI in-process on a scratch directory and captures what a user would see.
import { afterEach } from 'vitest';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run } from '../../../src/cli/run';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], cwd: string, options: { tty?: boolean } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { isTTY: options.tty ?? false, write: (chunk: string) => (stderr += chunk) },
  });
  return { code, stdout, stderr };
}

/** A fresh directory under the OS temp dir holding `files` (path → text or bytes); removed by `cleanup`. */
export function scratch(files: Record<string, string | Uint8Array>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'factdesk-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Scratch folders made by a test file, each removed after its test: `const dirWith = scratchDirs();`. */
export function scratchDirs(): (files: Record<string, string | Uint8Array>) => string {
  let cleanups: Array<() => void> = [];
  afterEach(() => {
    cleanups.forEach((c) => c());
    cleanups = [];
  });
  return (files) => {
    const s = scratch(files);
    cleanups.push(s.cleanup);
    return s.dir;
  };
}

/** The path of a built file (`dist/cli.js`); a clear error when it was not built (`npm test` and `npm run test:unit` build first). */
export function built(file: string): string {
  const resolved = path.resolve(__dirname, '../../..', file);
  if (!existsSync(resolved)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test and npm run test:unit do)`);
  return resolved;
}
