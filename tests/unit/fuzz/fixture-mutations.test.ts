// @vitest-environment node
/**
 * The real fixture pages, broken the way downloads and CMSs break them:
 * byte ranges deleted, duplicated, swapped or cut off, random tags and
 * attributes inserted, hundreds of levels of nesting. Same property as the
 * random-markup fuzz. Only the smaller fixtures, to keep `npm test` fast
 * (replay a failure: `npm run fuzz -- --kind mutated --small-fixtures --seed N --path P`);
 * `npm run fuzz` mutates them all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPage, FUZZ_SETTINGS, loadFixtures, mutatedFixture, yieldToEventLoop } from './fuzz-cases.ts';

const fixtures = loadFixtures().filter((fixture) => fixture.html.length <= FUZZ_SETTINGS.maxFixtureBytes);

describe('fuzz: mutated fixtures', () => {
  it('has fixtures to mutate', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });

  it(`${FUZZ_SETTINGS.mutationRuns} mutated fixture pages, seed ${FUZZ_SETTINGS.seed}`, { timeout: 300_000 }, async () => {
    let unparsed = 0;
    await fc.assert(
      fc.asyncProperty(mutatedFixture(fixtures), fc.boolean(), async ({ fixture, html }, force) => {
        const { problems, parsed } = checkPage(html, { force, boundMs: FUZZ_SETTINGS.boundMs });
        if (!parsed) unparsed++;
        await yieldToEventLoop();
        if (problems.length) throw new Error(`${fixture}: ${problems.join('\n')}`);
      }),
      { seed: FUZZ_SETTINGS.seed, numRuns: FUZZ_SETTINGS.mutationRuns, endOnFailure: true },
    );
    // jsdom itself refuses a few shapes (see CaseOutcome.parsed); a flood of them would hollow the test out.
    expect(unparsed).toBeLessThan(FUZZ_SETTINGS.mutationRuns / 20);
  });
});
