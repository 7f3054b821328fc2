/**
 * Text of a DOM tree taken block by block, with exactly the function
 * Plainpage's own `text` comes from (src/core/stages/sanitize.ts:
 * `collectBlocks` + `collapse`, paragraphs joined by a blank line). Using it
 * for the Readability baseline too means both sides split tokens at the same
 * block boundaries, so the benchmark compares extraction, not text joining.
 */
import { collectBlocks } from '../../src/core/lib/blocks.ts';
import { collapse } from '../../src/core/lib/text.ts';

export function blockText(root: Element | DocumentFragment): string {
  let element: Element;
  if (root.nodeType === 11) {
    // collectBlocks walks an element; hold the fragment in a detached div, as sanitize.ts does.
    element = (root as DocumentFragment).ownerDocument.createElement('div');
    element.appendChild(root);
  } else {
    element = root as Element;
  }
  const paragraphs: string[] = [];
  for (const block of collectBlocks(element)) {
    const text = collapse(block.raw);
    if (text) paragraphs.push(text);
  }
  return paragraphs.join('\n\n');
}
