/**
 * Stage 5, extract: Readability on the working clone (never the live document).
 * Runs after related/promo removal so neither the related cards nor promo boxes can win
 * Readability's scoring. Falls back to the cleaned body when Readability finds nothing
 * (short aggregator stories can fall under its character threshold).
 */
import { Readability } from '@mozilla/readability';
import type { PipelineContext } from '../context.ts';
import { collapse } from '../text-utils.ts';
import { fillFromReadability } from './metadata.ts';

export function extract(ctx: PipelineContext): void {
  const { doc } = ctx;
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    // The serializer returns the content element itself: no HTML round trip.
    parsed = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
  } catch {
    parsed = null;
  }
  if (parsed) {
    ctx.readability = {
      title: collapse(parsed.title ?? ''),
      byline: collapse(parsed.byline ?? ''),
      siteName: collapse(parsed.siteName ?? ''),
      lang: collapse(parsed.lang ?? ''),
      publishedTime: collapse(parsed.publishedTime ?? ''),
    };
  }
  const content = parsed?.content ?? null;
  if (content && collapse(content.textContent ?? '')) {
    ctx.article = content;
  } else if (doc.body) {
    ctx.article = doc.body;
  }
  fillFromReadability(ctx);
}
