// @vitest-environment node
/**
 * The smaller fixture pages carrying elements named after globals and DOM members
 * (issue 13): <div id>, <img name>, forms whose controls are named after DOM members,
 * anchor pairs that make an HTMLCollection, named frames, embeds and objects, planted
 * between tags. Same property as the other fuzz tests. Browsers give these names to
 * `window` and `document`; jsdom only partly does, so tests/e2e/page-interference.spec.ts
 * plants the same names in Chromium. Replay a failure:
 * `npm run fuzz -- --kind named --small-fixtures --seed N --path P`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPage, FUZZ_SETTINGS, loadFixtures, namedElementsFixture, plantAtTagEnds, yieldToEventLoop } from './fuzz-cases.ts';

const fixtures = loadFixtures().filter((fixture) => fixture.html.length <= FUZZ_SETTINGS.maxFixtureBytes);

describe('fuzz: elements named after globals', () => {
  it('plants after tags that end in the body, never in the head', () => {
    const html = '<html><head><title>T</title></head><body><p>a</p><p>b</p></body></html>';
    expect(plantAtTagEnds(html, [[0, '<i id="x"></i>']])).toBe('<html><head><title>T</title></head><body><i id="x"></i><p>a</p><p>b</p></body></html>');
    expect(plantAtTagEnds(html, [[0.99, '<i id="y"></i>'], [0.4, '<i id="z"></i>']])).toBe(
      '<html><head><title>T</title></head><body><p>a</p><i id="z"></i><p>b</p></body></html><i id="y"></i>',
    );
  });

  it(`${FUZZ_SETTINGS.namedRuns} fixture pages with named elements, seed ${FUZZ_SETTINGS.seed}`, { timeout: 300_000 }, async () => {
    let unparsed = 0;
    await fc.assert(
      fc.asyncProperty(namedElementsFixture(fixtures), fc.boolean(), async ({ fixture, html }, force) => {
        const { problems, parsed } = checkPage(html, { force, boundMs: FUZZ_SETTINGS.boundMs });
        if (!parsed) unparsed++;
        await yieldToEventLoop();
        if (problems.length) throw new Error(`${fixture}: ${problems.join('\n')}`);
      }),
      { seed: FUZZ_SETTINGS.seed, numRuns: FUZZ_SETTINGS.namedRuns, endOnFailure: true },
    );
    expect(unparsed).toBeLessThan(FUZZ_SETTINGS.namedRuns / 20);
  });
});
