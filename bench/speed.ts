/**
 * npm run bench:speed
 *
 * Milliseconds per page, Plainpage's `cleanDocument` beside plain Readability
 * (+ DOMPurify + block text), in-process on the same jsdom Document. Parsing
 * is not timed (both sides get the same parsed page). Per page, the two run
 * interleaved, REPS times, alternating which goes first; a page's time is the
 * median of its reps. Then a generated 3,000- and 6,000-paragraph article:
 * the time must grow about 2× (linear), not 4×.
 *
 * Env: PLAINPAGE_SPEED_REPS (default 3), PLAINPAGE_BENCH_LIMIT (pages).
 */
import { loadavg } from 'node:os';
import { decodeHtml } from '../src/cli/decode.ts';
import { loadPage, type LoadedPage } from '../src/cli/load-page.ts';
import { readInput } from '../src/cli/read-input.ts';
import { cleanDocument } from '../src/core/index.ts';
import { loadPagesOrSkip, type BenchPage } from './lib/dataset.ts';
import { readabilityText } from './lib/readability-baseline.ts';
import { syntheticArticle } from './lib/synthetic-page.ts';

const REPS = Math.max(1, Number(process.env.PLAINPAGE_SPEED_REPS) || 3);
const WARM_UP_PAGES = 15;
const GROWTH_SIZES = [3000, 6000] as const;
const GROWTH_RUNS = 3;
/** The targets. */
const MAX_RATIO = 1.5;
const MAX_GROWTH = 2.5;

type Side = 'plainpage' | 'readability';

function runSide(side: Side, page: LoadedPage): number {
  const start = performance.now();
  if (side === 'plainpage') cleanDocument(page.document, page.url);
  else readabilityText(page.document);
  return performance.now() - start;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function parse(page: BenchPage): Promise<LoadedPage> {
  const raw = await readInput(page.path);
  return loadPage(decodeHtml(raw.bytes, raw.contentType), raw.location, page.url || null);
}

/** Times both sides on one parsed page: `reps` interleaved rounds, first side alternating. */
function timePage(page: LoadedPage, reps: number, offset: number): Record<Side, number[]> {
  const times: Record<Side, number[]> = { plainpage: [], readability: [] };
  for (let r = 0; r < reps; r++) {
    const order: Side[] = (r + offset) % 2 ? ['readability', 'plainpage'] : ['plainpage', 'readability'];
    for (const side of order) times[side].push(runSide(side, page));
  }
  return times;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function realPages(pages: readonly BenchPage[]): Promise<void> {
  console.log(`Warm-up: ${Math.min(WARM_UP_PAGES, pages.length)} pages, both sides, untimed …`);
  for (const page of pages.slice(0, WARM_UP_PAGES)) {
    const loaded = await parse(page);
    timePage(loaded, 1, 0);
    loaded.dom.window.close();
  }
  console.log(`Timing ${pages.length} pages × ${REPS} interleaved reps …`);
  const perPage: Record<Side, number[]> = { plainpage: [], readability: [] };
  for (const [i, page] of pages.entries()) {
    const loaded = await parse(page);
    const times = timePage(loaded, REPS, i);
    loaded.dom.window.close();
    perPage.plainpage.push(median(times.plainpage));
    perPage.readability.push(median(times.readability));
  }
  const row = (name: string, values: number[]) =>
    `${name.padEnd(14)}${ms(median(values)).padStart(12)}${ms(percentile(values, 95)).padStart(12)}${ms(values.reduce((s, v) => s + v, 0) / values.length).padStart(12)}`;
  console.log(`\n${''.padEnd(14)}${'median'.padStart(12)}${'p95'.padStart(12)}${'mean'.padStart(12)}   (ms per page, ${pages.length} pages)`);
  console.log(row('Plainpage', perPage.plainpage));
  console.log(row('Readability', perPage.readability));
  const ratio = median(perPage.plainpage) / median(perPage.readability);
  console.log(`ratio of medians (Plainpage / Readability): ${ratio.toFixed(2)}× (target ≤ ${MAX_RATIO}×: ${ratio <= MAX_RATIO ? 'PASS' : 'FAIL'})`);
}

function growth(): void {
  console.log(`\nGenerated article (repeats, promo lines, related list), median of ${GROWTH_RUNS} runs:`);
  const results: Record<Side, number[]> = { plainpage: [], readability: [] };
  for (const size of GROWTH_SIZES) {
    const html = syntheticArticle(size);
    const loaded = loadPage(html, 'https://gazette.example/news/ferry', null);
    const times = timePage(loaded, GROWTH_RUNS, 0);
    // A sanity line: the engine did the work it is being timed for.
    const result = cleanDocument(loaded.document, loaded.url);
    loaded.dom.window.close();
    results.plainpage.push(median(times.plainpage));
    results.readability.push(median(times.readability));
    console.log(
      `  ${String(size).padStart(5)} paragraphs (${(html.length / 1024 / 1024).toFixed(1)} MB): Plainpage ${ms(median(times.plainpage))}, Readability ${ms(median(times.readability))}` +
        `  [Plainpage: detected ${result.detected}, ${result.removed.duplicates} duplicates, ${result.removed.promo} promos removed]`,
    );
  }
  for (const side of ['plainpage', 'readability'] as const) {
    const [small, large] = results[side] as [number, number];
    const factor = large / small;
    const verdict = side === 'plainpage' ? ` (target ~2×, ≤ ${MAX_GROWTH}×: ${factor <= MAX_GROWTH ? 'PASS' : 'FAIL'})` : '';
    console.log(`  growth ${GROWTH_SIZES[1]}/${GROWTH_SIZES[0]}: ${side === 'plainpage' ? 'Plainpage  ' : 'Readability'} ${factor.toFixed(2)}×${verdict}`);
  }
}

async function main(): Promise<void> {
  const pages = loadPagesOrSkip();
  // The shared 2-core machine: a high load average makes every figure slower and noisier.
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (pages) await realPages(pages);
  growth();
  console.log(`\nload average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

await main();
