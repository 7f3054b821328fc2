/**
 * The peer every benchmark compares against: plain Readability, used the way
 * its README says (on a clone of the document), its content sanitised with
 * DOMPurify's default profile, and text taken block by block.
 */
import { Readability } from '@mozilla/readability';
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { blockText } from './block-text.ts';

const purifiers = new WeakMap<object, DOMPurify>();

/** One DOMPurify per window, as Plainpage's html.ts does, so neither side pays setup per call. */
function purifierFor(win: Window): DOMPurify {
  let purify = purifiers.get(win);
  if (!purify) {
    purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purifiers.set(win, purify);
  }
  return purify;
}

export function readabilityText(doc: Document): string {
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  if (!article?.content) return '';
  const win = doc.defaultView;
  if (!win) throw new Error('readabilityText needs a document with a window');
  const fragment = purifierFor(win).sanitize(article.content, { RETURN_DOM_FRAGMENT: true });
  return blockText(fragment);
}
