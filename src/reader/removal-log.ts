/**
 * The removal log in plain words (issue 11): the core's `removed.log` grouped by what a
 * reader would call each removal, with counts and labels, and the headline count that
 * counts only promo and repeats, so it always matches the list under it. Pure, unit-tested.
 *
 * The core's groups (src/core/rules/log-groups.ts) are kept; the promo group is split by
 * reason into kinds a reader recognises ("Newsletter sign-ups"), and furniture (spacer
 * images, logos, menus, utility rows) is only counted, in one quiet line.
 */
import type { RemovalEntry, RemovalGroup } from '../core/types.ts';
import { plural, t } from '../platform/i18n.ts';

/** Promo reasons in words; a promo reason not listed here falls under OTHER_PROMO_LABEL. */
export const PROMO_KIND_LABELS: Readonly<Record<string, string>> = {
  'newsletter-insert': t('removalLog_kindNewsletter'),
  'app-banner': t('removalLog_kindAppBanner'),
  'ai-upsell': t('removalLog_kindAiUpsell'),
  'advertisement-label': t('removalLog_kindAdLabel'),
  'share-bar': t('removalLog_kindShareBar'),
  'cookie-banner': t('removalLog_kindCookieBanner'),
  'donation-appeal': t('removalLog_kindDonation'),
  'call-to-action': t('removalLog_kindCallToAction'),
  'inline-related-link': t('removalLog_kindInlineRelated'),
  'social-follow': t('removalLog_kindSocialFollow'),
  'affiliate-disclosure': t('removalLog_kindAffiliate'),
  'sponsored-card': t('removalLog_kindSponsored'),
  'paywall-prompt': t('removalLog_kindPaywall'),
};
export const OTHER_PROMO_LABEL = t('removalLog_kindOtherPromo');

/** The other groups' labels, in the order they are listed after the promo kinds. */
export const GROUP_LABELS: Readonly<Record<Exclude<RemovalGroup, 'promo' | 'furniture'>, string>> = {
  repeat: t('removalLog_kindRepeat'),
  comments: t('removalLog_kindComments'),
  related: t('removalLog_kindRelated'),
  'left-out': t('removalLog_kindLeftOut'),
  'related-text': t('removalLog_kindRelatedText'),
};

export interface RemovalKind {
  /** A stable key: `promo:<reason>` for promo kinds, else the group. */
  key: string;
  group: RemovalGroup;
  /** "Newsletter sign-ups" */
  label: string;
  /** Entries of this kind, in the log's order. */
  entries: RemovalEntry[];
}

export interface RemovalLogView {
  /** "3 promo blocks and 9 repeated passages removed" (counts the promo and repeat kinds below). */
  headline: string;
  /** Promo kinds first (in order of first appearance), then repeats, comments, related, related-text. */
  kinds: RemovalKind[];
  /** Spacer images, logos, menus and the like: counted, not listed. */
  furniture: number;
  promo: number;
  repeats: number;
}

/** "Newsletter sign-ups (2)" */
export function kindHeading(kind: RemovalKind): string {
  return t('removalLog_kindHeading', [kind.label, kind.entries.length]);
}

/** "Also removed: 13 pieces of page furniture (spacer images, logos, menus, utility rows)", or '' for none. */
export function furnitureLine(count: number): string {
  if (count === 0) return '';
  return plural('removalLog_furniture', count);
}

export function headlineFor(promo: number, repeats: number, logLength: number): string {
  const promoText = plural('removalLog_promoBlocks', promo);
  const repeatsText = plural('removalLog_repeatedPassages', repeats);
  if (promo > 0 && repeats > 0) return t('removalLog_removedBoth', [promoText, repeatsText]);
  if (promo > 0 || repeats > 0) return t('removalLog_removed', promo > 0 ? promoText : repeatsText);
  return logLength > 0 ? t('removalLog_noPromo') : t('removalLog_nothing');
}

const LATER_GROUPS = Object.keys(GROUP_LABELS) as (keyof typeof GROUP_LABELS)[];

export function describeRemovals(log: readonly RemovalEntry[]): RemovalLogView {
  const promoKinds = new Map<string, RemovalKind>();
  const later = new Map<RemovalGroup, RemovalKind>();
  let furniture = 0;
  for (const entry of log) {
    if (entry.group === 'furniture') {
      furniture += 1;
      continue;
    }
    if (entry.group === 'promo') {
      const label = PROMO_KIND_LABELS[entry.reason] ?? OTHER_PROMO_LABEL;
      const key = PROMO_KIND_LABELS[entry.reason] ? `promo:${entry.reason}` : 'promo:other';
      let kind = promoKinds.get(key);
      if (!kind) promoKinds.set(key, (kind = { key, group: 'promo', label, entries: [] }));
      kind.entries.push(entry);
      continue;
    }
    const label = GROUP_LABELS[entry.group as keyof typeof GROUP_LABELS];
    if (!label) {
      furniture += 1; // an unknown group from a newer core: counted, never hidden silently
      continue;
    }
    let kind = later.get(entry.group);
    if (!kind) later.set(entry.group, (kind = { key: entry.group, group: entry.group, label, entries: [] }));
    kind.entries.push(entry);
  }
  // "Other promotions" goes last among the promo kinds.
  const promoList = [...promoKinds.values()].sort((a, b) => Number(a.key === 'promo:other') - Number(b.key === 'promo:other'));
  const kinds = [...promoList, ...LATER_GROUPS.map((g) => later.get(g)).filter((k): k is RemovalKind => k !== undefined)];
  const promo = promoList.reduce((n, k) => n + k.entries.length, 0);
  const repeats = later.get('repeat')?.entries.length ?? 0;
  return { headline: headlineFor(promo, repeats, log.length), kinds, furniture, promo, repeats };
}

/** Characters scanned at most (entries × page text) to put the log in page order: about 50 ms. */
export const PAGE_ORDER_BUDGET = 200_000_000;

/**
 * The log in the page's order: each entry is placed where its text first occurs in the
 * page's text (`pageText`, whitespace collapsed); entries whose text is not in the page
 * (synthesised descriptions such as "Image placeholder: …") keep their place relative to
 * each other, after the ones found. Stable, so equal positions keep the log's order.
 */
export function inPageOrder(log: readonly RemovalEntry[], pageText: string): RemovalEntry[] {
  // Each look-up scans the page text: on a huge page with a huge log, keep the log's order.
  if (log.length * pageText.length > PAGE_ORDER_BUDGET) return [...log];
  const haystack = pageText.replace(/\s+/g, ' ');
  const positioned = log.map((entry, i) => {
    // The core truncates long texts with an ellipsis: look for the part before it.
    const needle = entry.text.replace(/\s*…$/, '').trim().slice(0, 80);
    const at = needle.length >= 3 ? haystack.indexOf(needle) : -1;
    return { entry, i, at: at < 0 ? Number.POSITIVE_INFINITY : at };
  });
  positioned.sort((a, b) => (a.at === b.at ? a.i - b.i : a.at - b.at));
  return positioned.map((p) => p.entry);
}
