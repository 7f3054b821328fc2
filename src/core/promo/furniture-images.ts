/**
 * Images that are site furniture, not pictures of the story: spacers and tracking pixels,
 * icons, logos, decorative backgrounds and the letters of a text-size widget (rules in
 * rules/furniture-rules.ts). Removed from the working copy before extraction, quietly
 * (logged as furniture), with the link or box they were all of. App-store badges are promo.
 */
import type { StagePass } from '../context.ts';
import { removeNode, textOf } from '../lib/dom.ts';
import { APP_BADGE_ALT } from '../rules/promo-rules.ts';
import { DECORATIVE_ALT, ICON_FILE, LOGO_ALT, LOGO_FILE, MAX_ICON_PX, MAX_SPACER_PX, MIN_PICTURE_LOGO_PX, SPACER_FILE, WIDGET_ALT } from '../rules/furniture-rules.ts';
import { collapse } from '../lib/text.ts';

/** Lazy-loading attributes: an image with one of these is a real picture waiting to load. */
const LAZY_ATTRS = ['data-src', 'data-srcset', 'srcset', 'data-lazy-src', 'data-original', 'data-url'];

/** A printed dimension in CSS pixels, or null ("100%", "auto", missing). */
function px(img: Element, attr: 'width' | 'height'): number | null {
  const value = (img.getAttribute(attr) ?? '').trim();
  return /^\d+(?:\.\d+)?(?:px)?$/.test(value) ? Number.parseFloat(value) : null;
}

function fileOf(src: string): string {
  return src.replace(/[?#].*$/, '');
}

/** What kind of furniture an image is, or null for a picture. */
export function furnitureReason(img: Element): string | null {
  const alt = collapse(img.getAttribute('alt') ?? '');
  const src = (img.getAttribute('src') ?? '').trim();
  const file = fileOf(src);
  const width = px(img, 'width');
  const height = px(img, 'height');
  const lazy = LAZY_ATTRS.some((a) => img.hasAttribute(a));
  if (APP_BADGE_ALT.test(alt)) return 'app-banner';
  if ((width !== null && width <= MAX_SPACER_PX) || (height !== null && height <= MAX_SPACER_PX)) return 'spacer-image';
  if (!lazy && (!src || /^data:/i.test(src) || SPACER_FILE.test(file))) return 'spacer-image';
  const sized = width !== null || height !== null;
  if (sized && (width ?? 0) <= MAX_ICON_PX && (height ?? 0) <= MAX_ICON_PX) return 'icon-image';
  if (ICON_FILE.test(file)) return 'icon-image';
  if (DECORATIVE_ALT.test(alt)) return 'decorative-image';
  if (alt && WIDGET_ALT.test(alt) && img.closest('a, button')) return 'widget-image';
  // A logo, unless printed as a picture: big, or captioned in a figure (a story about a logo).
  if ((LOGO_ALT.test(alt) || (!alt && LOGO_FILE.test(file))) && (width ?? 0) < MIN_PICTURE_LOGO_PX && !img.closest('figure')?.querySelector('figcaption')) return 'site-logo';
  return null;
}

export function removeFurnitureImages({ page, log }: StagePass, body: Element): void {
  for (const img of page.scan.images) {
    if (!img.isConnected) continue;
    const reason = furnitureReason(img);
    if (!reason) continue;
    const alt = collapse(img.getAttribute('alt') ?? '');
    // Take the wrapping link or box with it when the image (and its alt text printed again
    // for screen readers) was all it held.
    let target: Element = img;
    for (let p = target.parentElement; p && p !== body && p.querySelectorAll('img').length === 1; p = p.parentElement) {
      const t = textOf(p);
      if (t !== '' && t !== alt) break;
      target = p;
    }
    removeNode(target);
    const src = (img.getAttribute('src') ?? '').trim();
    log(reason, alt ? `image: ${alt}` : `image: ${src.slice(0, 60) || '(no src)'}`);
  }
}
