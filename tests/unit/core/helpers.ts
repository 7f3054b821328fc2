/** Test helpers: parse HTML into a document with a URL and a window (tests may parse HTML). */
import { JSDOM } from 'jsdom';
import { createContext, type PipelineContext } from '../../../src/core/context.ts';
import { readPage } from '../../../src/core/page/read-page.ts';

export const URL = 'https://news.example/world/story-1';

export function parse(html: string, url = URL): Document {
  return new JSDOM(html, { url }).window.document;
}

/** A pipeline context over a clone of `html` with its page model read, as cleanDocument builds it. */
export function contextFor(html: string, url = URL, force = true): PipelineContext {
  const doc = parse(html, url);
  const clone = doc.cloneNode(true) as Document;
  const ctx = createContext(clone, url, { force }, readPage(clone, url));
  ctx.win = doc.defaultView;
  return ctx;
}

/** Story paragraphs long enough for Readability and detection. */
export function story(n = 6, prefix = 'The council'): string {
  const out: string[] = [];
  for (let i = 1; i <= n; i++) {
    out.push(`<p>${prefix} met on day ${i} and agreed a plan for the district's roads and schools, with item ${i} adopted after a debate that ran well into the evening hours.</p>`);
  }
  return out.join('\n');
}

export function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Council agrees new plan for roads | The Daily Example</title>${head}</head><body>${body}</body></html>`;
}
