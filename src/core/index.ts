/**
 * Plainpage's cleaning engine: `cleanDocument(doc, url, options) → CleanResult`.
 * Pure: no extension APIs, no network, and the caller's document is never changed
 * (everything works on one clone).
 */
import { createContext, type PipelineContext } from './context.ts';
import { PIPELINE, runPipeline } from './pipeline.ts';
import { readingMinutes } from './text-utils.ts';
import type { CleanOptions, CleanResult } from './types.ts';

export type * from './types.ts';
export { sanitizeHtml, setSanitizedHtml } from './html.ts';
export { PIPELINE } from './pipeline.ts';

export function cleanDocument(doc: Document, url: string, options?: CleanOptions): CleanResult {
  let ctx: PipelineContext | null = null;
  try {
    if (!doc || typeof doc.cloneNode !== 'function') throw new Error('not a document');
    // The only clone: every stage, Readability included, works on it.
    const clone = doc.cloneNode(true) as Document;
    ctx = createContext(clone, url, options);
    ctx.win = doc.defaultView ?? (typeof window !== 'undefined' ? window : null);
    runPipeline(ctx);
    return toResult(ctx);
  } catch (error) {
    // Odd input (frameset, foreign documents, no window to sanitise with) must not throw.
    const result = ctx ? toResult(ctx) : toResult(createContext(doc, url, options));
    result.detected = false;
    result.kind = null;
    result.html = '';
    result.text = '';
    result.readingMinutes = 0;
    result.reasons.push(`error while cleaning: ${error instanceof Error ? error.message : String(error)}`);
    return result;
  }
}

function toResult(ctx: PipelineContext): CleanResult {
  const shown = ctx.detection.detected || ctx.options.force;
  const text = shown ? ctx.text : '';
  return {
    url: ctx.url,
    detected: ctx.detection.detected,
    kind: ctx.detection.kind,
    reasons: [...ctx.detection.reasons],
    title: ctx.meta.title,
    source: ctx.meta.source,
    byline: ctx.meta.byline,
    published: ctx.meta.published,
    readingMinutes: readingMinutes(text),
    language: ctx.meta.language,
    text,
    html: shown ? ctx.html : '',
    related: shown ? ctx.related : [],
    removed: { promo: ctx.removed.promo, duplicates: ctx.removed.duplicates, log: ctx.removed.log },
  };
}
