/** The Node host's answers for reviewer.ts: git's user.name and the OS account. */
import { execFile } from 'node:child_process';
import * as os from 'node:os';
import type { IdentityProbes } from './reviewer';

export const nodeIdentity: IdentityProbes = {
  gitUserName: (cwd) =>
    new Promise((resolve) => {
      execFile('git', ['config', 'user.name'], { cwd, timeout: 3000, windowsHide: true }, (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined));
    }),
  osUserName: () => {
    try {
      return os.userInfo().username;
    } catch {
      // Some hosts have no passwd entry for the process's user.
      return undefined;
    }
  },
};
