/**
 * Plants each hostile payload (payloads.json) into an otherwise ordinary news
 * page, so the engine extracts *around* it the way it would on a real site.
 *
 * - body/head/meta/title/byline/source payloads go into `article.html`, a
 *   plain publisher page; title/byline/source also into `aggregator.html`.
 * - related-story payloads go into `aggregator.html`, shaped like the
 *   reference aggregator page (title printed twice, glued source+time,
 *   newsletter insert, "Related Articles" cards with flattened story text).
 *
 * Run directly to write every planted page to a folder (for the CLI or a
 * browser): `tsx tests/hostile/build-pages.ts OUT_DIR`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type Where = 'body' | 'head' | 'meta' | 'title' | 'byline' | 'source' | 'related title' | 'related link';

export interface Payload {
  id: string;
  category: string;
  where: Where;
  /** Raw text spliced into the page at `where` (markup, or an attribute value for `related link`). */
  html: string;
  note?: string;
}

export interface PlantedPage {
  /** `<payload id>--<template>`: unique, safe as a file name. */
  name: string;
  payload: Payload;
  template: 'article' | 'aggregator';
  url: string;
  html: string;
}

const HERE = import.meta.dirname;

export const PAGE_URLS = {
  article: 'https://news.example.org/local/2025/aug/14/harbour-bridge-vote',
  aggregator: 'https://digest.example.com/news/harbour-bridge-vote-4417',
} as const;

/** What each slot holds when no payload is planted there. */
const DEFAULTS: Record<Where, string> = {
  body: '',
  head: '',
  meta: '',
  title: 'Harbour council votes to repair, not replace, the old swing bridge',
  byline: 'Maria Okafor',
  source: 'Riverside Chronicle',
  'related title': 'Ferries to run every fifteen minutes while the bridge is shut',
  'related link': 'https://www.harbourgazette.example.net/news/ferries-bridge-closure',
};

const SLOTS: Record<Where, string> = {
  body: 'BODY',
  head: 'HEAD',
  meta: 'META',
  title: 'TITLE',
  byline: 'BYLINE',
  source: 'SOURCE',
  'related title': 'RELATED_TITLE',
  'related link': 'RELATED_LINK',
};

/** Attribute-value escaping for the `*_ATTR` slots (og:title, author, og:site_name). */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The markup a payload becomes when rendered raw at its slot: link payloads are attribute values. */
export function payloadMarkup(payload: Pick<Payload, 'where' | 'html'>): string {
  return payload.where === 'related link' ? `<a href="${payload.html}">story</a>` : payload.html;
}

export function loadPayloads(): Payload[] {
  return JSON.parse(readFileSync(join(HERE, 'payloads.json'), 'utf8')) as Payload[];
}

export function loadTemplate(template: PlantedPage['template']): string {
  return readFileSync(join(HERE, 'templates', `${template}.html`), 'utf8');
}

/** Fills every `{{SLOT}}` of a template; `values` overrides the defaults. */
export function fillTemplate(template: string, values: Partial<Record<Where, string>>): string {
  const value = (where: Where) => values[where] ?? DEFAULTS[where];
  let html = template;
  for (const where of Object.keys(SLOTS) as Where[]) {
    const slot = SLOTS[where];
    // split/join, not replace(): payloads contain `$&`-like sequences replace() would expand.
    html = html.split(`{{${slot}_ATTR}}`).join(escapeAttribute(value(where)));
    html = html.split(`{{${slot}}}`).join(value(where));
  }
  return html;
}

function templatesFor(where: Where): PlantedPage['template'][] {
  if (where === 'related title' || where === 'related link') return ['aggregator'];
  if (where === 'title' || where === 'byline' || where === 'source') return ['article', 'aggregator'];
  return ['article'];
}

export function plantAll(payloads: Payload[] = loadPayloads()): PlantedPage[] {
  const cache = new Map<string, string>();
  const template = (name: PlantedPage['template']) => {
    if (!cache.has(name)) cache.set(name, loadTemplate(name));
    return cache.get(name)!;
  };
  return payloads.flatMap((payload) =>
    templatesFor(payload.where).map((name) => ({
      name: `${payload.id}--${name}`,
      payload,
      template: name,
      url: PAGE_URLS[name],
      html: fillTemplate(template(name), { [payload.where]: payload.html }),
    })),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(HERE, 'build-pages.ts')) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: tsx tests/hostile/build-pages.ts OUT_DIR');
    process.exit(2);
  }
  mkdirSync(out, { recursive: true });
  const pages = plantAll();
  for (const page of pages) writeFileSync(join(out, `${page.name}.html`), page.html);
  console.log(`${pages.length} pages written to ${out}`);
}
