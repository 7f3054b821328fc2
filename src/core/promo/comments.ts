/**
 * Reader comments are never the story: comment sections found by their markup are removed
 * from the working copy before extraction (so Readability cannot take a long thread for the
 * article), and a thread or form that reached the extracted article is cut from its heading
 * ("12 Comments", "Leave a Reply", "Kommentare (4)") to the end. Quotes in the story are
 * untouched: a thread is known by where it stands and what it is printed with, not by what a
 * comment says.
 */
import type { PageModel, StagePass } from '../context.ts';
import { collectBlocks, storyWeight } from '../lib/blocks.ts';
import { removeBlock, removeNode, textOf } from '../lib/dom.ts';
import { COMMENT_FURNITURE_LINE, COMMENT_SIGNATURE, COMMENT_THREAD_HEADING, MAX_COMMENT_FORM_CHARS } from '../rules/comment-rules.ts';
import { collapse } from '../lib/text.ts';

/** Longest line that can be a thread heading or a form's label ("3 thoughts on “<a title>”"). */
const MAX_HEADING_CHARS = 200;
/** Only the last blocks of the article are tested for a form's stray lines when no heading introduces them. */
const TAIL_BLOCKS = 8;

/** What a removal must never take: the headline and the story's first paragraphs. */
function protects(el: Element, page: PageModel): boolean {
  const headline = page.headline?.headline ?? null;
  const lead = page.storyLead;
  return (!!headline && el.contains(headline)) || (!!lead && el.contains(lead));
}

/** Before extraction: comment sections named by their markup, and comment forms found by their text box. */
export function removeCommentSections({ page, log }: StagePass, body: Element): void {
  for (const el of page.scan.commentBoxes) {
    if (!el.isConnected || el === body || el.tagName === 'HTML' || el.tagName === 'MAIN' || protects(el, page)) continue;
    const text = textOf(el);
    removeNode(el);
    if (text) log('comment-thread', text);
  }
  for (const area of page.scan.textareas) {
    if (!area.isConnected) continue;
    // The form is the largest box around the text box that is still small (labels, buttons, notices).
    let box: Element = area;
    for (let p = area.parentElement; p && p !== body && p.tagName !== 'MAIN' && !protects(p, page) && textOf(p).length <= MAX_COMMENT_FORM_CHARS; p = p.parentElement) box = p;
    const text = textOf(box);
    removeNode(box);
    log('comment-form', text || '<textarea>');
  }
}

/**
 * After extraction: a thread heading after the story starts the thread when what follows is
 * a thread (comment signatures, "Reply" links, the form's lines) or nothing; from there to
 * the end goes. Without a heading, the form's stray lines in the last blocks go one by one.
 */
export function cutCommentTail({ log }: StagePass, article: Element): void {
  const blocks = collectBlocks(article);
  const texts = blocks.map((b) => collapse(b.raw));
  let storySeen = false;
  for (let i = 0; i < blocks.length; i++) {
    if (storyWeight(blocks[i]!)) storySeen = true;
    const text = texts[i]!;
    if (!storySeen || text.length > MAX_HEADING_CHARS || !COMMENT_THREAD_HEADING.test(text)) continue;
    const rest = texts.slice(i + 1).filter(Boolean);
    if (rest.length && !rest.some((t) => t.length <= MAX_HEADING_CHARS && (COMMENT_SIGNATURE.test(t) || COMMENT_FURNITURE_LINE.test(t)))) continue;
    for (let k = i; k < blocks.length; k++) removeBlock(blocks[k]!);
    log('comment-thread', `${text}${rest.length ? ` (and ${rest.length} lines after it)` : ''}`);
    return;
  }
  for (let i = Math.max(0, blocks.length - TAIL_BLOCKS); i < blocks.length; i++) {
    const text = texts[i]!;
    if (!text || text.length > MAX_HEADING_CHARS || !COMMENT_FURNITURE_LINE.test(text)) continue;
    removeBlock(blocks[i]!);
    log('comment-form', text);
  }
}
