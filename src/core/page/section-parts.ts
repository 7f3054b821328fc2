/** What a related section is made of: a heading of a known kind, and cards, each with one title. */
import { HEADING_TAGS } from '../lib/blocks.ts';
import { childElements, textOf } from '../lib/dom.ts';
import { collapse, normalizeKey, titleWords, weightedLength } from '../lib/text.ts';
import { MAX_HEADING_CHARS, NOT_A_STORY_TITLE, POPULAR_HEADING, RELATED_HEADING } from '../rules/related-rules.ts';
import { cutPromoRuns, promoBlockReason } from '../text-passes/promo-lines.ts';
import { inPromoBox } from './scan.ts';

/** A link or heading must be this long (and have 3+ words) to be a card title. */
export const MIN_TITLE_CHARS = 20;
const MIN_TITLE_WORDS = 3;

/** The kind of section a heading announces ("Related stories", "Most read"), or null. */
export function headingKind(text: string): 'related' | 'popular' | null {
  const t = collapse(text);
  if (!t || t.length > MAX_HEADING_CHARS) return null;
  if (POPULAR_HEADING.test(t)) return 'popular';
  // "Read more about sharing." is a sentence (a link to a help page), not a heading over stories.
  if (RELATED_HEADING.test(t) && !(/\s\S+\s\S+/.test(t) && /[^.]\.$/.test(t))) return 'related';
  return null;
}

/**
 * Index the card titles under `nodes`: each element maps to the one title key it contains,
 * or null when it contains several (a list of cards). Built bottom-up from each title
 * element, stopping where an ancestor is already known, so the cost is about linear.
 */
function indexTitles(nodes: readonly Element[]): Map<Element, string | null> {
  const index = new Map<Element, string | null>();
  for (const node of nodes) {
    const stop = node.parentElement;
    const self = node.tagName === 'A' || HEADING_TAGS.has(node.tagName) ? [node] : [];
    for (const x of [...self, ...Array.from(node.querySelectorAll('a[href], h2, h3, h4, h5, h6, [role="heading"]'))]) {
      // Anchors count whatever their href: a card whose link is unsafe (javascript:) is still a card, just without a URL.
      if (x.tagName === 'A' && (x.getAttribute('href') ?? '').trim().startsWith('#')) continue;
      const t = textOf(x);
      if (weightedLength(t) < MIN_TITLE_CHARS || titleWords(t) < MIN_TITLE_WORDS) continue;
      // A newsletter box or "Sign up: … email" link inside a card is not another story.
      // A section heading printed inside the list ("Das wird dir auch gefallen!") is not a card.
      if (promoBlockReason(t) || cutPromoRuns(t).cuts.length || NOT_A_STORY_TITLE.test(t) || headingKind(t)) continue;
      if (inPromoBox(x, node)) continue;
      const key = normalizeKey(t);
      for (let a: Element | null = x; a && a !== stop; a = a.parentElement) {
        const known = index.get(a);
        if (known === undefined) index.set(a, key);
        else if (known === key || known === null) break;
        else index.set(a, null);
      }
    }
  }
  return index;
}

/**
 * Group a section's nodes into cards: a node carrying several titles is a list and is
 * opened up; a node with one title starts a card (or continues the card with that title);
 * a node with none (source, time, flattened text) belongs to the current card.
 */
export function splitCards(nodes: readonly Element[]): Element[][] {
  const index = indexTitles(nodes);
  const cards: Element[][] = [];
  let current: { nodes: Element[]; key: string } | null = null;
  const visit = (node: Element, depth: number): void => {
    const key = index.get(node);
    if (key === null && node.firstElementChild && depth < 8) {
      for (const c of childElements(node)) visit(c, depth + 1);
      return;
    }
    if (key === undefined) {
      current?.nodes.push(node);
      return;
    }
    if (current && key !== null && current.key === key) {
      current.nodes.push(node);
      return;
    }
    current = { nodes: [node], key: key ?? '' };
    cards.push(current.nodes);
  };
  for (const n of nodes) visit(n, 0);
  return cards;
}
