/**
 * `factdesk check`: arguments → config → files → parallel read + analysis → report on stdout,
 * problems on stderr, exit code returned. Takes its streams and working directory as parameters so
 * tests run it in-process.
 */
import { check } from '../core/analyze';
import { mergeOptions, type ParsedConfig } from '../core/config';
import { languageIdForPath } from '../core/draftFiles';
import { renderReport, type ReportFile } from '../core/report';
import { parseArgs, type CheckRequest } from './args';
import { countFailing, exitCode, EXIT_OK, EXIT_USAGE } from './exitCode';
import { collectFiles, type InputFile } from './files';
import { loadConfig } from './loadConfig';
import { mapInOrder } from './pool';
import { createProgress, type ProgressStream } from './progress';
import { readDraft } from './readDraft';
import { loadStatus } from './records';
import { USAGE, VERSION } from './usage';

export interface CliIO {
  cwd: string;
  stdout: { write(chunk: string): unknown };
  stderr: ProgressStream;
}

/** Reads in flight at once: enough to hide file-system latency, few enough not to run out of handles. */
const CONCURRENCY = 16;

type Outcome = { file: ReportFile; warning?: string } | { problem: string };

async function checkOne(input: InputFile, request: CheckRequest, config: ParsedConfig, cwd: string): Promise<Outcome> {
  const read = await readDraft(input.absolute, input.display, request.maxSize);
  if ('problem' in read) return read;
  const options = mergeOptions(config.options, { languageId: languageIdForPath(input.absolute), dateline: request.dateline });
  const { status, warning } = await loadStatus(input.display, cwd);
  return { file: { path: input.display, text: read.text, analysis: check(read.text, options), status }, warning };
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const say = (message: string): void => void io.stderr.write(`factdesk: ${message}\n`);
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      io.stdout.write(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout.write(`${VERSION}\n`);
      return EXIT_OK;
    case 'usage-error':
      say(args.message);
      io.stderr.write(`\n${USAGE}`);
      return EXIT_USAGE;
  }

  const config = await loadConfig(args.config, io.cwd);
  if (config.errors.length > 0) {
    config.errors.forEach(say);
    return EXIT_USAGE;
  }

  const collected = await collectFiles(args.patterns, io.cwd);
  const progress = createProgress(io.stderr, collected.files.length);
  const outcomes = await mapInOrder(collected.files, CONCURRENCY, async (input) => {
    const outcome = await checkOne(input, args, config, io.cwd);
    progress.tick(input.display);
    return outcome;
  });
  progress.done();

  const problems = [...collected.problems];
  const files: ReportFile[] = [];
  for (const outcome of outcomes) {
    if ('problem' in outcome) {
      problems.push(outcome.problem);
      continue;
    }
    if (outcome.warning) say(outcome.warning);
    files.push(outcome.file);
  }
  problems.forEach(say);

  // When nothing could be checked, the messages above are the whole story: an empty report would only hide them.
  if (files.length > 0 || problems.length === 0) io.stdout.write(renderReport(args.format, files, { toolVersion: VERSION }));
  const failing = countFailing(files, args.failOn);
  if (failing > 0) say(`${failing} unverified finding${failing === 1 ? '' : 's'} at or above "${args.failOn}" (--fail-on ${args.failOn})`);
  return exitCode(problems.length, failing);
}
