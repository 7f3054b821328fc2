/** Pictures: placeholder sources, srcset choice, and what a picture credit looks like. */

import { CAPTION_CREDIT_END, CREDIT_LINE, MAX_CAPTION_PARAGRAPH_CHARS, PLACEHOLDER_SRC } from '../rules/media-rules.ts';

/** A source that stands in for the real picture until a script swaps it. */
export function isPlaceholderSrc(src: string | null): boolean {
  const s = (src ?? '').trim();
  return s === '' || /^data:/i.test(s) || PLACEHOLDER_SRC.test(s.replace(/[?#].*$/, ''));
}

export const SINGLE_IMAGE_URL = /^(?:https?:\/\/|\/\/|\/)?[^\s"'<>]+\.(?:jpe?g|png|webp|avif|gif)(?:[?#][^\s"'<>]*)?$/i;
export const SRCSET_LIKE = /\S+\s+\d+(?:\.\d+)?[wx](?:\s*,|\s*$)/i;

/** The largest candidate of a srcset ("a.jpg 480w, b.jpg 960w" → b.jpg). */
export function bestFromSrcset(srcset: string): string {
  let best = '';
  let bestSize = -1;
  for (const part of srcset.split(/,\s+(?=\S)/)) {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!url || /^data:/i.test(url)) continue;
    const size = Number.parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1);
    if (Number.isFinite(size) && size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}

/**
 * A credit line, or a paragraph that ends with a picture credit: a caption outside a <figure>
 * (see media-rules). Read by the promo stage (dropped when no picture is beside it) and by
 * sanitize (kept out of `text`).
 */
export function isCreditedCaption(text: string): boolean {
  return text.length <= MAX_CAPTION_PARAGRAPH_CHARS && (CREDIT_LINE.test(text) || CAPTION_CREDIT_END.test(text));
}
