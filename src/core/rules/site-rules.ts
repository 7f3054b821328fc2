/**
 * PER-SITE RULES: patterns specific to one publisher's markup or wording. Everything else in
 * src/core/rules describes a kind of block seen across many sites; what is here is known to
 * come from one publisher only. These still run on every page, because a publisher's stories
 * travel: aggregators (MSN, Yahoo, the reference page) reprint them with their inserts flattened
 * into the text.
 *
 * The Guardian: its newsletter insert carries screen-reader texts ("Skip past newsletter
 * promotion" … "after newsletter promotion") and a privacy notice; its inline sign-up line reads
 * "Sign up: <Name> email". Seen on theguardian.com and in the reference page's related stories.
 */
import type { BlockPattern } from './promo-rules.ts';

/** Whole-block patterns (see PROMO_BLOCK_PATTERNS). */
export const SITE_BLOCK_PATTERNS: readonly BlockPattern[] = [
  // The Guardian's newsletter insert, flattened into one block or printed as its own lines.
  { reason: 'newsletter-insert', pattern: /^sign up to\s.{1,200}?\s*after newsletter promotion$/i },
  { reason: 'newsletter-insert', pattern: /^(?:skip past newsletter promotion|after newsletter promotion)$/i },
  // The Guardian's inline sign-up line printed alone: "Sign up: AU Breaking News email".
  { reason: 'newsletter-insert', pattern: /^sign up:\s.{1,60}\s(?:email|newsletter)$/i },
  { reason: 'newsletter-insert', pattern: /^privacy notice: newsletters may contain info about charities.*$/i },
];

/** The same inserts INSIDE a flattened text block (see PROMO_INLINE_PATTERNS): cut, the rest kept. */
export const SITE_INLINE_PATTERNS: readonly BlockPattern[] = [
  { reason: 'newsletter-insert', pattern: /(?:^|\s)Sign up to [A-Z][^.!?]{0,200}? after newsletter promotion(?=\s|$)/g },
  { reason: 'newsletter-insert', pattern: /(?:^|\s)skip past newsletter promotion(?=\s|$)/gi },
  { reason: 'newsletter-insert', pattern: /(?:^|\s)Sign up: (?:[A-Z][\w'’&-]*\s){1,6}(?:email|newsletter)(?=\s|$)/g },
];
