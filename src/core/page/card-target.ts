/**
 * Is a related card's link a story? Read from the URL alone (and the card's title for
 * section pages): the page itself ("#comment-12", "#respond"), an ad network's tracked link,
 * a sign-in page, a site's home page or one of its sections, tags or authors are not stories.
 * Rules in rules/card-rules.ts. Pure and linear in the URL's length.
 */
import { PAGER_MARKER, ACCOUNT_HOST, ACCOUNT_SEGMENT, AD_NETWORKS, CAMPAIGN_PARAMS, NON_STORY_SEGMENT, SECTION_PATH_MAX_SEGMENTS, SECTION_SLUG_MAX_WORDS, SECTION_TITLE_MAX_WORDS } from '../rules/card-rules.ts';
import { countWords } from '../lib/text.ts';

export type NotAStory = 'sponsored-link' | 'links-to-this-page' | 'account-page' | 'section-page' | 'previous-next-link';

/** The card's link is the page's previous/next post link (rel="prev", a pager or post navigation), not a related story. */
export function isPagerLink(link: Element): boolean {
  const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  if (rel.includes('prev') || rel.includes('next')) return true;
  for (let a: Element | null = link, depth = 0; a && depth < 4; a = a.parentElement, depth++) {
    if (PAGER_MARKER.test(`${a.getAttribute('class') ?? ''} ${a.id}`)) return true;
  }
  return false;
}

const hasNetwork = (value: string): boolean => {
  const v = value.toLowerCase();
  return AD_NETWORKS.some((n) => v === n || v.startsWith(`${n}.`) || v.includes(`.${n}.`) || v.startsWith(`${n}_`) || v.startsWith(`${n}-`));
};

export function cardLinkProblem(url: string, title: string, pageUrl: string): NotAStory | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.replace(/^www\./, '');
  if (hasNetwork(host) || host.split('.').some((label) => hasNetwork(label) && label.length > 4)) return 'sponsored-link';
  for (const p of CAMPAIGN_PARAMS) {
    const v = u.searchParams.get(p);
    if (v && hasNetwork(v)) return 'sponsored-link';
  }
  if (u.searchParams.has('tblci') || u.searchParams.has('obOrigUrl')) return 'sponsored-link';
  // A tracker's redirect carries the campaign inside its target: "…/click?redir=https%3A%2F%2F…%3Futm_source%3Dtaboola".
  for (const m of decodeURIComponentSafe(decodeURIComponentSafe(u.search)).matchAll(/[?&]utm_source=([\w.-]{2,40})/g)) {
    if (hasNetwork(m[1]!)) return 'sponsored-link';
  }
  try {
    const page = new URL(pageUrl);
    if (page.origin === u.origin && page.pathname.replace(/\/+$/, '') === u.pathname.replace(/\/+$/, '') && page.search === u.search) return 'links-to-this-page';
  } catch {
    // no page address: nothing to compare with
  }
  if (ACCOUNT_HOST.test(u.hostname)) return 'account-page';
  const segments = u.pathname.split('/').filter(Boolean);
  if (segments.some((s) => ACCOUNT_SEGMENT.test(s))) return 'account-page';
  // A site's home page (another paper's name in a "network" list), or a section, tag or author page.
  if (segments.length === 0 && !u.search) return 'section-page';
  const last = segments[segments.length - 1] ?? '';
  const slugWords = last.split(/[-_]+/).filter(Boolean).length;
  if (segments.length <= 3 && segments.slice(0, -1).some((s) => NON_STORY_SEGMENT.test(s)) && !/\d{3,}/.test(u.pathname) && slugWords <= SECTION_SLUG_MAX_WORDS + 1) return 'section-page';
  if (segments.length === 1 && NON_STORY_SEGMENT.test(last)) return 'section-page';
  if (
    segments.length <= SECTION_PATH_MAX_SEGMENTS && !/\d/.test(u.pathname) && !/\.\w{2,5}$/.test(last) &&
    slugWords <= SECTION_SLUG_MAX_WORDS && countWords(title) <= SECTION_TITLE_MAX_WORDS && slugNamesTitle(last, title)
  ) return 'section-page';
  return null;
}

/** The slug is the title's words and nothing else ("crime-public-safety" for "Crime & Public Safety"): a page named after the section. */
function slugNamesTitle(slug: string, title: string): boolean {
  const words = new Set(title.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const parts = decodeURIComponentSafe(slug).toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const named = new Set(parts);
  return parts.length > 0 && parts.every((p) => words.has(p) || p === 'and') && [...words].every((w) => named.has(w) || w === 'and');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
