/**
 * After dedupe: a story printed as one flattened block (an old page's whole story in one
 * paragraph, a feed's text run together) is split back into paragraphs, as related stories'
 * texts are (reflow.ts). Only a paragraph of plain text longer than FLATTENED_STORY_WORDS:
 * prose paragraphs of a normal length, and paragraphs with links or emphasis, stay as printed.
 * The words stay the same and in order; nothing is removed. Linear in the story's length.
 */
import type { PageModel, PipelineContext, Stage } from '../context.ts';
import { splitParagraphs } from '../text-passes/reflow.ts';
import { FLATTENED_STORY_WORDS } from '../rules/reflow-rules.ts';
import { collapse, countWords } from '../lib/text.ts';

function reflowStory(_page: PageModel, ctx: PipelineContext): void {
  if (!ctx.article) return;
  const doc = ctx.article.ownerDocument;
  const walker = doc.createTreeWalker(ctx.article, 0x1);
  const targets: Element[] = [];
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    if (n.tagName === 'P' && !n.firstElementChild && countWords(n.textContent ?? '') > FLATTENED_STORY_WORDS) targets.push(n);
  }
  for (const p of targets) {
    const parts = splitParagraphs(collapse(p.textContent ?? ''), ctx.meta.language);
    if (parts.length < 2) continue;
    for (const part of parts) {
      const q = doc.createElement('p');
      q.textContent = part;
      p.before(q);
    }
    p.remove();
  }
}

export const REFLOW: Stage = { id: 'reflow', name: 'split a flattened story into paragraphs', run: reflowStory };
