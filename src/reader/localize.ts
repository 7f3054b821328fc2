/**
 * Interface text in the DOM (issue 11), for every view; the text itself comes from
 * src/platform/i18n.ts. The static pages (popup, reader tab, side panel, options) hold no words
 * of their own: they mark elements, and localizePage() fills them as the page's script starts:
 *   data-i18n="name"              the element's text; its child elements, in order, stand for the
 *                                 message's $1, $2… (an <em> or <code> inside a sentence), and
 *                                 carry their own data-i18n if they hold words;
 *   data-i18n-aria-label="name"   the aria-label; data-i18n-title="name" the title.
 * appendMessage() does the same for text built in code around elements.
 */
import { t, uiLanguage, type MessageName, type Substitution } from '../platform/i18n.ts';

/** Private-use characters around a part's index: they never occur in a message. */
const PART = /\uE000(\d+)\uE001/;
const ATTRIBUTES = ['aria-label', 'title'] as const;

/** Appends message `name` to `parent`: string parts are substituted as text, node parts are put in their place. */
export function appendMessage(parent: Element, name: MessageName, parts: readonly (Substitution | Node)[]): void {
  const nodes: Node[] = [];
  const substitutions = parts.map((part) => (typeof part === 'object' ? `\uE000${nodes.push(part) - 1}\uE001` : part));
  // split() with a capturing group: text at even indexes, part numbers at odd ones.
  t(name, substitutions)
    .split(PART)
    .forEach((piece, i) => {
      const node = i % 2 === 1 ? nodes[Number(piece)] : piece;
      if (node) parent.append(node);
    });
}

/** Fills the marked elements of `doc` and sets its language to the messages' (see the top of this file). */
export function localizePage(doc: Document): void {
  doc.documentElement.setAttribute('lang', uiLanguage());
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const parts = [...element.children];
    element.replaceChildren();
    appendMessage(element, element.dataset.i18n as MessageName, parts);
  }
  for (const attribute of ATTRIBUTES) {
    for (const element of doc.querySelectorAll(`[data-i18n-${attribute}]`)) {
      element.setAttribute(attribute, t(element.getAttribute(`data-i18n-${attribute}`) as MessageName));
    }
  }
}
