/**
 * Command-line argument parsing for `plainpage`. Pure: argv in, a command out,
 * so every branch is unit-testable without spawning a process.
 */

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

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) return { kind: 'usage-error', message: 'missing command' };
  const [command, ...rest] = argv as [string, ...string[]];
  if (command === '-h' || command === '--help' || command === 'help') return { kind: 'help' };
  if (command === '-v' || command === '--version') return { kind: 'version' };
  if (command !== 'clean') return { kind: 'usage-error', message: `unknown command: ${command}` };

  const result: CleanCommand = { kind: 'clean', json: false, url: null, urlMap: null, inputs: [] };
  let onlyInputs = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    // `-` alone is stdin, and everything after `--` is an input even if it starts with a dash.
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) {
      result.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyInputs = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--json') {
      result.json = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name === '--url' || name === '--url-map') {
      const value = eq === -1 ? rest[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') return { kind: 'usage-error', message: `${name} needs a value` };
      if (name === '--url') {
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
