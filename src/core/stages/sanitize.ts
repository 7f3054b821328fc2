/**
 * Stage 7, sanitize: DOMPurify (strict profile, see html.ts) over the article, last, so
 * nothing added or kept by an earlier stage escapes it. The output text is read from the
 * SAME sanitised tree, block by block, so `text` and `html` always agree.
 */
import type { PipelineContext } from '../context.ts';
import { absoluteHttpUrl, collectBlocks } from '../dom-utils.ts';
import { childrenToHtml, sanitizeToFragment } from '../html.ts';
import { collapse } from '../text-utils.ts';

export function sanitize(ctx: PipelineContext): void {
  const article = ctx.article;
  if (!article) return;
  absolutizeUrls(article, ctx.url);
  const fragment = sanitizeToFragment(article, ctx.win);
  const holder = fragment.ownerDocument.createElement('div');
  holder.appendChild(fragment);
  const paragraphs: string[] = [];
  for (const b of collectBlocks(holder)) {
    const t = collapse(b.raw);
    if (t) paragraphs.push(t);
  }
  ctx.text = paragraphs.join('\n\n');
  ctx.html = childrenToHtml(holder);
}

/** Resolve relative links and image sources against the page URL before sanitising. */
function absolutizeUrls(root: Element, base: string): void {
  if (!/^https?:/i.test(base)) return;
  for (const el of Array.from(root.querySelectorAll('a[href], img[src]'))) {
    const attr = el.tagName === 'A' ? 'href' : 'src';
    const value = el.getAttribute(attr) ?? '';
    if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value.trim()) || value.trim().startsWith('#')) continue;
    const abs = absoluteHttpUrl(value, base);
    if (abs) el.setAttribute(attr, abs);
  }
}
