/**
 * The cleaning pipeline: ONE ordered list of stages. Order matters; each constraint
 * is written next to the stage that depends on it.
 */
import type { PipelineContext } from './context.ts';
import type { StageId } from './types.ts';
import { detect } from './stages/detect.ts';
import { metadata } from './stages/metadata.ts';
import { related } from './stages/related.ts';
import { promo, promoText } from './stages/promo.ts';
import { extract } from './stages/extract.ts';
import { dedupe } from './stages/dedupe.ts';
import { reflowStory } from './stages/reflow-story.ts';
import { sanitize } from './stages/sanitize.ts';

export interface Stage {
  id: StageId;
  /** What this step does (shown in debugging output). */
  name: string;
  run: (ctx: PipelineContext) => void;
}

export const PIPELINE: readonly Stage[] = [
  // First: decides whether to go on at all, and reads the untouched page once
  // (blocks, JSON-LD, headline area, related cards) for the stages below.
  { id: 'detect', name: 'detect news page', run: detect },
  // Before related/promo: the headline area (source + time line) must still be there.
  { id: 'metadata', name: 'read metadata', run: metadata },
  // Before promo and extract: both would remove or ignore the related section, and the
  // cards' text must be collected from the page as printed.
  { id: 'related', name: 'collect related stories', run: related },
  // Before extract: promo boxes and related cards must not sway Readability's scoring.
  { id: 'promo', name: 'remove promo blocks', run: promo },
  { id: 'extract', name: 'extract article (Readability)', run: extract },
  // After extract: a pass over what Readability kept (it rebuilds paragraphs, which can glue
  // a promo line into a block the first pass saw separately), and the page furniture that is
  // only recognisable by its place in the story: menus and link lists before or after it,
  // the dateline printed again at its top, the bio, contact and tags lines at its end.
  { id: 'promo', name: 'cut promo runs in the article', run: promoText },
  // After extract and promo: judge repeats only among what the reader will see, and never
  // keep a promo line as the "first occurrence".
  { id: 'dedupe', name: 'remove repeats', run: dedupe },
  // After dedupe (repeats are judged on the blocks as printed) and before sanitize (nothing is
  // added after it): a story printed as one flattened block is split back into paragraphs.
  { id: 'reflow', name: 'split a flattened story into paragraphs', run: reflowStory },
  // Last: nothing may be added after sanitising. `text` is read here, from the sanitised tree,
  // without picture captions (they stay beside their pictures in `html`).
  { id: 'sanitize', name: 'sanitize HTML', run: sanitize },
];

/** Run the stages in order until one sets `ctx.stop`. */
export function runPipeline(ctx: PipelineContext, stages: readonly Stage[] = PIPELINE): void {
  for (const stage of stages) {
    if (ctx.stop) break;
    stage.run(ctx);
  }
}
