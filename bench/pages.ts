/**
 * npm run bench:pages [-- --json out.json] [--worst N] [--only id,id…] [--plainpage-only]
 *
 * The real-page corpus (990 pages from trafilatura's evaluation: news, blogs, reports,
 * product and government pages in many languages, each with human `with` and `without`
 * snippets; see bench/lib/snippet-cases.ts and the corpus NOTICE), Plainpage beside plain
 * Readability in the same run:
 * - Plainpage through its CLI (bench/lib/cli-run.ts), `text` as the popup shows it: empty
 *   when the page is judged to hold no article;
 * - Readability in-process on the same bytes and URL, through DOMPurify, text block by block.
 * Prints pages shown as an article, the share of `with` snippets kept and of `without`
 * snippets removed (pooled over all pages), snippet precision/recall/F1, the same on the
 * pages each tool shows, and the worst pages with the snippets that failed.
 *
 * `--plainpage-only` skips Readability and runs two CLI processes: for iterating on a rule,
 * never for the figures an issue reports.
 */
import { writeFileSync } from 'node:fs';
import { readabilityPrediction, runCli } from './lib/cli-run.ts';
import { loadCasesOrSkip, pagesDir, pool, scoreSnippets, type PooledScores, type SnippetCase, type SnippetScore } from './lib/snippet-cases.ts';

/** Issue 9's bar: an article shown on at least this share of the pages. */
const SHOWN_BAR = 0.99;

interface Flags {
  jsonOut: string | null;
  worst: number;
  only: Set<string> | null;
  plainpageOnly: boolean;
}

function parseFlags(argv: readonly string[]): Flags {
  const flags: Flags = { jsonOut: null, worst: 15, only: null, plainpageOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (!v) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') flags.jsonOut = value();
    else if (arg === '--worst') flags.worst = Number(value());
    else if (arg === '--only') flags.only = new Set(value().split(','));
    else if (arg === '--plainpage-only') flags.plainpageOnly = true;
    else throw new Error(`unknown flag ${arg}`);
  }
  return flags;
}

const pct = (n: number) => (Number.isNaN(n) ? '   n/a' : `${(n * 100).toFixed(1)}%`.padStart(6));
const f3 = (n: number) => (Number.isNaN(n) ? '  n/a' : n.toFixed(3));

function row(name: string, shown: number, total: number, s: PooledScores): string {
  return `${name.padEnd(13)}${`${shown}/${total}`.padStart(9)}${pct(s.kept).padStart(9)}${pct(s.removed).padStart(10)}${f3(s.precision).padStart(11)}${f3(s.recall).padStart(8)}${f3(s.f1).padStart(7)}${f3(s.accuracy).padStart(10)}`;
}
const HEADER = `${''.padEnd(13)}${'shown'.padStart(9)}${'kept'.padStart(9)}${'removed'.padStart(10)}${'precision'.padStart(11)}${'recall'.padStart(8)}${'F1'.padStart(7)}${'accuracy'.padStart(10)}`;

interface PageResult {
  c: SnippetCase;
  shown: boolean;
  reasons: string[];
  plain: SnippetScore;
  read: SnippetScore;
  readShown: boolean;
  chars: number;
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  let cases = loadCasesOrSkip();
  if (!cases) return;
  if (flags.only) cases = cases.filter((c) => flags.only!.has(c.id));
  console.log(`Real-page corpus: ${cases.length} pages from ${pagesDir()}\n`);
  const pages = cases.map((c) => ({ path: c.path, url: c.url }));

  let readTexts: Array<string | null>;
  let readErrors = 0;
  let cli;
  if (flags.plainpageOnly) {
    console.log('Plainpage only (two CLI processes; Readability skipped: not for reporting) …');
    cli = await runCli(pages, 2);
    readTexts = cases.map(() => null);
  } else {
    // Both sides at once (the CLI in its own process, Readability here): quality, not speed.
    console.log(`Plainpage: one CLI call with ${cases.length} files, and beside it Readability + DOMPurify in-process …`);
    const cliRun = runCli(pages);
    const started = performance.now();
    readTexts = [];
    for (const page of pages) {
      const r = await readabilityPrediction(page);
      if (r.error) readErrors++;
      readTexts.push(r.text);
    }
    console.log(`  Readability done in ${((performance.now() - started) / 1000).toFixed(1)} s (${readErrors} pages where it threw)`);
    cli = await cliRun;
  }
  console.log(`  Plainpage done in ${cli.seconds.toFixed(1)} s (exit ${cli.exitCode}, ${cli.errors.length} input errors)\n`);
  for (const error of cli.errors.slice(0, 10)) console.log(`  input error: ${error}`);

  const results: PageResult[] = cases.map((c, i) => {
    const record = cli.records.get(c.path);
    const text = record?.text ?? '';
    const readText = readTexts[i] ?? '';
    return {
      c,
      shown: !!record?.detected && text.trim() !== '',
      reasons: (record as { reasons?: string[] } | undefined)?.reasons ?? (record ? [] : ['CLI error']),
      plain: scoreSnippets(c, text),
      read: scoreSnippets(c, readText),
      readShown: readText.trim() !== '',
      chars: text.length,
    };
  });

  const plainShown = results.filter((r) => r.shown).length;
  const readShown = results.filter((r) => r.readShown).length;
  const total = results.length;
  console.log('Pooled over all pages (a page not shown counts with empty text):');
  console.log(HEADER);
  console.log(row('Plainpage', plainShown, total, pool(results.map((r) => r.plain))));
  if (!flags.plainpageOnly) console.log(row('Readability', readShown, total, pool(results.map((r) => r.read))));
  console.log('\nOn the pages each tool shows:');
  console.log(HEADER);
  console.log(row('Plainpage', plainShown, total, pool(results.filter((r) => r.shown).map((r) => r.plain))));
  if (!flags.plainpageOnly) console.log(row('Readability', readShown, total, pool(results.filter((r) => r.readShown).map((r) => r.read))));

  const all = pool(results.map((r) => r.plain));
  const base = pool(results.map((r) => r.read));
  console.log(`\nBars (issue 9): shown on >= ${(SHOWN_BAR * 100).toFixed(0)}% of pages: ${plainShown >= total * SHOWN_BAR ? 'PASS' : 'FAIL'} (${pct(plainShown / total).trim()})`);
  if (!flags.plainpageOnly) {
    console.log(`  keeps at least as many "with" snippets as Readability: ${all.tp >= base.tp ? 'PASS' : 'FAIL'} (${all.tp} vs ${base.tp})`);
    console.log(`  removes more "without" snippets than Readability: ${all.tn > base.tn ? 'PASS' : 'FAIL'} (${all.tn} vs ${base.tn})`);
  }

  const notShown = results.filter((r) => !r.shown);
  if (notShown.length) {
    console.log(`\nNot shown as an article (${notShown.length}):`);
    for (const r of notShown.slice(0, 40)) console.log(`  ${r.c.id.slice(0, 12)}  ${r.c.url}\n      ${r.reasons.join('; ').slice(0, 300)}`);
  }

  const badness = (r: PageResult) => r.plain.fn + r.plain.fp;
  const worst = [...results].filter((r) => badness(r) > 0).sort((a, b) => badness(b) - badness(a) || a.c.id.localeCompare(b.c.id)).slice(0, flags.worst);
  console.log(`\n${worst.length} worst Plainpage pages (snippets missed + leaked; Readability's beside it):`);
  for (const r of worst) {
    const readBad = flags.plainpageOnly ? '' : `  Readability ${r.read.fn}+${r.read.fp}`;
    console.log(`\n  ${r.c.id.slice(0, 12)}  missed ${r.plain.fn}/${r.c.with.length}, leaked ${r.plain.fp}/${r.c.without.length}${readBad}${r.shown ? '' : '  NOT SHOWN'}  ${r.c.url}`);
    for (const s of r.plain.missed.slice(0, 3)) console.log(`    missed: ${s.slice(0, 110)}`);
    for (const s of r.plain.leaked.slice(0, 3)) console.log(`    leaked: ${s.slice(0, 110)}`);
  }

  if (flags.jsonOut) {
    const out = {
      dataset: pagesDir(),
      summary: { plainpage: all, readability: flags.plainpageOnly ? null : base, plainShown, readShown, total, cliErrors: cli.errors },
      pages: results.map((r) => ({
        id: r.c.id,
        url: r.c.url,
        shown: r.shown,
        reasons: r.reasons,
        chars: r.chars,
        plainpage: r.plain,
        readability: flags.plainpageOnly ? null : r.read,
      })),
    };
    writeFileSync(flags.jsonOut, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`\nwrote ${flags.jsonOut}`);
  }
}

await main();
