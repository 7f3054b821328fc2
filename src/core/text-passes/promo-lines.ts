/** Promo rules applied to plain text (blocks of the page, or a related card's paragraphs). */
import { MAX_PROMO_BLOCK_CHARS, PROMO_BLOCK_PATTERNS, PROMO_INLINE_PATTERNS, TAIL_PROMO_PATTERNS } from '../rules/promo-rules.ts';
import { collapse } from '../lib/text.ts';

/** How many lines back from "after newsletter promotion" its "Sign up to …" line may be. */
const NEWSLETTER_LOOKBACK = 3;
const SIGN_UP_LINE = /^sign up to\s/i;
export const AFTER_NEWSLETTER = /^after newsletter promotion$/i;

export interface Cut {
  reason: string;
  text: string;
}

/** The reason a whole (short) block is promo, or null. */
export function promoBlockReason(text: string): string | null {
  for (const { reason, pattern, maxChars } of PROMO_BLOCK_PATTERNS) {
    if (text.length <= (maxChars ?? MAX_PROMO_BLOCK_CHARS) && pattern.test(text)) return reason;
  }
  return null;
}

/** The reason a short block AFTER the story is furniture (TAIL_PROMO_PATTERNS), or null. */
export function tailPromoReason(text: string): string | null {
  if (text.length > MAX_PROMO_BLOCK_CHARS) return null;
  for (const { reason, pattern } of TAIL_PROMO_PATTERNS) if (pattern.test(text)) return reason;
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

/**
 * The Guardian's newsletter insert printed as separate lines: "Sign up to X" / blurb /
 * "after newsletter promotion". Given the index of the closing line, the index where the
 * insert starts (its "Sign up to" line, at most NEWSLETTER_LOOKBACK short lines back), or -1.
 */
export function newsletterLeadStart(i: number, texts: readonly string[], isGone: (j: number) => boolean = () => false): number {
  for (let j = i - 1; j >= 0 && j >= i - NEWSLETTER_LOOKBACK; j--) {
    if (isGone(j) || texts[j]!.length > MAX_PROMO_BLOCK_CHARS) return -1;
    if (SIGN_UP_LINE.test(texts[j]!)) return j;
  }
  return -1;
}

/** Clean a list of paragraphs: drop promo blocks, cut promo runs. */
export function cleanPromoParagraphs(paragraphs: readonly string[]): { paragraphs: string[]; cuts: Cut[] } {
  const cuts: Cut[] = [];
  const kept: string[] = [];
  for (const p of paragraphs) {
    const reason = promoBlockReason(p);
    if (reason) {
      if (AFTER_NEWSLETTER.test(p)) {
        const texts = kept;
        const start = newsletterLeadStart(texts.length, texts);
        if (start >= 0) for (const lead of kept.splice(start)) cuts.push({ reason, text: lead });
      }
      cuts.push({ reason, text: p });
      continue;
    }
    const r = cutPromoRuns(p);
    cuts.push(...r.cuts);
    if (r.text) kept.push(r.text);
  }
  return { paragraphs: kept, cuts };
}
