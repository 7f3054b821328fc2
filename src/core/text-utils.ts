/** String helpers shared by the stages (no DOM here). */
import { NON_WORD } from './rules/dedupe-rules.ts';

const WS = /\s+/g;

/** Collapse every run of whitespace (incl. NBSP) to one space and trim. */
export function collapse(text: string): string {
  return text.replace(WS, ' ').trim();
}

/** Log-friendly text: collapsed and cut at `max` characters with an ellipsis. */
/** Non-space characters of a text: link share is measured without layout whitespace. */
export function solidLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

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

/** Terminal escape sequences: CSI (ESC [ … final byte) and OSC (ESC ] … BEL or ESC \\). */
// eslint-disable-next-line no-control-regex
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * Output hygiene for result fields: a page's text may carry terminal escapes
 * ("Harbour\u001b[2J council") that would act on the CLI user's terminal. Escape sequences
 * go whole, other C0/C1 controls become nothing (tabs become spaces); newlines are kept
 * only in multi-line fields.
 */
export function stripControls(text: string, multiline = false): string {
  let out = text.replace(ANSI_SEQUENCE, '').replace(/\t/g, ' ').replace(CONTROL, '');
  if (!multiline) out = out.replace(/\n/g, ' ');
  return out;
}

/** Han, kana and hangul: one such character carries about as much as a short Latin word. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
/** How many Latin characters one CJK character counts for in length thresholds. */
const CJK_WEIGHT = 3;

/**
 * Text length for thresholds written in Latin characters ("a story paragraph has 80+
 * characters"): Japanese and Chinese say as much in a third of the characters.
 */
export function weightedLength(text: string): number {
  if (text.length < 8) return text.length;
  const cjk = text.match(CJK)?.length ?? 0;
  return text.length + cjk * (CJK_WEIGHT - 1);
}
