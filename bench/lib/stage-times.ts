/**
 * Per-stage timing of one clean, for the growth test: when the whole pipeline
 * grows faster than linearly, this names the stage responsible. It repeats
 * what `cleanDocument` does (one clone, one context, the stages in order), so
 * it reaches into core internals on purpose; a type error here after a core
 * refactor means this file needs the same change.
 */
import { createContext } from '../../src/core/context.ts';
import { PIPELINE } from '../../src/core/pipeline.ts';
import { measure, type Timing } from './clock.ts';

export function stageTimes(doc: Document, url: string): Array<{ stage: string; time: Timing }> {
  const times: Array<{ stage: string; time: Timing }> = [];
  let ctx: ReturnType<typeof createContext> | null = null;
  times.push({
    stage: 'clone',
    time: measure(() => {
      ctx = createContext(doc.cloneNode(true) as Document, url, undefined);
    }),
  });
  const context = ctx!;
  context.win = doc.defaultView;
  for (const stage of PIPELINE) {
    if (context.stop) break;
    times.push({ stage: stage.name, time: measure(() => stage.run(context)) });
  }
  return times;
}
