/**
 * The CSS Custom Highlight API (Chrome 105+, Firefox 140+), for read aloud on extension
 * pages: the reader tab and the side panel. Not for the in-page view: the page shares the
 * document's highlight registry (see createHighlighter in read-aloud-text.ts).
 */
import type { HighlightApi } from './read-aloud-text.ts';

type HighlightConstructor = new (...ranges: Range[]) => object;

export function highlightApiOf(global: { CSS?: unknown; Highlight?: unknown }): HighlightApi | null {
  const registry = (global.CSS as { highlights?: HighlightApi['registry'] } | undefined)?.highlights;
  const Highlight = global.Highlight as HighlightConstructor | undefined;
  if (!registry || typeof registry.set !== 'function' || typeof Highlight !== 'function') return null;
  return { registry, create: (...ranges) => new Highlight(...ranges) };
}
