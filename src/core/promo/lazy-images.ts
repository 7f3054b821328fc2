/**
 * Lazy images get their real source (data-src, data-srcset, srcset, <picture> sources,
 * the <noscript> fallback, <amp-img>) in `src`, the only image attribute the sanitiser keeps.
 */
import { takeChildren, textOf } from '../lib/dom.ts';
import { IMAGE_URL_ATTR_SKIP } from '../rules/media-rules.ts';

import { isPlaceholderSrc, SINGLE_IMAGE_URL, SRCSET_LIKE, bestFromSrcset } from '../lib/pictures.ts';

/** The real source a lazy image carries in its other attributes, or ''. */
function lazySource(img: Element): string {
  let fromSet = '';
  for (const attr of Array.from(img.attributes)) {
    if (IMAGE_URL_ATTR_SKIP.has(attr.name)) continue;
    const value = attr.value.trim();
    if (SINGLE_IMAGE_URL.test(value) && !isPlaceholderSrc(value)) return value;
    if (!fromSet && (attr.name.endsWith('srcset') || SRCSET_LIKE.test(value))) fromSet = bestFromSrcset(value);
  }
  if (fromSet) return fromSet;
  const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
  for (const source of picture ? Array.from(picture.querySelectorAll('source')) : []) {
    const set = source.getAttribute('srcset') ?? source.getAttribute('data-srcset') ?? '';
    const best = bestFromSrcset(set);
    if (best && !isPlaceholderSrc(best)) return best;
  }
  return '';
}

/** src and alt of the one image in a <noscript> fallback (parsed markup, or raw text when scripting is on). */
function noscriptImage(noscript: Element): { src: string; alt: string } | null {
  const parsed = noscript.querySelectorAll('img');
  if (parsed.length > 1) return null;
  if (parsed.length === 1) {
    const img = parsed[0]!;
    const src = (img.getAttribute('src') ?? '').trim() || bestFromSrcset(img.getAttribute('srcset') ?? '');
    return src && !isPlaceholderSrc(src) ? { src, alt: img.getAttribute('alt') ?? '' } : null;
  }
  const raw = noscript.textContent ?? '';
  const tags = raw.match(/<img\b[^>]*>/gi);
  if (!tags || tags.length !== 1) return null;
  const attrs = new Map<string, string>();
  for (const m of tags[0]!.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    attrs.set(m[1]!.toLowerCase(), decodeBasicEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  const src = (attrs.get('src') ?? '').trim() || bestFromSrcset(attrs.get('srcset') ?? '');
  return src && !isPlaceholderSrc(src) ? { src, alt: attrs.get('alt') ?? '' } : null;
}

function decodeBasicEntities(value: string): string {
  return value.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' })[e] ?? '');
}

/** The placeholder image a <noscript> fallback stands beside (its previous sibling, or alone in a wrapper). */
function placeholderBeside(noscript: Element): Element | null {
  const prev = noscript.previousElementSibling;
  const img = prev?.tagName === 'IMG' ? prev : prev && prev.querySelectorAll('img').length === 1 && textOf(prev) === '' ? prev.querySelector('img') : null;
  return img && isPlaceholderSrc(img.getAttribute('src')) ? img : null;
}

/**
 * AMP pages print their pictures as <amp-img src alt width height> (a script draws the <img>):
 * each becomes the <img> it stands for, added to `images`, or its own <img> fallback when it
 * holds one. Returns how many pictures were made.
 */
export function resolveAmpImages(doc: Document, ampImages: readonly Element[], images: Element[]): number {
  let made = 0;
  for (const amp of ampImages) {
    if (!amp.isConnected) continue;
    const inner = amp.querySelector('img');
    if (inner) {
      amp.replaceWith(takeChildren(amp));
      continue;
    }
    const src = (amp.getAttribute('src') ?? '').trim() || bestFromSrcset(amp.getAttribute('srcset') ?? '');
    if (!src) continue;
    const img = doc.createElement('img');
    img.setAttribute('src', src);
    for (const attr of ['alt', 'width', 'height']) {
      const value = amp.getAttribute(attr);
      if (value !== null) img.setAttribute(attr, value);
    }
    amp.replaceWith(img);
    images.push(img);
    made++;
  }
  return made;
}

/**
 * Give every lazy image its real source. Returns how many images were fixed.
 * Runs before placeholder removal, which would otherwise take them for empty pictures.
 * `images` and `noscripts`: the page scan's lists (those no longer in the page are skipped).
 */
export function resolveLazyImages(doc: Document, images: readonly Element[], noscripts: readonly Element[]): number {
  let fixed = 0;
  for (const noscript of noscripts) {
    if (!noscript.isConnected) continue;
    const real = noscriptImage(noscript);
    if (!real) continue;
    const placeholder = placeholderBeside(noscript);
    const alone = !placeholder && !(noscript.parentElement?.querySelector('img:not(noscript img)'));
    if (!placeholder && !alone) continue;
    const img = placeholder ?? doc.createElement('img');
    img.setAttribute('src', real.src);
    if (real.alt && !(img.getAttribute('alt') ?? '').trim()) img.setAttribute('alt', real.alt);
    if (placeholder) noscript.remove();
    else noscript.replaceWith(img);
    fixed++;
  }
  for (const img of images) {
    if (!img.isConnected || !isPlaceholderSrc(img.getAttribute('src'))) continue;
    const src = lazySource(img);
    if (!src) continue;
    img.setAttribute('src', src);
    fixed++;
  }
  return fixed;
}
