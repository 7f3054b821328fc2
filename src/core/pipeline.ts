/**
 * The cleaning pipeline: ONE ordered list of stages. Order matters; each constraint
 * is written next to the stage that depends on it. Every stage reads the page model
 * (read once, before the first stage) and logs its removals under its own id.
 */
import { loggerFor, type PipelineContext, type Stage } from './context.ts';
import type { StageId } from './types.ts';
import { DETECT } from './detect/detect.ts';
import { METADATA, METADATA_GAPS } from './metadata/metadata.ts';
import { RELATED } from './related/related.ts';
import { PROMO } from './promo/promo.ts';
import { PROMO_IN_ARTICLE } from './promo/in-article.ts';
import { EXTRACT } from './extract/extract.ts';
import { DEDUPE } from './dedupe/dedupe.ts';
import { REFLOW } from './reflow/reflow.ts';
import { SANITIZE } from './sanitize/sanitize.ts';

export type { Stage } from './context.ts';

export const PIPELINE: readonly Stage[] = [
  // First: decides whether to go on at all.
  DETECT,
  // Before related/promo: the headline area (source + time line) must still be there.
  METADATA,
  // Before promo and extract: both would remove or ignore the related section, and the
  // cards' text must be collected from the page as printed.
  RELATED,
  // Before extract: promo boxes and related cards must not sway Readability's scoring.
  PROMO,
  EXTRACT,
  // Right after extract, before anything reads `meta` again (promo's author bios, dedupe's
  // title, reflow's language): gaps in the metadata filled from what Readability found.
  METADATA_GAPS,
  // After extract: a pass over what Readability kept (it rebuilds paragraphs, which can glue
  // a promo line into a block the first pass saw separately), and the page furniture that is
  // only recognisable by its place in the story: menus and link lists before or after it,
  // the dateline printed again at its top, the bio, contact and tags lines at its end.
  PROMO_IN_ARTICLE,
  // After extract and promo: judge repeats only among what the reader will see, and never
  // keep a promo line as the "first occurrence".
  DEDUPE,
  // After dedupe (repeats are judged on the blocks as printed) and before sanitize (nothing is
  // added after it): a story printed as one flattened block is split back into paragraphs.
  REFLOW,
  // Last: nothing may be added after sanitising. `text` is read here, from the sanitised tree,
  // without picture captions (they stay beside their pictures in `html`).
  SANITIZE,
];

/** Run one stage with its logger. */
export function runStage(stage: Stage, ctx: PipelineContext): void {
  stage.run(ctx.page, ctx, loggerFor(ctx, stage.id));
}

export interface RunOptions {
  /** Stages to leave out, by id (every stage with that id). */
  skip?: ReadonlySet<StageId>;
  /** Called with each stage's wall time, in milliseconds, when given. */
  timing?: (stage: Stage, ms: number) => void;
}

/** Run the stages in order until one sets `ctx.stop`. */
export function runPipeline(ctx: PipelineContext, stages: readonly Stage[] = PIPELINE, options: RunOptions = {}): void {
  for (const stage of stages) {
    if (ctx.stop) break;
    if (options.skip?.has(stage.id)) continue;
    if (!options.timing) {
      runStage(stage, ctx);
      continue;
    }
    const start = performance.now();
    runStage(stage, ctx);
    options.timing(stage, performance.now() - start);
  }
}
