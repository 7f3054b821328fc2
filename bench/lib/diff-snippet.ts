/**
 * "What was missed, what was extra" for the worst-pages list: the longest run
 * of one text's 4-token shingles that the other text lacks (multiset), shown
 * as the tokens it covers. Linear in the two texts' lengths.
 */
import { tokenize } from './metric.ts';

const N = 4;

function keysOf(tokens: readonly string[]): string[] {
  const keys: string[] = [];
  for (let i = 0; i + N <= tokens.length; i++) keys.push(tokens.slice(i, i + N).join('\u0000'));
  return keys;
}

/** Longest stretch of `text` whose shingles are absent from `other`, cut to `maxChars`. */
export function longestUnmatched(text: string, other: string, maxChars = 110): string {
  const tokens = tokenize(text);
  if (tokens.length < N) return '';
  const available = new Map<string, number>();
  for (const key of keysOf(tokenize(other))) available.set(key, (available.get(key) ?? 0) + 1);
  let best: [number, number] | null = null;
  let runStart = -1;
  const keys = keysOf(tokens);
  for (let i = 0; i <= keys.length; i++) {
    const key = keys[i];
    const left = key === undefined ? 0 : (available.get(key) ?? 0);
    const unmatched = key !== undefined && left === 0;
    if (key !== undefined && left > 0) available.set(key, left - 1);
    if (unmatched) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      if (!best || i - runStart > best[1] - best[0]) best = [runStart, i];
      runStart = -1;
    }
  }
  if (!best) return '';
  const snippet = tokens.slice(best[0], best[1] - 1 + N).join(' ');
  return snippet.length > maxChars ? `${snippet.slice(0, maxChars - 1)}…` : snippet;
}
