/**
 * `factdesk check`: arguments → config → files → parallel read + analysis → report on stdout,
 * problems on stderr, exit code returned. Takes its streams and working directory as parameters so
 * tests run it in-process.
 */
import { check } from '../core/analyze';
import { DEFAULT_SOURCE_GLOBS, mergeOptions, type ParsedConfig } from '../core/config';
import { languageIdForPath } from '../core/draftFiles';
import { escapeControls } from '../core/text/oneLine';
import { reportChunks, type ReportFile } from '../core/report';
import { parseArgs, type CheckRequest } from './args';
import { countFailing, exitCode, EXIT_OK, EXIT_USAGE } from './exitCode';
import { collectFiles, type InputFile } from './files';
import { loadConfig, type LoadedConfig } from './loadConfig';
import { mapInOrder } from './pool';
import { createProgress, type ProgressStream } from './progress';
import { readDraft } from './readDraft';
import { SourceLoader } from './sources';
import { findRecordsRoot, loadStatus } from './records';
import { USAGE, VERSION } from './usage';

export interface CliIO {
  cwd: string;
  /** `once('drain')`, when present, is awaited whenever `write` returns false (a pipe that is full). */
  stdout: { write(chunk: string): unknown; once?(event: 'drain', listener: () => void): unknown };
  stderr: ProgressStream;
}

/** Reads in flight at once: enough to hide file-system latency, few enough not to run out of handles. */
const CONCURRENCY = 16;

type Outcome = { file: ReportFile; warnings: string[] } | { problem: string };

async function checkOne(input: InputFile, request: CheckRequest, config: ParsedConfig, recordsRoot: string, loader: SourceLoader): Promise<Outcome> {
  const read = await readDraft(input.absolute, input.display, request.maxSize);
  if ('problem' in read) return read;
  const languageId = languageIdForPath(input.absolute);
  const { sources, problems } = await loader.forDraft(input.absolute, read.text, languageId);
  const options = { ...mergeOptions(config.options, { languageId, dateline: request.dateline }), sources };
  const { status, warning } = await loadStatus(input.absolute, recordsRoot);
  try {
    return { file: { path: input.display, text: read.text, analysis: check(read.text, options), status }, warnings: [...problems, ...(warning ? [warning] : [])] };
  } catch (error) {
    // A bug the draft triggers must cost that draft its report, never the others theirs.
    return { problem: `internal error while checking ${input.display} (${error instanceof Error ? error.message : String(error)}); please report it` };
  }
}

/** --sources globs are the user's, relative to where they typed them; the config's and the defaults are the workspace's. */
function sourceLoader(request: CheckRequest, config: LoadedConfig, cwd: string): Promise<SourceLoader> {
  if (request.sources) return SourceLoader.create(request.sources, cwd, cwd);
  return SourceLoader.create(config.sources ?? DEFAULT_SOURCE_GLOBS, config.folder, cwd);
}

/** Writes in blocks of about 64 KB, waiting for a full pipe to drain, so no report is held whole in memory. */
async function writeChunks(chunks: Iterable<string>, stdout: CliIO['stdout']): Promise<void> {
  let pending = '';
  const flush = async (): Promise<void> => {
    const full = stdout.write(pending) === false;
    pending = '';
    if (full && stdout.once) await new Promise<void>((resolve) => stdout.once!('drain', resolve));
  };
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= 65536) await flush();
  }
  if (pending !== '') await flush();
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const say = (message: string): void => void io.stderr.write(`factdesk: ${escapeControls(message)}\n`);
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
  const recordsRoot = await findRecordsRoot(io.cwd);
  const loader = await sourceLoader(args, config, io.cwd);
  const progress = createProgress(io.stderr, collected.files.length);
  const outcomes = await mapInOrder(collected.files, CONCURRENCY, async (input) => {
    const outcome = await checkOne(input, args, config, recordsRoot, loader);
    progress.tick(input.display);
    return outcome;
  });
  progress.done();

  const problems = [...collected.problems];
  const files: ReportFile[] = [];
  // A source shared by many drafts is refused once, not once per draft.
  const warned = new Set<string>();
  for (const outcome of outcomes) {
    if ('problem' in outcome) {
      problems.push(outcome.problem);
      continue;
    }
    for (const warning of outcome.warnings) if (!warned.has(warning)) warned.add(warning), say(warning);
    files.push(outcome.file);
  }
  problems.forEach(say);

  // When nothing could be checked, the messages above are the whole story: an empty report would only hide them.
  if (files.length > 0 || problems.length === 0) await writeChunks(reportChunks(args.format, files, { toolVersion: VERSION }), io.stdout);
  const failing = countFailing(files, args.failOn);
  if (failing > 0) say(`${failing} unverified finding${failing === 1 ? '' : 's'} at or above "${args.failOn}" (--fail-on ${args.failOn})`);
  return exitCode(problems.length, failing);
}
