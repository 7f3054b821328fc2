/**
 * Stage 6, dedupe: remove repeated paragraphs, repeated sentence runs and the title
 * printed again, keeping the first occurrence. Runs after extraction so it only judges
 * what the reader will see. Linear: one pass, hashed keys (see repeats.ts).
 */
import type { PageModel, PipelineContext, Stage, StageLog } from '../context.ts';
import { collectBlocks, HEADING_TAGS } from '../lib/blocks.ts';
import { closestTag, removeBlock, replaceBlockText, tagSet } from '../lib/dom.ts';
import { checkParagraph, createRepeatState, enterHeading } from '../text-passes/repeats.ts';
import { collapse } from '../lib/text.ts';
import { REPEAT_EXEMPT_CONTAINERS } from '../rules/dedupe-rules.ts';

const EXEMPT = tagSet(REPEAT_EXEMPT_CONTAINERS);

function dedupe(_page: PageModel, ctx: PipelineContext, log: StageLog): void {
  if (!ctx.article) return;
  const state = createRepeatState(ctx.meta.title);
  for (const block of collectBlocks(ctx.article)) {
    const text = collapse(block.raw);
    if (HEADING_TAGS.has(block.el.tagName)) enterHeading(state, Number(block.el.tagName[1]), text);
    const verdict = checkParagraph(text, state, closestTag(block.el, EXEMPT) !== null);
    if (verdict.kind === 'keep') continue;
    if (verdict.kind === 'drop') {
      removeBlock(block);
      log(verdict.reason, text);
      continue;
    }
    if (verdict.text) replaceBlockText(block, verdict.text);
    else removeBlock(block);
    for (const run of verdict.runs) log('repeated-passage', run);
  }
}

export const DEDUPE: Stage = { id: 'dedupe', name: 'remove repeats', run: dedupe };
