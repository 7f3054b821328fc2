/**
 * Stage 3, related: turn the cards found when the page was read into related stories (text cleaned
 * by the promo and repeat rules), then remove every related and popular section from
 * the working clone so none of it reaches the article body.
 */
import type { PageModel, PipelineContext, Stage, StageLog } from '../context.ts';
import { isInside, removeNode, textOf } from '../lib/dom.ts';
import { normalizeKey } from '../lib/text.ts';
import { cleanPromoParagraphs } from '../text-passes/promo-lines.ts';
import { dedupeParagraphs } from '../text-passes/repeats.ts';
import { cutInlineFurniture, splitParagraphs } from '../text-passes/reflow.ts';
import type { RelatedStory } from '../types.ts';
import type { CardFields } from '../page/cards.ts';

/** The story's first paragraphs (outside every related or popular section), as one key. */
function storyOpening(page: PageModel): string {
  if (!page.storyLead) return '';
  const sections = page.sections.flatMap((s) => s.nodes);
  const out: string[] = [];
  // A walker that stops at the fifth paragraph: a story of 100,000 paragraphs costs no more than one of five.
  const walker = page.storyLead.ownerDocument.createTreeWalker(page.storyLead, 0x1);
  for (let n = walker.nextNode() as Element | null; n && out.length < 5; n = walker.nextNode() as Element | null) {
    if (n.tagName !== 'P' || isInside(n, sections)) continue;
    out.push(textOf(n));
  }
  return normalizeKey(out.join(' '));
}

/** Why a card whose link is not a story was left out, in the log's words. */
const NOT_A_STORY: Record<NonNullable<CardFields['notStory']>, string> = {
  'sponsored-link': 'links through an ad network',
  'links-to-this-page': 'links to this page',
  'account-page': 'links to a sign-in or account page',
  'section-page': 'links to a home, section, tag or author page',
  'previous-next-link': 'the previous or next post',
};

function related(page: PageModel, ctx: PipelineContext, log: StageLog): void {
  const stories: RelatedStory[] = [];
  const seenUrls = new Set<string>();
  const headline = normalizeKey(page.headline?.headlineText ?? '');
  // Read once, and only when a card has an opening long enough to compare.
  let lead: string | null = null;
  for (const card of page.cards) {
    if (!card.title) continue;
    if (card.sponsored || card.notStory === 'sponsored-link') {
      log('sponsored-card', card.notStory ? `${card.title} (${NOT_A_STORY[card.notStory]})` : card.title);
      continue;
    }
    if (card.notStory) {
      log('not-a-story-card', `${card.title} (${NOT_A_STORY[card.notStory]})`);
      continue;
    }
    // The article itself listed among its related stories: same headline, or its opening text.
    const first = normalizeKey(card.paragraphs[0] ?? '');
    if ((headline && normalizeKey(card.title) === headline) || (first.length >= 80 && (lead ??= storyOpening(page)).includes(first))) {
      log('same-story-card', `${card.title} (the article itself)`);
      continue;
    }
    if (card.url && seenUrls.has(card.url)) continue;
    if (card.url) seenUrls.add(card.url);
    for (const line of card.promoLines) log('related-text-promo-box', line);
    const promo = cleanPromoParagraphs(card.paragraphs);
    for (const cut of promo.cuts) log(`related-text-${cut.reason}`, cut.text);
    // Captions and embedded posts' attributions run into a flattened story's prose come out first,
    // so they are neither judged as repeats nor left in its paragraphs.
    const prose = promo.paragraphs.map((p) => {
      const r = cutInlineFurniture(p);
      for (const cut of r.cuts) log(`related-text-${cut.reason}`, cut.text);
      return r.paragraphs[0] ?? '';
    }).filter(Boolean);
    const deduped = dedupeParagraphs(prose, card.title);
    for (const r of deduped.removed) log(`related-text-${r.reason}`, r.text);
    // A story printed as one block is split back into paragraphs.
    const paragraphs = deduped.paragraphs.flatMap((p) => splitParagraphs(p, ctx.meta.language));
    stories.push({ title: card.title, url: card.url, source: card.source, published: card.published, text: paragraphs.join('\n\n') });
  }
  ctx.related = stories;
  for (const section of page.sections) {
    const label = textOf(section.heading).slice(0, 60) || section.heading.getAttribute('aria-label') || '';
    for (const node of section.nodes) removeNode(node);
    const n = `${section.cards.length} ${section.cards.length === 1 ? 'story' : 'stories'}`;
    // Why the list was taken or left, in the log's words.
    log(
      section.kind === 'popular' ? 'popular-list' : section.kind === 'index' ? 'link-index' : 'related-section',
      section.kind === 'index' ? `${label} (a long list of links: an index of the site, left out)`
        : section.kind === 'popular' ? `${label} (${n}: a list of the site's other stories, left out)`
        : `${label} (${n}: its heading names a list about this story, moved below)`,
    );
  }
}

export const RELATED: Stage = { id: 'related', name: 'collect related stories', run: related };
