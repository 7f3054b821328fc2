/** String helpers shared by the stages (no DOM here). */
import { NON_WORD } from './rules/dedupe-rules.ts';

const WS = /\s+/g;

/** Collapse every run of whitespace (incl. NBSP) to one space and trim. */
export function collapse(text: string): string {
  return text.replace(WS, ' ').trim();
}

/** Log-friendly text: collapsed and cut at `max` characters with an ellipsis. */
export function truncate(text: string, max = 160): string {
  const t = collapse(text);
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

/**
 * Comparison key: case, quote style, punctuation and whitespace folded away, so
 * "Trump said: ‘Yes’" and "trump said 'yes'." compare equal.
 */
export function normalizeKey(text: string): string {
  return text.toLowerCase().replace(NON_WORD, ' ').trim();
}

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Reading time at 230 words per minute; 0 for no text, else at least 1. */
export function readingMinutes(text: string): number {
  const words = countWords(text);
  return words === 0 ? 0 : Math.max(1, Math.ceil(words / 230));
}
