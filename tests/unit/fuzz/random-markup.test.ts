// @vitest-environment node
/**
 * Random markup (unclosed and misnested tags, foreign content, raw-text
 * elements, hostile URLs, control characters) through the engine: it never
 * throws, always returns a well-formed result, leaves the caller's document
 * alone and stays within a time bound. Seeded: a failure prints the seed and
 * path to replay with `npm run fuzz -- --kind random --seed N --path P`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPage, FUZZ_SETTINGS, randomPage, yieldToEventLoop } from './fuzz-cases.ts';

describe('fuzz: random markup', () => {
  it(`${FUZZ_SETTINGS.randomRuns} random pages, seed ${FUZZ_SETTINGS.seed}`, { timeout: 300_000 }, async () => {
    let unparsed = 0;
    await fc.assert(
      fc.asyncProperty(randomPage, fc.boolean(), async (html, force) => {
        const { problems, parsed } = checkPage(html, { force, boundMs: FUZZ_SETTINGS.boundMs });
        if (!parsed) unparsed++;
        await yieldToEventLoop();
        if (problems.length) throw new Error(problems.join('\n'));
      }),
      // endOnFailure: shrinking a "too slow" case re-runs it hundreds of times; report it as found.
      { seed: FUZZ_SETTINGS.seed, numRuns: FUZZ_SETTINGS.randomRuns, endOnFailure: true },
    );
    // jsdom itself refuses a few shapes (see CaseOutcome.parsed); a flood of them would hollow the test out.
    expect(unparsed).toBeLessThan(FUZZ_SETTINGS.randomRuns / 20);
  });
});
