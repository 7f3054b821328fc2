/**
 * What each removal is, for the reader: the removal log's entries are grouped by kind, and
 * the popup's headline count ("3 promo blocks and 9 repeated passages removed") counts only
 * what a reader calls promo or repeats. Page furniture (spacer images, logos, menus, the
 * dateline printed again) is logged but counted quietly; related stories are moved below the
 * article, not removed.
 */
import type { RemovalGroup } from '../types.ts';

/** Reasons that are promo: what a publisher inserts to sell or to keep the reader on the site. */
const PROMO = [
  'newsletter-insert', 'app-banner', 'ai-upsell', 'advertisement-label', 'share-bar', 'cookie-banner', 'donation-appeal', 'call-to-action',
  'inline-related-link', 'social-follow', 'affiliate-disclosure', 'sponsored-card', 'paywall-prompt',
];
const REPEAT = ['repeated-paragraph', 'repeated-passage', 'repeated-title', 'repeated-pull-quote'];
const COMMENTS = ['comment-thread', 'comment-form', 'empty-comments'];
/** A related list moved below the article. */
const RELATED = ['related-section'];
/** Lists and cards of other stories left out: the site's popular or section lists, indexes, cards that link to no story or to the article itself. */
const LEFT_OUT = ['popular-list', 'link-index', 'not-a-story-card', 'same-story-card'];

const GROUPS = new Map<string, RemovalGroup>([
  ...PROMO.map((r) => [r, 'promo'] as const),
  ...REPEAT.map((r) => [r, 'repeat'] as const),
  ...COMMENTS.map((r) => [r, 'comments'] as const),
  ...RELATED.map((r) => [r, 'related'] as const),
  ...LEFT_OUT.map((r) => [r, 'left-out'] as const),
]);

/** The group of a removal reason; cleaning inside a related story's text is its own group. Anything else is furniture. */
export function groupOf(reason: string): RemovalGroup {
  if (reason.startsWith('related-text-')) return 'related-text';
  return GROUPS.get(reason) ?? 'furniture';
}
