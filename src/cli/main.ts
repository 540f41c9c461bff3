/** The `factdesk` executable (dist/cli.js). Sets the exit code instead of calling process.exit so piped output is flushed. */
import { run } from './run';

run(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`factdesk: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
