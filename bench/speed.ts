/**
 * npm run bench:speed
 *
 * Milliseconds per page, Plainpage's `cleanDocument` beside plain Readability
 * (+ DOMPurify + block text), in-process on the same jsdom Document. Parsing
 * is not timed (both sides get the same parsed page). Per page, the two run
 * interleaved, REPS times, alternating which goes first; a page's time is the
 * median of its reps. Every figure is given in wall time and in CPU time (see
 * lib/clock.ts: on a shared machine CPU time is the one to trust).
 * Then a generated 3,000- and 6,000-paragraph article: the time must grow
 * about 2× (linear), not 4×; a per-stage breakdown names the stage if not.
 * Then link-heavy pages (a 50,000-link related section, a 50,000-link menu,
 * a 100,000-item list), timed once each: a 50,000-link related section within
 * 10 s (issue 12).
 *
 * Env: PLAINPAGE_SPEED_REPS (default 3), PLAINPAGE_BENCH_LIMIT (pages).
 */
import { loadavg } from 'node:os';
import { decodeHtml } from '../src/cli/decode.ts';
import { loadPage, type LoadedPage } from '../src/cli/load-page.ts';
import { readInput } from '../src/cli/read-input.ts';
import { cleanDocument } from '../src/core/index.ts';
import { collectGarbage, measure, median, percentile, type Timing } from './lib/clock.ts';
import { loadPagesOrSkip, type BenchPage } from './lib/dataset.ts';
import { readabilityText } from './lib/readability-baseline.ts';
import { stageTimes } from './lib/stage-times.ts';
import { syntheticArticle } from './lib/synthetic-page.ts';
import { ARTICLE_URL, hugeList, hugeMenu, relatedLinks } from '../tests/unit/odd-pages/odd-pages.ts';

const REPS = Math.max(1, Number(process.env.PLAINPAGE_SPEED_REPS) || 3);
const WARM_UP_PAGES = 15;
const GROWTH_SIZES = [3000, 6000] as const;
const GROWTH_RUNS = 4;
const STAGE_RUNS = 2;
/** The targets of issue 12. */
const MAX_RATIO = 1.2;
const MAX_GROWTH = 2.2;
const MAX_RELATED_LINKS_MS = 10_000;

type Side = 'plainpage' | 'readability';
type Clock = keyof Timing;
const SIDES: readonly Side[] = ['plainpage', 'readability'];
const CLOCKS: readonly Clock[] = ['cpu', 'wall'];

function runSide(side: Side, page: LoadedPage): Timing {
  return measure(() => {
    if (side === 'plainpage') cleanDocument(page.document, page.url);
    else readabilityText(page.document);
  });
}

async function parse(page: BenchPage): Promise<LoadedPage> {
  const raw = await readInput(page.path);
  return loadPage(decodeHtml(raw.bytes, raw.contentType), raw.location, page.url || null);
}

/** Times both sides on one parsed page: `reps` interleaved rounds, the first side alternating. */
function timePage(page: LoadedPage, reps: number, offset: number, gcFirst = false): Record<Side, Timing[]> {
  const times: Record<Side, Timing[]> = { plainpage: [], readability: [] };
  for (let r = 0; r < reps; r++) {
    const order: Side[] = (r + offset) % 2 ? ['readability', 'plainpage'] : ['plainpage', 'readability'];
    for (const side of order) {
      if (gcFirst) collectGarbage();
      times[side].push(runSide(side, page));
    }
  }
  return times;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const label = (side: Side) => (side === 'plainpage' ? 'Plainpage' : 'Readability');

async function realPages(pages: readonly BenchPage[]): Promise<void> {
  console.log(`Warm-up: ${Math.min(WARM_UP_PAGES, pages.length)} pages, both sides, untimed …`);
  for (const page of pages.slice(0, WARM_UP_PAGES)) {
    const loaded = await parse(page);
    timePage(loaded, 1, 0);
    loaded.dom.window.close();
  }
  console.log(`Timing ${pages.length} pages × ${REPS} interleaved reps …`);
  const perPage: Record<Side, Record<Clock, number[]>> = {
    plainpage: { cpu: [], wall: [] },
    readability: { cpu: [], wall: [] },
  };
  for (const [i, page] of pages.entries()) {
    const loaded = await parse(page);
    const times = timePage(loaded, REPS, i);
    loaded.dom.window.close();
    for (const side of SIDES) for (const clock of CLOCKS) perPage[side][clock].push(median(times[side].map((t) => t[clock])));
  }
  for (const clock of CLOCKS) {
    console.log(`\n${clock === 'cpu' ? 'CPU time' : 'Wall time'}${''.padEnd(clock === 'cpu' ? 6 : 5)}${'median'.padStart(12)}${'p95'.padStart(12)}${'mean'.padStart(12)}   (ms per page, ${pages.length} pages)`);
    for (const side of SIDES) {
      const v = perPage[side][clock];
      console.log(`${label(side).padEnd(14)}${ms(median(v)).padStart(12)}${ms(percentile(v, 95)).padStart(12)}${ms(v.reduce((s, x) => s + x, 0) / v.length).padStart(12)}`);
    }
    const ratio = median(perPage.plainpage[clock]) / median(perPage.readability[clock]);
    console.log(`ratio of medians (Plainpage / Readability): ${ratio.toFixed(2)}× (target ≤ ${MAX_RATIO}×: ${ratio <= MAX_RATIO ? 'PASS' : 'FAIL'})`);
  }
}

/** Fastest of several runs: the least noisy estimate of the work itself. */
const fastest = (values: readonly number[]) => Math.min(...values);

function growth(): void {
  console.log(`\nGenerated article (repeats, promo lines, related list); sizes and sides interleaved, fastest of ${GROWTH_RUNS} runs after a GC each, CPU time (wall):`);
  const loaded = GROWTH_SIZES.map((size) => {
    const html = syntheticArticle(size);
    return { size, mb: html.length / 1024 / 1024, page: loadPage(html, 'https://gazette.example/news/ferry', null) };
  });
  const times = loaded.map((): Record<Side, Timing[]> => ({ plainpage: [], readability: [] }));
  for (let r = 0; r < GROWTH_RUNS; r++) {
    for (const [i, { page }] of loaded.entries()) {
      const t = timePage(page, 1, r + i, true);
      for (const side of SIDES) times[i]![side].push(...t[side]);
    }
  }
  const best = (i: number, side: Side, clock: Clock) => fastest(times[i]![side].map((t) => t[clock]));
  for (const [i, { size, mb, page }] of loaded.entries()) {
    // A sanity line: the engine did the work it is being timed for.
    const result = cleanDocument(page.document, page.url);
    console.log(
      `  ${String(size).padStart(5)} paragraphs (${mb.toFixed(1)} MB): ` +
        SIDES.map((side) => `${label(side)} ${ms(best(i, side, 'cpu'))} (${ms(best(i, side, 'wall'))})`).join(', ') +
        `  [Plainpage: detected ${result.detected}, ${result.removed.duplicates} duplicates and ${result.removed.promo} promos removed]`,
    );
  }
  for (const side of SIDES) {
    const cpu = best(1, side, 'cpu') / best(0, side, 'cpu');
    const wall = best(1, side, 'wall') / best(0, side, 'wall');
    const verdict = side === 'plainpage' ? `  (target ~2×, ≤ ${MAX_GROWTH}×: ${cpu <= MAX_GROWTH ? 'PASS' : 'FAIL'})` : '';
    console.log(`  growth ${GROWTH_SIZES[1]}/${GROWTH_SIZES[0]}: ${label(side).padEnd(11)} ${cpu.toFixed(2)}× CPU (${wall.toFixed(2)}× wall)${verdict}`);
  }

  // Which stage grows how: names the culprit when the total is not linear.
  const stageRuns = loaded.map(({ page }) => {
    const runs = Array.from({ length: STAGE_RUNS }, () => {
      collectGarbage();
      return stageTimes(page.document, page.url);
    });
    return runs[0]!.map(({ stage }, k) => ({ stage, cpu: fastest(runs.map((run) => run[k]?.ms ?? Number.NaN)) }));
  });
  console.log(`\n  Plainpage by stage (cleanDocument's own timings), wall time, fastest of ${STAGE_RUNS} (${GROWTH_SIZES[0]} → ${GROWTH_SIZES[1]} paragraphs):`);
  for (const [k, { stage, cpu: small }] of stageRuns[0]!.entries()) {
    const large = stageRuns[1]![k]?.cpu ?? Number.NaN;
    console.log(`    ${stage.padEnd(34)}${ms(small).padStart(11)} →${ms(large).padStart(11)}   ${small >= 5 ? `${(large / small).toFixed(2)}×` : ''}`);
  }
  for (const { page } of loaded) page.dom.window.close();
}

/** Link-heavy pages: each stage must stay near-linear in links and list items, not only in paragraphs. */
function linkHeavy(): void {
  console.log('\nLink-heavy pages, one run each after a GC, CPU time (wall):');
  const cases = [
    { name: '50,000-link related section', html: relatedLinks(50_000), limit: MAX_RELATED_LINKS_MS },
    { name: '50,000-link menu', html: hugeMenu(50_000), limit: 0 },
    { name: '100,000-item list', html: hugeList(100_000), limit: 0 },
  ];
  for (const { name, html, limit } of cases) {
    const page = loadPage(html, ARTICLE_URL, null);
    const times = SIDES.map((side) => {
      collectGarbage();
      return runSide(side, page);
    });
    const cells = SIDES.map((side, i) => `${label(side)} ${ms(times[i]!.cpu)} (${ms(times[i]!.wall)})`);
    const wall = times[0]!.wall;
    const verdict = limit ? `  (≤ ${limit / 1000} s wall: ${wall <= limit ? 'PASS' : 'FAIL'})` : '';
    console.log(`  ${name.padEnd(28)} ${cells.join('   ')}${verdict}`);
    page.dom.window.close();
  }
}

async function main(): Promise<void> {
  const pages = loadPagesOrSkip();
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores are shared; see CPU time)`);
  if (pages) await realPages(pages);
  growth();
  linkHeavy();
  console.log(`\nload average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

await main();
