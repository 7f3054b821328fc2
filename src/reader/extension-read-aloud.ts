/**
 * Read aloud as an extension page mounts it (the reader tab and the side panel): the
 * page's own speechSynthesis, the Custom Highlight API, the sentence kept clear of the
 * page's sticky bar. The in-page view mounts its own (marks, not highlights: see there).
 */
import type { CleanResult } from '../core/types.ts';
import { speechEngineOf } from '../platform/speech.ts';
import { highlightApiOf } from './highlight-api.ts';
import { createReadAloudControls, type ReadAloudControls } from './read-aloud-controls.ts';

export function extensionReadAloud(view: HTMLElement, result: CleanResult, bar: HTMLElement | null, idPrefix: string): ReadAloudControls {
  return createReadAloudControls(document, {
    engine: speechEngineOf(globalThis),
    view,
    lang: result.language,
    hasRelated: result.related.length > 0,
    highlights: highlightApiOf(globalThis),
    topInset: () => bar?.getBoundingClientRect().bottom ?? 0,
    idPrefix,
  });
}
