// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { CleanResult, RemovalEntry, RemovalGroup } from '../../../src/core/types.ts';
import { describeRemovals, furnitureLine, inPageOrder, kindHeading, OTHER_PROMO_LABEL, PROMO_KIND_LABELS } from '../../../src/reader/removal-log.ts';
import { renderReaderView } from '../../../src/reader/render.ts';
import { groupOf } from '../../../src/core/rules/log-groups.ts';

function entry(reason: string, text: string, group: RemovalGroup = groupOf(reason)): RemovalEntry {
  return { stage: 'promo', reason, group, text };
}

/** Shaped like the reference aggregator page's log: stage order, not page order, promo mixed with the rest. */
const LOG: RemovalEntry[] = [
  entry('image-placeholder', 'Image placeholder: …/o.gif'),
  entry('newsletter-insert', 'Sign up to This is Europe'),
  entry('related-section', 'Related stories'),
  entry('ai-upsell', 'Try Our AI Features'),
  entry('newsletter-insert', 'after newsletter promotion'),
  entry('site-logo', 'Logo'),
  entry('empty-comments', 'No comments yet'),
  entry('related-text-newsletter-insert', 'Sign up: AU Breaking News email'),
  entry('repeated-paragraph', 'Meta was labelled an extremist organisation'),
  entry('repeated-passage', 'What was clear was that'),
  entry('some-new-promo-reason', 'Buy the mug', 'promo'),
];

describe('describeRemovals', () => {
  const view = describeRemovals(LOG);

  it('groups by kind with plain labels and counts, promo kinds first, in first-appearance order', () => {
    expect(view.kinds.map(kindHeading)).toEqual([
      'Newsletter sign-ups (2)',
      'AI feature ads (1)',
      `${OTHER_PROMO_LABEL} (1)`,
      'Repeated passages (2)',
      'Comments (1)',
      'Related stories moved below (1)',
      'Cleaned inside related stories (1)',
    ]);
  });

  it('keeps each entry with the text it removed, in the log order within a kind', () => {
    expect(view.kinds[0]!.entries.map((e) => e.text)).toEqual(['Sign up to This is Europe', 'after newsletter promotion']);
    expect(view.kinds[3]!.entries.map((e) => e.text)).toEqual(['Meta was labelled an extremist organisation', 'What was clear was that']);
  });

  it('counts furniture quietly, and the headline only promo and repeats, matching the listed kinds', () => {
    expect(view.furniture).toBe(2);
    expect(furnitureLine(view.furniture)).toBe('Also removed: 2 pieces of page furniture (spacer images, logos, menus, utility rows)');
    expect(furnitureLine(1)).toContain('1 piece of');
    expect(furnitureLine(0)).toBe('');
    expect(view.promo).toBe(4);
    expect(view.repeats).toBe(2);
    const listedPromo = view.kinds.filter((k) => k.group === 'promo').reduce((n, k) => n + k.entries.length, 0);
    expect(view.promo).toBe(listedPromo);
    expect(view.headline).toBe('4 promo blocks and 2 repeated passages removed');
  });

  it('has a label for every promo reason the core groups as promo', () => {
    for (const reason of Object.keys(PROMO_KIND_LABELS)) expect(groupOf(reason), reason).toBe('promo');
  });

  it('says calmly when there was nothing, or nothing but furniture and moved sections', () => {
    expect(describeRemovals([]).headline).toBe('Nothing needed removing');
    const quiet = describeRemovals([entry('image-placeholder', 'o.gif'), entry('related-section', 'More')]);
    expect(quiet.headline).toBe('No promo blocks or repeated passages');
    expect(quiet.kinds.map(kindHeading)).toEqual(['Related stories moved below (1)']);
  });
});

describe('inPageOrder', () => {
  it('sorts entries by where their text occurs in the page, unfound ones after, stably', () => {
    const page = 'Intro. Try Our AI Features now.\n\n  after newsletter   promotion. Sign up to This is Europe. End.';
    const log = [
      entry('newsletter-insert', 'Sign up to This is Europe'),
      entry('image-placeholder', 'Image placeholder: …/o.gif'),
      entry('newsletter-insert', 'after newsletter promotion'),
      entry('site-logo', 'Logo gif'),
      entry('ai-upsell', 'Try Our AI Features'),
    ];
    expect(inPageOrder(log, page).map((e) => e.text)).toEqual([
      'Try Our AI Features',
      'after newsletter promotion',
      'Sign up to This is Europe',
      'Image placeholder: …/o.gif',
      'Logo gif',
    ]);
  });

  it('finds a truncated text by the part before the ellipsis', () => {
    const long = `${'word '.repeat(40)}tail`;
    const log = [entry('repeated-passage', 'Second one'), entry('newsletter-insert', `${long.slice(0, 100)}…`)];
    expect(inPageOrder(log, `${long} then Second one`).map((e) => e.reason)).toEqual(['newsletter-insert', 'repeated-passage']);
  });
});

describe('the rendered removal log', () => {
  it('lists kinds with their entries and one quiet furniture line; the summary matches the list', () => {
    const root = document.createElement('div');
    const result = { url: 'https://a.example/', detected: true, autoClean: true, kind: 'article', reasons: [], title: 'T', source: '', byline: '', published: '', readingMinutes: 1, language: 'en', text: 'x', html: '<p>x</p>', related: [], removed: { promo: 4, duplicates: 2, log: LOG } } satisfies CleanResult;
    renderReaderView(root, result);
    const summary = root.querySelector('.pp-removed summary')!.textContent!;
    const [, promo, repeats] = /^(\d+) promo blocks? and (\d+) repeated passages? removed$/.exec(summary)!;
    const count = (label: RegExp) =>
      [...root.querySelectorAll('.pp-log-kind')].filter((k) => label.test(k.querySelector('.pp-log-reason')!.textContent!)).reduce((n, k) => n + k.querySelectorAll('.pp-log-entries li').length, 0);
    expect(count(/^(?!Repeated|Comments|Related|Cleaned)/)).toBe(Number(promo));
    expect(count(/^Repeated passages/)).toBe(Number(repeats));
    expect(root.querySelector('[data-kind="promo:newsletter-insert"] .pp-log-entries')!.textContent).toBe('Sign up to This is Europeafter newsletter promotion');
    expect(root.querySelectorAll('.pp-log-furniture')).toHaveLength(1);
    expect(root.querySelector('.pp-log')!.textContent).not.toContain('o.gif');
  });
});

describe('inPageOrder on huge pages', () => {
  it('keeps the log order when sorting would scan too much', async () => {
    const { PAGE_ORDER_BUDGET } = await import('../../../src/reader/removal-log.ts');
    const log = [entry('newsletter-insert', 'zzz later'), entry('newsletter-insert', 'aaa first')];
    const page = `aaa first ${'x'.repeat(PAGE_ORDER_BUDGET / 2)} zzz later`;
    expect(inPageOrder(log, page).map((e) => e.text)).toEqual(['zzz later', 'aaa first']);
    expect(inPageOrder(log, 'aaa first zzz later').map((e) => e.text)).toEqual(['aaa first', 'zzz later']);
  });
});
