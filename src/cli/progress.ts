/**
 * A one-line "checked 12/40" counter on stderr, drawn only on an interactive terminal so logs and
 * pipes (CI) never see carriage returns.
 */
export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

export interface Progress {
  tick(file: string): void;
  done(): void;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };

export function createProgress(stream: ProgressStream, total: number): Progress {
  // A single file is over before a counter could help.
  if (!stream.isTTY || total < 2) return SILENT;
  let count = 0;
  return {
    tick(file) {
      count++;
      const name = file.length > 50 ? `…${file.slice(-49)}` : file;
      stream.write(`\r\x1b[Kfactdesk: checked ${count}/${total} ${name}`);
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
