/**
 * `npm run new-fixture -- <category>--<slug> <file.html|URL> [--url URL] [--dry-run]`: a new case
 * for tests/fixtures.test.ts, as Mozilla Readability's `generate-testcase` makes one. It reads the
 * page as the CLI does (a file, .html.gz, or an http(s) URL; encoding sniffed), writes
 * tests/fixtures/<category>--<slug>/ with source.html, url.txt and an expected.json DRAFTED from
 * what Plainpage makes of the page now, and prints that result for reading by eye. The draft
 * states today's output, leaks included: it must be checked against the page before it is
 * committed (tests/fixtures/README.md). An existing folder is never overwritten.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { cleanDocument, type CleanResult, type PageKind } from '../src/core/index.ts';
import { isHttpUrl } from '../src/cli/args.ts';
import { decodeHtml, NotHtmlError, sniffEncoding } from '../src/cli/decode.ts';
import { wrap } from '../src/cli/format.ts';
import { loadPage } from '../src/cli/load-page.ts';
import { InputError, readInput } from '../src/cli/read-input.ts';
import { paragraphsOf, paragraphStarts } from '../tests/fixtures/paragraphs.ts';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../tests/fixtures');

export const USAGE = `Usage: npm run new-fixture -- <category>--<slug> <file.html|URL> [--url URL] [--dry-run]

Creates tests/fixtures/<category>--<slug>/ with source.html, url.txt and a DRAFT
expected.json from what Plainpage makes of the page, and prints that result.

  <category>--<slug>  folder name: lower-case words joined by '-', e.g. article--paywall-teaser
  <file.html|URL>     an .html or .html.gz file, or an http(s) URL to fetch
  --url URL           the page's address (url.txt: the base of relative links); default: the
                      page's canonical link, else the fetched URL (a file needs one of the two)
  --dry-run           print the result and the draft, write nothing
  -h, --help          show this help

The draft is today's output, leaks and all: read it against the page before committing.`;

export class UsageError extends Error {}

export interface FixtureArgs {
  name: string;
  input: string;
  url: string | null;
  dryRun: boolean;
}

/** `<category>--<slug>`: lower-case letters and digits, words of the slug joined by single hyphens. */
const FIXTURE_NAME = /^[a-z][a-z0-9]*--[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** argv (after `--`) → the fixture to make, or 'help'; throws UsageError with the reason. */
export function parseFixtureArgs(argv: readonly string[]): FixtureArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { url: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 2) throw new UsageError(`expected a fixture name and a page, got ${positionals.length} argument(s)`);
  const [name, input] = positionals as [string, string];
  if (!FIXTURE_NAME.test(name)) throw new UsageError(`bad fixture name "${name}": want <category>--<slug>, lower-case, e.g. article--paywall-teaser`);
  const url = values.url ?? null;
  if (url !== null && !isHttpUrl(url)) throw new UsageError(`--url must be an absolute http(s) URL, got "${url}"`);
  return { name, input, url, dryRun: values['dry-run'] ?? false };
}

export interface DraftRelated {
  title: string;
  url: string;
  source: string;
  published: string;
  /** `[]` for a card without text, so that text appearing later fails. */
  paragraphs: string[];
}

/** The expected.json draft: the keys of tests/fixtures.test.ts's `Expected`, in that order. */
export interface DraftExpected {
  detected: boolean;
  autoClean: boolean;
  kind: PageKind | null;
  title?: string;
  source?: string;
  byline?: string;
  published?: string;
  language?: string;
  paragraphs?: string[];
  relatedCount: number;
  related?: DraftRelated[];
}

/**
 * expected.json as Plainpage's result states it: every field of a detected page (empty ones
 * too, so a byline or date appearing later fails), the first words of every paragraph of the text
 * and of each related story's. A page not detected gets its detection and related count only
 * (what the existing non-news fixtures check).
 */
export function draftExpected(result: CleanResult): DraftExpected {
  if (!result.detected) return { detected: false, autoClean: result.autoClean, kind: result.kind, relatedCount: result.related.length };
  const draft: DraftExpected = {
    detected: true,
    autoClean: result.autoClean,
    kind: result.kind,
    title: result.title,
    source: result.source,
    byline: result.byline,
    published: result.published,
    language: result.language,
    paragraphs: paragraphStarts(paragraphsOf(result.text)),
    relatedCount: result.related.length,
  };
  if (result.related.length) {
    draft.related = result.related.map((r) => ({
      title: r.title,
      url: r.url,
      source: r.source,
      published: r.published,
      paragraphs: paragraphStarts(paragraphsOf(r.text)),
    }));
  }
  return draft;
}

const WIDTH = 100;

function numbered(paragraphs: readonly string[], indent: string): string[] {
  const digits = String(paragraphs.length).length;
  return paragraphs.map((p, i) => {
    const label = `${String(i + 1).padStart(digits)}. `;
    const body = wrap(p, WIDTH, indent + ' '.repeat(label.length));
    return indent + label + body.slice(indent.length + label.length);
  });
}

/** The reminder printed under every draft. */
export const CHECK_REMINDER = `CHECK THE DRAFT BEFORE COMMITTING. expected.json states what Plainpage makes of the page TODAY.
Read every paragraph and related story above against source.html: a paragraph that is not the
story (promo, newsletter, share row, comment, caption or credit, related-list leftover, a passage
printed twice) is a leak: take it out of "paragraphs" (and add any story paragraph that is
missing), then report the leak, or list the fixture in KNOWN_LEAKS (tests/fixtures.test.ts) with
what leaks. Check title, source, byline, published and the related stories too, add contains /
notContains for the clutter on the page, and a row in tests/fixtures/README.md.`;

/** What Plainpage made of the page, for reading by eye: fields, every paragraph, each related story, the removal log. */
export function formatReport(name: string, url: string, result: CleanResult): string {
  const out: string[] = [`== ${name}: what Plainpage makes of ${url}`, ''];
  const field = (label: string, value: string): void => {
    out.push(`${label.padEnd(11)}${value === '' ? '(empty)' : value}`);
  };
  field('detected', String(result.detected));
  field('autoClean', String(result.autoClean));
  field('kind', String(result.kind));
  field('reasons', result.reasons.join('; '));
  field('title', result.title);
  field('source', result.source);
  field('byline', result.byline);
  field('published', result.published);
  field('language', result.language);
  field('reading', `${result.readingMinutes} min`);

  const paragraphs = paragraphsOf(result.text);
  out.push('', `TEXT: ${paragraphs.length} paragraph(s)`, ...numbered(paragraphs, '  '));

  out.push('', `RELATED: ${result.related.length} stor${result.related.length === 1 ? 'y' : 'ies'}`);
  result.related.forEach((r, i) => {
    out.push(`  [${i + 1}] ${r.title || '(untitled)'}`);
    out.push(`      source: ${r.source || '(empty)'} · published: ${r.published || '(empty)'}`);
    out.push(`      url: ${r.url || '(empty: no safe link)'}`);
    const text = paragraphsOf(r.text);
    out.push(`      text: ${text.length} paragraph(s)`, ...numbered(text, '      '));
  });

  const { promo, duplicates, log } = result.removed;
  out.push('', `REMOVED: promo ${promo}, duplicates ${duplicates}; ${log.length} log entr${log.length === 1 ? 'y' : 'ies'}`);
  for (const entry of log) out.push(`  ${entry.group.padEnd(12)} ${entry.stage}/${entry.reason}: ${entry.text}`);
  return `${out.join('\n')}\n`;
}

/** Categories of the existing fixture folders (a new one is fine, but is said to be new). */
function knownCategories(): Set<string> {
  return new Set(readdirSync(FIXTURES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name.includes('--')).map((d) => d.name.split('--')[0]!));
}

/** The page's source, decoded, its URL and Plainpage's result, cleaned the way tests/fixtures.test.ts cleans it. */
async function readFixturePage(args: FixtureArgs): Promise<{ html: string; url: string; encoding: string; result: CleanResult }> {
  const raw = await readInput(args.input);
  const html = decodeHtml(raw.bytes, raw.contentType);
  const encoding = sniffEncoding(raw.bytes, raw.contentType);
  // The CLI's choice of URL: --url, else the canonical link, else where the bytes came from.
  const first = loadPage(html, raw.location, args.url);
  const url = first.url;
  first.dom.window.close();
  if (!isHttpUrl(url)) throw new UsageError(`no http(s) address for the page (it has no canonical link): pass --url`);
  // The harness parses source.html (UTF-8 text) at url.txt's URL: the same here.
  const page = loadPage(html, url, url);
  try {
    return { html, url, encoding, result: cleanDocument(page.document, url) };
  } finally {
    page.dom.window.close();
  }
}

async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseFixtureArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`new-fixture: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dir = resolve(FIXTURES_DIR, args.name);
  const category = args.name.split('--')[0]!;
  const categories = knownCategories();
  const refuse = (): number => {
    process.stderr.write(`new-fixture: ${dir} exists: refusing to overwrite it\n`);
    return 1;
  };
  if (!args.dryRun && existsSync(dir)) return refuse();
  let page;
  try {
    page = await readFixturePage(args);
  } catch (error) {
    if (error instanceof InputError || error instanceof NotHtmlError || error instanceof UsageError) {
      process.stderr.write(`new-fixture: ${args.input}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const draft = draftExpected(page.result);
  const json = `${JSON.stringify(draft, null, 2)}\n`;
  process.stdout.write(formatReport(args.name, page.url, page.result));
  if (args.dryRun) process.stdout.write(`\nexpected.json draft (--dry-run: nothing written):\n${json}`);
  else {
    try {
      mkdirSync(dir); // not recursive: fails if the folder appeared meanwhile
    } catch (error) {
      if ((error as { code?: string }).code === 'EEXIST') return refuse();
      throw error;
    }
    writeFileSync(resolve(dir, 'source.html'), page.html);
    writeFileSync(resolve(dir, 'url.txt'), `${page.url}\n`);
    writeFileSync(resolve(dir, 'expected.json'), json);
    process.stdout.write(`\nwrote ${dir}/ source.html, url.txt, expected.json (draft)\n`);
  }
  if (!categories.has(category)) process.stdout.write(`note: "${category}" is a new category (existing: ${[...categories].sort().join(', ')})\n`);
  if (page.encoding !== 'UTF-8') {
    process.stdout.write(`note: the page was ${page.encoding}; source.html is written as UTF-8 text: fix its <meta charset> by hand if it declares one\n`);
  }
  process.stdout.write(`\n${CHECK_REMINDER}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`new-fixture: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
