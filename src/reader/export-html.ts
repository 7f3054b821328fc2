/**
 * "Save as HTML" (issue 11): the cleaned article as one self-contained page that opens from
 * disk in any browser. Built with createElement/textContent; the article body goes through
 * the one sanitising module (src/core/lib/html.ts), as in every view. The page carries a
 * `<meta charset>`, its language, its title, a small inline stylesheet that follows the
 * system's light or dark, and a Content-Security-Policy that lets it run no script at all
 * and load nothing but pictures.
 */
import { documentToHtml, setSanitizedHtml } from '../core/lib/html.ts';
import type { CleanResult } from '../core/types.ts';
import { t, uiLanguage } from '../platform/i18n.ts';
import { appendMessage } from './localize.ts';
import { displayTime, paragraphs, readingTimeLabel, safeHttpUrl } from './format.ts';

const EXPORT_CSS = `
:root { color-scheme: light dark; }
body { margin: 0 auto; max-width: 40em; padding: 40px 24px 64px; background: #fbfaf7; color: #1f1f1c;
  font: 18px/1.6 Charter, "Iowan Old Style", Georgia, "Noto Serif", "DejaVu Serif", serif; overflow-wrap: anywhere; }
a { color: #1747a6; }
header p, footer, h1, h2, h3, h4, figcaption, .related { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
header p, footer, figcaption, .meta { color: #5f5d57; font-size: 0.8em; }
h1 { font-size: 1.9em; line-height: 1.22; margin: 0.2em 0 0.3em; }
h2, h3, h4 { line-height: 1.3; margin: 1.4em 0 0.5em; }
img { max-width: 100%; height: auto; display: block; margin: 0 auto; }
figure { margin: 0 0 1em; }
blockquote { border-left: 3px solid #d6d1c4; margin: 0 0 1em; padding-left: 1em; color: #4d4b46; }
pre { overflow-x: auto; white-space: pre-wrap; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
td, th { border: 1px solid #d6d1c4; padding: 0.3em 0.5em; }
footer { border-top: 1px solid #d6d1c4; margin-top: 2em; padding-top: 0.8em; }
.related { margin-top: 2em; font-size: 0.9em; }
.related li { margin: 0.5em 0; }
@media (prefers-color-scheme: dark) {
  body { background: #1b1c1e; color: #e7e4dc; }
  a { color: #8fb4ff; }
  header p, footer, figcaption, .meta { color: #a9a59b; }
  blockquote { color: #c9c5bb; border-color: #3a3a3c; }
  td, th, footer { border-color: #3a3a3c; }
}
@media print {
  body { background: #fff; color: #000; max-width: none; padding: 0; }
  h1, h2, h3, h4 { break-after: avoid; }
  figure, img, blockquote, pre, table, li { break-inside: avoid; }
  p { orphans: 3; widows: 3; }
}
`;

/** No script, no frames, no forms; pictures from the web and the inline stylesheet only. */
const EXPORT_CSP = "default-src 'none'; img-src http: https:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

/** Builds the page for `result` in a new document made by `implementation` (the caller's `document.implementation`). */
export function exportDocument(result: CleanResult, implementation: DOMImplementation, win?: Window | null): Document {
  const title = result.title || t('common_untitled');
  const doc = implementation.createHTMLDocument(title);
  const lang = result.language || 'en';
  doc.documentElement.setAttribute('lang', lang);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  // Plainpage's few words are in the interface's language; the article's may be another.
  const ui = uiLanguage();
  const ours: Record<string, string> = lang.toLowerCase().startsWith(ui.toLowerCase().split('-')[0]!) ? {} : { lang: ui };

  const head = doc.head;
  head.prepend(el('meta', undefined, { charset: 'utf-8' }));
  head.append(
    el('meta', undefined, { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el('meta', undefined, { 'http-equiv': 'Content-Security-Policy', content: EXPORT_CSP }),
    el('meta', undefined, { name: 'referrer', content: 'no-referrer' }),
    el('meta', undefined, { name: 'generator', content: 'Plainpage' }),
    el('style', EXPORT_CSS),
  );

  const article = el('article');
  const header = el('header');
  const time = displayTime(result.published, lang).text;
  const sourceLine = [result.source, time].filter(Boolean).join(' · ');
  if (sourceLine) header.append(el('p', sourceLine));
  header.append(el('h1', title));
  const byline = [result.byline, readingTimeLabel(result.readingMinutes)].filter(Boolean).join(' · ');
  if (byline) header.append(el('p', byline));
  const body = el('div');
  if (result.html) setSanitizedHtml(body, result.html, win);
  else for (const p of paragraphs(result.text)) body.append(el('p', p));
  article.append(header, body);

  const url = safeHttpUrl(result.url);
  if (url) {
    const footer = el('footer', undefined, ours);
    const link = el('a', url, { href: url, rel: 'noopener noreferrer' });
    const line = el('p');
    appendMessage(line, 'reader_originalArticle', [link]);
    footer.append(line, el('p', t('export_savedWith')));
    article.append(footer);
  }
  doc.body.append(article);

  if (result.related.length > 0) {
    const section = el('section', undefined, { class: 'related', 'aria-labelledby': 'related-heading' });
    section.append(el('h2', t('common_relatedStories'), { id: 'related-heading', ...ours }));
    const list = el('ul');
    for (const story of result.related) {
      const item = el('li');
      const href = safeHttpUrl(story.url);
      const storyTitle = story.title || t('common_untitled');
      item.append(href ? el('a', storyTitle, { href, rel: 'noopener noreferrer' }) : el('span', storyTitle));
      const meta = [story.source, displayTime(story.published, lang).text].filter(Boolean).join(' · ');
      if (meta) item.append(' ', el('span', `· ${meta}`, { class: 'meta' }));
      list.append(item);
    }
    section.append(list);
    doc.body.append(section);
  }
  return doc;
}

/** The text of the saved file. */
export function exportHtml(result: CleanResult, implementation: DOMImplementation, win?: Window | null): string {
  return documentToHtml(exportDocument(result, implementation, win));
}

/** Characters no file system takes, or that confuse one (and control characters). */
const UNSAFE_FILE_CHARS = /[\u0000-\u001f\u007f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** A file name from the article's title: "Bridge repair approved.md", at most 80 characters before the extension. */
export function fileNameFor(title: string, extension: string): string {
  const base = title.replace(UNSAFE_FILE_CHARS, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 80).trim();
  return `${base || t('export_fileName')}.${extension}`;
}
