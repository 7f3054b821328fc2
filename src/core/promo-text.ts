/** Promo rules applied to plain text (blocks of the page, or a related card's paragraphs). */
import { MAX_PROMO_BLOCK_CHARS, PROMO_BLOCK_PATTERNS, PROMO_INLINE_PATTERNS } from './rules/promo-rules.ts';
import { collapse } from './text-utils.ts';

export interface Cut {
  reason: string;
  text: string;
}

/** The reason a whole (short) block is promo, or null. */
export function promoBlockReason(text: string): string | null {
  if (text.length > MAX_PROMO_BLOCK_CHARS) return null;
  for (const { reason, pattern } of PROMO_BLOCK_PATTERNS) if (pattern.test(text)) return reason;
  return null;
}

/** Cut promo runs out of a flattened block; returns the remaining text and what was cut. */
export function cutPromoRuns(text: string): { text: string; cuts: Cut[] } {
  const cuts: Cut[] = [];
  let out = text;
  for (const { reason, pattern } of PROMO_INLINE_PATTERNS) {
    pattern.lastIndex = 0;
    if (!pattern.test(out)) continue;
    pattern.lastIndex = 0;
    out = out.replace(pattern, (m) => {
      cuts.push({ reason, text: collapse(m) });
      return ' ';
    });
  }
  return { text: cuts.length ? collapse(out) : text, cuts };
}

/** Clean a list of paragraphs: drop promo blocks, cut promo runs. */
export function cleanPromoParagraphs(paragraphs: readonly string[]): { paragraphs: string[]; cuts: Cut[] } {
  const cuts: Cut[] = [];
  const kept: string[] = [];
  for (const p of paragraphs) {
    const reason = promoBlockReason(p);
    if (reason) {
      cuts.push({ reason, text: p });
      continue;
    }
    const r = cutPromoRuns(p);
    cuts.push(...r.cuts);
    if (r.text) kept.push(r.text);
  }
  return { paragraphs: kept, cuts };
}
