import { version } from '../../package.json';

export const VERSION: string = version;

export const USAGE = `usage: factdesk check <files, directories or globs...> [options]

Finds every claim a fact-checker must verify in news drafts (Markdown or plain text):
quotes and speakers, attributions and sources, dates, named systems and source links.

options:
  -f, --format <text|json|sarif|markdown|csv|github>
                                 output format (default: text; github: workflow annotations)
      --dateline <YYYY-MM-DD>    resolve relative dates against this date, even in drafts that
                                 carry their own (a config's "dateline" only fills in for none)
      --fail-on <error|warning|never>
                                 exit 1 when an unverified finding is at or above this severity
                                 (default: error; info and hint findings never fail)
  -c, --config <file>            settings file (default: .factdesk.json in the current directory)
      --max-size <size>          skip files larger than this (default: 5MB)
  -h, --help                     show this help
  -v, --version                  show the version

Directories are searched for *.md, *.markdown and *.txt. Exit codes: 0 no failing findings,
1 findings at or above --fail-on, 2 bad usage or a file that could not be read.
`;
