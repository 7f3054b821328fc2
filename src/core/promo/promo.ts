/**
 * Stage 4, promo: remove promo blocks from the working clone BEFORE extraction, so
 * Readability's scoring is not misled by them, and cut promo runs out of flattened
 * text blocks. `promoText` is the light text-only pass re-run on the extracted article.
 */
import type { PageModel, PipelineContext, Stage, StageLog, StagePass } from '../context.ts';
import { collectBlocks, HEADING_TAGS, type TextBlock } from '../lib/blocks.ts';
import { closestTag, removeBlock, removeNode, replaceBlockText, tagSet, textOf } from '../lib/dom.ts';
import { AFTER_NEWSLETTER, cutPromoRuns, newsletterLeadStart, promoBlockReason } from '../text-passes/promo-lines.ts';
import {
  SCREEN_READER_LABEL, CTA_BLOCK_TOPIC, CTA_LINK_TEXT, MAX_CTA_BLOCK_CHARS, COMMENTS_HEADING, INLINE_RELATED_LINE, INLINE_RELATED_MIN_LINK_SHARE, CAPS_LINK_MIN_WORDS, CAPS_LINK_MIN_UPPER_SHARE, CAPS_LINK_MIN_LINK_SHARE, MAX_PROMO_CONTAINER_CHARS, DONATION_CTA_TEXT, APPEAL_TOPIC, MAX_APPEAL_BOX_CHARS,
} from '../rules/promo-rules.ts';
import { collapse, solidLength } from '../lib/text.ts';
import { resolveAmpImages, resolveLazyImages } from './lazy-images.ts';
import { removeCommentSections } from './comments.ts';
import { removeFurnitureImages } from './furniture-images.ts';

const TABLE = tagSet('table');

function promo(page: PageModel, ctx: PipelineContext, log: StageLog): void {
  const pass: StagePass = { page, ctx, log };
  const body = ctx.doc.body;
  if (!body) return;
  const headline = page.headline?.headline ?? null;
  // Comment threads first: a thread can hold promo-marked boxes of its own.
  removeCommentSections(pass, body);
  removePromoContainers(pass, body, headline);
  removeDonationAppeals(pass, body, headline);
  // Real sources first: a lazy image still showing its placeholder is not an empty picture.
  resolveAmpImages(ctx.doc, page.scan.ampImages, page.scan.images);
  resolveLazyImages(ctx.doc, page.scan.images, page.scan.noscripts);
  removeFurnitureImages(pass, body);
  removePromoBlocks(pass, body);
}

function removePromoContainers({ page, log }: StagePass, body: HTMLElement, headline: Element | null): void {
  for (const { el, reason } of page.scan.promoBoxes) {
    {
      if (!el.isConnected || el === body || el.tagName === 'HTML' || el.tagName === 'MAIN' || el.tagName === 'ARTICLE') continue;
      if (headline && el.contains(headline)) continue;
      const text = textOf(el);
      // A small box only: a wrapper that happens to match must never take the story with it.
      if (text.length > MAX_PROMO_CONTAINER_CHARS) continue;
      if (!text && !el.querySelector('img, iframe')) continue;
      removeNode(el);
      log(reason, text || `<${el.tagName.toLowerCase()}>`);
    }
  }
}

function removeDonationAppeals({ page, log }: StagePass, body: HTMLElement, headline: Element | null): void {
  for (const el of [...(page.scan.links), ...(page.scan.buttons)]) {
    if (!el.isConnected || (el.textContent ?? '').length > 80 || !DONATION_CTA_TEXT.test(textOf(el))) continue;
    let box: Element | null = null;
    for (let p = el.parentElement; p && p !== body; p = p.parentElement) {
      if (p.tagName === 'MAIN' || p.tagName === 'ARTICLE' || (headline && p.contains(headline))) break;
      const text = textOf(p);
      if (text.length > MAX_APPEAL_BOX_CHARS) break;
      box = p;
    }
    if (!box) continue;
    const text = textOf(box);
    // The box must say more than the button, and say it about support or funding.
    if (text === textOf(el) || !APPEAL_TOPIC.test(text.replace(textOf(el), ''))) continue;
    removeNode(box);
    log('donation-appeal', text);
  }
}

export function removePromoBlocks({ log }: StagePass, root: Element): void {
  const blocks = collectBlocks(root);
  const texts = blocks.map((b) => collapse(b.raw));
  const dead = new Set<number>();
  const drop = (i: number, reason: string): void => {
    if (dead.has(i)) return;
    dead.add(i);
    removeBlock(blocks[i]!);
    log(reason, texts[i]!);
  };
  for (let i = 0; i < blocks.length; i++) {
    if (dead.has(i)) continue;
    const text = texts[i]!;
    const b = blocks[i]!;
    let reason = promoBlockReason(text);
    // A stock table's "Close" column, a restaurant review's "Menu" heading: data and titles, not chrome.
    if ((reason === 'site-chrome' || reason === 'utility-links') && (HEADING_TAGS.has(b.el.tagName) || closestTag(b.el, TABLE))) reason = null;
    if (reason) {
      // Guardian insert printed as lines: "Sign up to X" / blurb / "after newsletter promotion".
      if (AFTER_NEWSLETTER.test(text)) {
        const start = newsletterLeadStart(i, texts, (j) => dead.has(j));
        if (start >= 0) for (let k = start; k < i; k++) drop(k, 'newsletter-insert');
      }
      drop(i, reason);
      // "Comments" heading right before an empty-comments line goes too.
      if (reason === 'empty-comments' && i > 0 && COMMENTS_HEADING.test(texts[i - 1]!)) drop(i - 1, 'empty-comments');
      continue;
    }
    if (isCallToAction(text, b)) {
      drop(i, 'call-to-action');
      continue;
    }
    if (isInlineRelatedLine(text, b)) {
      drop(i, 'inline-related-link');
      continue;
    }
    if (SCREEN_READER_LABEL.test(text)) {
      const rest = text.replace(SCREEN_READER_LABEL, '');
      replaceBlockText(b, rest);
      log('screen-reader-label', text.slice(0, text.length - rest.length));
      if (!rest) continue;
    }
    const cut = cutPromoRuns(text.replace(SCREEN_READER_LABEL, ''));
    if (cut.cuts.length) {
      if (cut.text) replaceBlockText(b, cut.text);
      else removeBlock(b);
      for (const c of cut.cuts) log(c.reason, c.text);
    }
  }
}

function isCallToAction(text: string, b: TextBlock): boolean {
  if (text.length > MAX_CTA_BLOCK_CHARS || /[.!?'"’”)]$/.test(text) || !CTA_BLOCK_TOPIC.test(text)) return false;
  if (textOf(b.el) !== text) return false; // the block holds more than this line
  for (const el of Array.from(b.el.querySelectorAll('a, button'))) if (CTA_LINK_TEXT.test(textOf(el))) return true;
  return false;
}

function isInlineRelatedLine(text: string, b: TextBlock): boolean {
  if (text.length > 200) return false;
  if (INLINE_RELATED_LINE.test(text) && b.linkChars >= text.length * INLINE_RELATED_MIN_LINK_SHARE) return true;
  return isCapitalisedLink(text, b);
}

function isCapitalisedLink(text: string, b: TextBlock): boolean {
  if (text.split(' ').length < CAPS_LINK_MIN_WORDS || b.linkChars < solidLength(text) * CAPS_LINK_MIN_LINK_SHARE) return false;
  if (closestTag(b.el, TABLE)) return false; // a standings table's team names
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = text.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 0 && upper.length >= letters.length * CAPS_LINK_MIN_UPPER_SHARE;
}

export const PROMO: Stage = { id: 'promo', name: 'remove promo blocks', run: promo };
