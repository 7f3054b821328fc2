// @vitest-environment node
/**
 * The smaller fixture pages with one long run planted between tags (issue 12): a related
 * list, a menu, a paragraph of links, a plain list or a card grid of 200 to 3,000 items.
 * Same property as the other fuzz tests, within the same bound: these are the shapes that
 * once made a stage superlinear (a 50,000-link related section took 451 s). The
 * deterministic 50,000-link and 100,000-item checks are in tests/unit/odd-pages. Replay a
 * failure: `npm run fuzz -- --kind links --small-fixtures --seed N --path P`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPage, FUZZ_SETTINGS, linkHeavyFixture, loadFixtures, yieldToEventLoop } from './fuzz-cases.ts';

const fixtures = loadFixtures().filter((fixture) => fixture.html.length <= FUZZ_SETTINGS.maxFixtureBytes);

describe('fuzz: link-heavy pages', () => {
  it('plants the number of items it names, inside the body', () => {
    const cases = fc.sample(linkHeavyFixture(fixtures, 600, 300), { seed: 1, numRuns: 25 });
    for (const { fixture, html } of cases) {
      const n = Number(/\+ (\d+) (\w+) items$/.exec(fixture)![1]);
      const shape = /(\w+) items$/.exec(fixture)![1];
      const marker = { related: '/news/rel-story-', menu: '/section/menu-', inline: 'https://other.example/', list: 'of a long list', cards: '/c/card-' }[shape!]!;
      expect(html.split(marker).length - 1, fixture).toBe(n);
      expect(html.indexOf(marker), fixture).toBeGreaterThan(html.search(/<body\b/i));
    }
    // Every shape comes up.
    expect(new Set(cases.map((c) => /(\w+) items$/.exec(c.fixture)![1])).size).toBe(5);
  });

  it(`${FUZZ_SETTINGS.linkRuns} fixture pages with up to ${FUZZ_SETTINGS.maxLinkItems} links or items, seed ${FUZZ_SETTINGS.seed}`, { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(linkHeavyFixture(fixtures, FUZZ_SETTINGS.maxLinkItems), fc.boolean(), async ({ fixture, html }, force) => {
        const { problems, parsed } = checkPage(html, { force, boundMs: FUZZ_SETTINGS.boundMs });
        await yieldToEventLoop();
        expect(parsed, fixture).toBe(true);
        if (problems.length) throw new Error(`${fixture}: ${problems.join('\n')}`);
      }),
      { seed: FUZZ_SETTINGS.seed, numRuns: FUZZ_SETTINGS.linkRuns, endOnFailure: true },
    );
  });
});
