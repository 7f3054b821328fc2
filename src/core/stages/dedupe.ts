/**
 * Stage 6, dedupe: remove repeated paragraphs, repeated sentence runs and the title
 * printed again, keeping the first occurrence. Runs after extraction so it only judges
 * what the reader will see. Linear: one pass, hashed keys (see repeats.ts).
 */
import type { PipelineContext } from '../context.ts';
import { logRemoval } from '../context.ts';
import { collectBlocks, HEADING_TAGS, removeBlock, replaceBlockText } from '../dom-utils.ts';
import { checkParagraph, createRepeatState, enterHeading } from '../repeats.ts';
import { collapse } from '../text-utils.ts';
import { REPEAT_EXEMPT_CONTAINERS } from '../rules/dedupe-rules.ts';

export function dedupe(ctx: PipelineContext): void {
  if (!ctx.article) return;
  const state = createRepeatState(ctx.meta.title);
  for (const block of collectBlocks(ctx.article)) {
    const text = collapse(block.raw);
    if (HEADING_TAGS.has(block.el.tagName)) enterHeading(state, Number(block.el.tagName[1]), text);
    const verdict = checkParagraph(text, state, block.el.closest(REPEAT_EXEMPT_CONTAINERS) !== null);
    if (verdict.kind === 'keep') continue;
    if (verdict.kind === 'drop') {
      removeBlock(block);
      logRemoval(ctx, 'dedupe', verdict.reason, text);
      continue;
    }
    if (verdict.text) replaceBlockText(block, verdict.text);
    else removeBlock(block);
    for (const run of verdict.runs) logRemoval(ctx, 'dedupe', 'repeated-passage', run);
  }
}
