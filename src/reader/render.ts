/**
 * The reader view, shared by the popup, the reader tab and the in-page view.
 * Builds DOM with createElement/textContent only; the article body is the one
 * piece of HTML, and it goes through the sanitising module (src/core/lib/html.ts).
 */
import { setSanitizedHtml } from '../core/lib/html.ts';
import { readingMinutes } from '../core/lib/text.ts';
import type { CleanResult, RelatedStory } from '../core/types.ts';
import { plural, t } from '../platform/i18n.ts';
import { displayTime, paragraphs, readingTimeLabel, safeHttpUrl } from './format.ts';
import { describeRemovals, furnitureLine, kindHeading } from './removal-log.ts';

/** Long kinds of the removal log are cut here; the rest is counted ("and 12 more"). */
const MAX_LOG_ITEMS_PER_KIND = 50;

type Children = (Node | string | null | undefined | false)[];

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  children: Children = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

function timeElement(doc: Document, published: string, language: string): HTMLElement | null {
  const { text, datetime } = displayTime(published, language);
  if (!text) return null;
  return el(doc, 'time', datetime ? { datetime } : {}, [text]);
}

/** "Source · time" with separators only between the parts that exist. */
function metaLine(doc: Document, className: string, parts: (Node | string | null)[]): HTMLElement | null {
  const present = parts.filter((p): p is Node | string => p !== null && p !== '');
  if (present.length === 0) return null;
  const line = el(doc, 'p', { class: className });
  present.forEach((part, i) => {
    if (i > 0) line.append(el(doc, 'span', { class: 'pp-sep', 'aria-hidden': 'true' }, [' · ']));
    line.append(typeof part === 'string' ? el(doc, 'span', {}, [part]) : part);
  });
  return line;
}

/**
 * "N promo blocks and M repeated passages removed", opening into the log grouped by kind
 * ("Newsletter sign-ups (2)", each entry the text removed), furniture in one quiet line.
 */
function removalLog(doc: Document, result: CleanResult): HTMLElement {
  const view = describeRemovals(result.removed.log);
  const summary = el(doc, 'summary', {}, [view.headline]);
  const details = el(doc, 'details', { class: 'pp-removed' }, [summary]);
  if (view.kinds.length === 0 && view.furniture === 0) {
    details.append(el(doc, 'p', { class: 'pp-note' }, [t('removalLog_nothingRecognised')]));
    return details;
  }
  if (view.kinds.length > 0) {
    const list = el(doc, 'ul', { class: 'pp-log' });
    for (const kind of view.kinds) {
      const entries = el(doc, 'ol', { class: 'pp-log-entries' });
      for (const entry of kind.entries.slice(0, MAX_LOG_ITEMS_PER_KIND)) {
        entries.append(el(doc, 'li', {}, [el(doc, 'q', { class: 'pp-log-text' }, [entry.text])]));
      }
      const rest = kind.entries.length - MAX_LOG_ITEMS_PER_KIND;
      list.append(
        el(doc, 'li', { class: 'pp-log-kind', 'data-kind': kind.key }, [
          el(doc, 'span', { class: 'pp-log-reason' }, [kindHeading(kind)]),
          entries,
          rest > 0 ? el(doc, 'p', { class: 'pp-note' }, [plural('removalLog_more', rest)]) : null,
        ]),
      );
    }
    details.append(list);
  }
  if (view.furniture > 0) details.append(el(doc, 'p', { class: 'pp-note pp-log-furniture' }, [furnitureLine(view.furniture)]));
  return details;
}

function relatedCard(doc: Document, story: RelatedStory, index: number, language: string): HTMLElement {
  const href = safeHttpUrl(story.url);
  const titleId = `pp-related-${index}`;
  const title = href
    ? el(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, [story.title])
    : el(doc, 'span', {}, [story.title]);
  const texts = paragraphs(story.text);
  const card = el(doc, 'li', { class: 'pp-card' }, [
    el(doc, 'h3', { class: 'pp-card-title', id: titleId }, [title]),
    metaLine(doc, 'pp-card-meta', [story.source, timeElement(doc, story.published, language), texts.length ? readingTimeLabel(readingMinutes(story.text)) : '']),
  ]);
  // A two-line excerpt (clamped by the stylesheet) before the whole story, hidden once it is open.
  if (texts[0]) card.append(el(doc, 'p', { class: 'pp-card-excerpt' }, [texts[0]]));
  if (texts.length > 0) {
    const body = el(doc, 'div', { class: 'pp-card-text' }, texts.map((t) => el(doc, 'p', {}, [t])));
    card.append(
      el(doc, 'details', { class: 'pp-card-more' }, [
        el(doc, 'summary', { 'aria-describedby': titleId }, [t('reader_readTheStory')]),
        body,
      ]),
    );
  }
  return card;
}

export interface RenderOptions {
  /** Heading level of the article title: 1 in the reader tab and in-page, 2 in the popup (which has its own h1). @default 1 */
  titleLevel?: 1 | 2;
}

/** Replaces `container`'s content with the reader view of `result`. */
export function renderReaderView(container: HTMLElement, result: CleanResult, options: RenderOptions = {}): void {
  const doc = container.ownerDocument;
  const lang = result.language || '';
  const titleTag = options.titleLevel === 2 ? 'h2' : 'h1';
  const article = el(doc, 'article', { class: 'pp-article', ...(lang ? { lang } : {}) }, [
    el(doc, 'header', { class: 'pp-head' }, [
      metaLine(doc, 'pp-source', [result.source, timeElement(doc, result.published, lang)]),
      el(doc, titleTag, { class: 'pp-title' }, [result.title || t('common_untitled')]),
      metaLine(doc, 'pp-byline', [result.byline, readingTimeLabel(result.readingMinutes)]),
      removalLog(doc, result),
    ]),
  ]);
  const body = el(doc, 'div', { class: 'pp-body' });
  if (result.html) setSanitizedHtml(body, result.html);
  else for (const p of paragraphs(result.text)) body.append(el(doc, 'p', {}, [p]));
  article.append(body);

  const parts: Node[] = [article];
  if (result.related.length > 0) {
    const heading = el(doc, 'h2', { class: 'pp-related-heading', id: 'pp-related-heading' }, [t('common_relatedStories')]);
    const list = el(doc, 'ol', { class: 'pp-cards' }, result.related.map((s, i) => relatedCard(doc, s, i, lang)));
    parts.push(el(doc, 'section', { class: 'pp-related', 'aria-labelledby': 'pp-related-heading' }, [heading, list]));
  }
  container.replaceChildren(...parts);
}
