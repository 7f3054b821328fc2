/**
 * Long fuzz runs of the engine (the `npm test` fuzz runs ~2,000 cases; this
 * runs as many as asked). Same generators and property as tests/unit/fuzz.
 *
 *   npm run fuzz -- --runs 50000 --seed 7            # both kinds, half each
 *   npm run fuzz -- --kind mutated --runs 2000
 *   npm run fuzz -- --kind named --runs 2000        # fixtures with elements named after globals
 *   npm run fuzz -- --kind links --runs 200         # fixtures with a run of up to 3,000 links or items
 *   npm run fuzz -- --kind random --seed 7 --path 36  # replay one case
 *   npm run fuzz -- --kind mutated --small-fixtures --seed 20250815 --path 359  # replay an `npm test` case
 *
 * Prints cases run, failures (each with the seed and path that replays it;
 * the page is saved under --out) and the slowest case. Exit 1 on any failure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { checkPage, FUZZ_SETTINGS, linkHeavyFixture, loadFixtures, mutatedFixture, namedElementsFixture, randomPage, yieldToEventLoop } from '../tests/unit/fuzz/fuzz-cases.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5000' },
    seed: { type: 'string' },
    kind: { type: 'string', default: 'both' },
    bound: { type: 'string', default: '2000' },
    path: { type: 'string' },
    chunk: { type: 'string', default: '250' },
    out: { type: 'string', default: 'artifacts/fuzz' },
    // Mutate only the fixtures `npm test` mutates, to replay a failure reported there.
    'small-fixtures': { type: 'boolean', default: false },
  },
});

type Kind = 'random' | 'mutated' | 'named' | 'links';
const kinds: Kind[] = values.kind === 'both' ? ['random', 'mutated'] : values.kind === 'all' ? ['random', 'mutated', 'named', 'links'] : [values.kind as Kind];
if (!kinds.every((kind) => kind === 'random' || kind === 'mutated' || kind === 'named' || kind === 'links')) {
  console.error(`--kind must be random, mutated, named, links, both (random + mutated) or all, not ${values.kind}`);
  process.exit(2);
}
const runs = Number(values.runs);
const boundMs = Number(values.bound);
const chunk = Math.max(1, Number(values.chunk));
const baseSeed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
mkdirSync(values.out, { recursive: true });

const fixtures = loadFixtures().filter((f) => !values['small-fixtures'] || f.html.length <= FUZZ_SETTINGS.maxFixtureBytes);
const cases: Record<Kind, fc.Arbitrary<{ label: string; html: string }>> = {
  random: randomPage.map((html) => ({ label: 'random', html })),
  mutated: mutatedFixture(fixtures).map(({ fixture, html }) => ({ label: fixture, html })),
  named: namedElementsFixture(fixtures).map(({ fixture, html }) => ({ label: fixture, html })),
  links: linkHeavyFixture(fixtures, FUZZ_SETTINGS.maxLinkItems).map(({ fixture, html }) => ({ label: fixture, html })),
};

interface Slowest {
  ms: number;
  kind: Kind;
  label: string;
  bytes: number;
  force: boolean;
  seed: number;
  html: string;
}
let slowest: Slowest | null = null;
let ran = 0;
let unparsed = 0;
const failures: string[] = [];

/**
 * One seeded batch. The property never fails inside fast-check: problems are
 * recorded with the run index, which is the fast-check `path` that replays
 * the case, and the batch goes on (no shrinking: shrinking a slow case would
 * re-run it hundreds of times).
 */
async function runChunk(kind: Kind, seed: number, numRuns: number, path?: string): Promise<void> {
  let index = path === undefined ? 0 : Number(path.split(':')[0]);
  await fc.assert(
    fc.asyncProperty(cases[kind], fc.boolean(), async ({ label, html }, force) => {
      ran++;
      const outcome = checkPage(html, { force, boundMs });
      if (!outcome.parsed) unparsed++;
      if (!slowest || outcome.cleanMs > slowest.ms) slowest = { kind, label, bytes: html.length, force, seed, html, ms: outcome.cleanMs };
      if (outcome.problems.length) {
        const file = join(values.out, `failure-${kind}-${seed}-${index}.html`);
        writeFileSync(file, html);
        failures.push(
          `${kind} ${label} force=${force}: ${outcome.problems[0]!.split('\n')[0]}\n` +
            `    replay: npm run fuzz -- --kind ${kind}${values['small-fixtures'] ? ' --small-fixtures' : ''} --seed ${seed} --path ${index}\n    page:   ${file}`,
        );
      }
      index++;
      await yieldToEventLoop();
    }),
    { seed, numRuns, ...(path === undefined ? {} : { path }) },
  );
}

const started = performance.now();
if (values.path !== undefined) {
  for (const kind of kinds) await runChunk(kind, baseSeed, 1, values.path);
} else {
  // Chunks with their own seeds: a failure ends only its chunk, the run goes on.
  const perKind = Math.ceil(runs / kinds.length);
  for (let done = 0, i = 0; done < perKind; done += chunk, i++) {
    for (const kind of kinds) await runChunk(kind, baseSeed + i, Math.min(chunk, perKind - done));
    if (i % 4 === 3) process.stderr.write(`  ${ran} cases, ${failures.length} failures, ${Math.round((performance.now() - started) / 1000)} s\n`);
  }
}
const seconds = (performance.now() - started) / 1000;

console.log(`cases run: ${ran} (${kinds.join(' + ')}, seed ${baseSeed}, bound ${boundMs} ms, ${seconds.toFixed(1)} s)`);
console.log(`not parsable by jsdom (engine not run): ${unparsed}`);
console.log(`peak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
console.log(`failures: ${failures.length}`);
for (const failure of failures) console.log(`  - ${failure}`);
const slow = slowest as Slowest | null;
if (slow) {
  const file = join(values.out, 'slowest.html');
  writeFileSync(file, slow.html);
  console.log(`slowest case: ${slow.ms.toFixed(0)} ms, ${slow.kind} ${slow.label}, ${slow.bytes} bytes, force=${slow.force}, chunk seed ${slow.seed} (page: ${file})`);
}
process.exitCode = failures.length > 0 ? 1 : 0;
