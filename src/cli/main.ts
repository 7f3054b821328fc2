/**
 * `plainpage` entry: parse argv, clean each input in order, print, and return
 * the exit status (0 ok, 1 some input failed, 2 usage error). bin/plainpage.js
 * calls `main`; tests call it in-process with their own streams.
 */
import { readFileSync } from 'node:fs';
import { parseCommand, USAGE } from './args.ts';
import type { CleanFn } from './clean-input.ts';
import { formatJsonLine, formatPlain, plainHeader } from './format.ts';
import type { ReadOptions } from './read-input.ts';
import { inputKey, readUrlMap, type UrlMap } from './url-map.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin?: NodeJS.ReadableStream;
}

export interface CliDeps {
  /** The engine; loaded lazily so `--help` does not pay for jsdom and the core. */
  clean?: CleanFn;
  readOptions?: Omit<ReadOptions, 'stdin'>;
}

const defaultIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function loadEngine(): Promise<CleanFn> {
  const core = await import('../core/index.ts');
  return core.cleanDocument;
}

export async function main(argv: readonly string[], io: CliIo = defaultIo, deps: CliDeps = {}): Promise<number> {
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'help':
      io.stdout(`${USAGE}\n`);
      return 0;
    case 'version':
      io.stdout(`plainpage ${version()}\n`);
      return 0;
    case 'usage-error':
      io.stderr(`plainpage: ${command.message}\n${USAGE}\n`);
      return 2;
    case 'clean':
      break;
  }

  let urlMap: UrlMap = new Map();
  if (command.urlMap) {
    try {
      urlMap = readUrlMap(command.urlMap);
    } catch (error) {
      io.stderr(`plainpage: --url-map ${command.urlMap}: ${(error as Error).message}\n`);
      return 2;
    }
  }

  // Imported here, not at the top: jsdom and the engine take most of a second to load,
  // which --help, --version and usage errors should not pay.
  const { cleanInput } = await import('./clean-input.ts');
  const clean = deps.clean ?? (await loadEngine());
  const readOptions: ReadOptions = { ...deps.readOptions, ...(io.stdin ? { stdin: io.stdin } : {}) };
  const headers = !command.json && command.inputs.length > 1;
  let failed = 0;
  let printed = 0;
  // Sequential on purpose: one jsdom window alive at a time keeps 200-page runs bounded in memory.
  for (const input of command.inputs) {
    const explicitUrl = command.url ?? urlMap.get(inputKey(input)) ?? null;
    const outcome = await cleanInput(input, explicitUrl, clean, readOptions);
    if (!outcome.ok) {
      failed++;
      io.stderr(`plainpage: ${input}: ${outcome.reason}\n`);
      continue;
    }
    if (command.json) {
      io.stdout(formatJsonLine(input, outcome.result));
    } else {
      io.stdout(`${printed > 0 ? '\n' : ''}${headers ? plainHeader(input) : ''}${formatPlain(input, outcome.result)}`);
    }
    printed++;
  }
  return failed > 0 ? 1 : 0;
}
