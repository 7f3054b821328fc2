/**
 * Read aloud as an extension page mounts it (the reader tab and the side panel): the
 * page's own speechSynthesis, the Custom Highlight API, the sentence kept clear of the
 * page's sticky bar. The in-page view mounts its own (marks, not highlights: see there).
 */
import type { CleanResult } from '../core/types.ts';
import { speechEngineOf } from '../platform/speech.ts';
import { rememberedReadAloud, type ReadAloudSettings } from '../settings/schema.ts';
import { saveReadAloudChoice } from '../settings/store.ts';
import { highlightApiOf } from './highlight-api.ts';
import { createReadAloudControls, type ReadAloudControls } from './read-aloud-controls.ts';

/** `memory`: the stored read-aloud settings; the reader's new choices are saved to them. */
export function extensionReadAloud(view: HTMLElement, result: CleanResult, bar: HTMLElement | null, idPrefix: string, memory: ReadAloudSettings): ReadAloudControls {
  return createReadAloudControls(document, {
    engine: speechEngineOf(globalThis),
    view,
    lang: result.language,
    hasRelated: result.related.length > 0,
    highlights: highlightApiOf(globalThis),
    topInset: () => bar?.getBoundingClientRect().bottom ?? 0,
    idPrefix,
    remembered: rememberedReadAloud(memory, result.language),
    onChoice: (choice) => void saveReadAloudChoice(result.language, choice).catch(() => undefined),
  });
}
