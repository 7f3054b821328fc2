/**
 * Command-line argument parsing for `plainpage`. Pure: argv in, a command out,
 * so every branch is unit-testable without spawning a process. Tokenising is
 * node:util's parseArgs; this file only maps its tokens to a command.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CleanCommand {
  kind: 'clean';
  json: boolean;
  /** Base URL for every input (`--url`); wins over the url map and the canonical link. */
  url: string | null;
  /** Path of a JSON file `{ "<input as given>": "<url>" }`: a per-input `--url` (used by the benchmark). */
  urlMap: string | null;
  inputs: string[];
}

export type Command =
  | CleanCommand
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: plainpage clean [--json] [--url URL] [--url-map FILE] INPUT...

Clean news pages into the article and its related stories.

INPUT is an .html or .html.gz file, - for standard input, or an http(s) URL.

Options:
  --json           one JSON object per input, one per line, in input order
  --url URL        base URL of the page(s) (default: the page's canonical link,
                   else the fetched URL, else a file:// URL of the input)
  --url-map FILE   JSON object mapping each INPUT (as given) to its base URL
  -h, --help       show this help
  -v, --version    show the version

Exit status: 0 when every input was read (detected or not), 1 when an input
failed, 2 on a usage error.`;

/** An absolute http(s) URL (the CLI's --url, and the fixture generator's). */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The options of `clean`, in node:util's parseArgs format. */
const CLEAN_OPTIONS = {
  json: { type: 'boolean' },
  url: { type: 'string' },
  'url-map': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export function parseCommand(argv: readonly string[]): Command {
  if (argv.length === 0) return { kind: 'usage-error', message: 'missing command' };
  const [command, ...rest] = argv as [string, ...string[]];
  if (command === '-h' || command === '--help' || command === 'help') return { kind: 'help' };
  if (command === '-v' || command === '--version') return { kind: 'version' };
  if (command !== 'clean') return { kind: 'usage-error', message: `unknown command: ${command}` };

  // Not `strict`: strict mode throws on the first bad option and names it only inside an
  // English message (e.g. "Unknown option '--jsn'. To specify a positional argument…"), and it
  // refuses `--url --json` as ambiguous. The tokens carry each option's name, value and argv
  // index, so the checks below give this CLI's own messages, in argv order.
  // `-` alone is a positional (stdin) and everything after `--` is one, as parseArgs does itself.
  const { tokens } = parseArgs({ args: rest, options: CLEAN_OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const result: CleanCommand = { kind: 'clean', json: false, url: null, urlMap: null, inputs: [] };
  for (const token of tokens) {
    if (token.kind === 'positional') {
      result.inputs.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    // The argument as typed: parseArgs splits `-hj` into -h and -j and `--json=x` into a name and
    // a value; neither is a valid spelling of a flag here, so both are unknown options, as before.
    const arg = rest[token.index]!;
    if (token.name === 'help' && arg === token.rawName) return { kind: 'help' };
    if (token.name === 'json' && arg === '--json') {
      result.json = true;
      continue;
    }
    if (token.name === 'url' || token.name === 'url-map') {
      const name = token.rawName;
      const value = token.value;
      if (value === undefined || value === '') return { kind: 'usage-error', message: `${name} needs a value` };
      if (token.name === 'url') {
        if (!isHttpUrl(value)) return { kind: 'usage-error', message: `--url must be an http(s) URL: ${value}` };
        result.url = value;
      } else {
        result.urlMap = value;
      }
      continue;
    }
    return { kind: 'usage-error', message: `unknown option: ${arg}` };
  }
  if (result.inputs.length === 0) return { kind: 'usage-error', message: 'no INPUT given' };
  if (result.inputs.filter((input) => input === '-').length > 1) {
    return { kind: 'usage-error', message: 'standard input (-) can be given only once' };
  }
  return result;
}
