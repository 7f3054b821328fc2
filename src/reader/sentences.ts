/**
 * Sentence splitting for read aloud (issue 11). Pure: text in, character ranges out, so the
 * reader can highlight exactly the words being spoken. Conservative on purpose: a missed
 * break only makes one highlighted sentence longer, a wrong break cuts a sentence in two.
 *
 * A sentence ends at `.`, `!`, `?`, `…` (or the CJK full stops, which need no space after
 * them), followed by closing quotes or brackets, then white space and the next sentence.
 * It does not end:
 *  - inside a number or an address ("3.5 per cent", "example.com": no space after the dot);
 *  - after a known abbreviation ("Mr.", "Dr.", "St.", "e.g."), or one before a number ("No. 10", "Jan. 5");
 *  - after an initial or a dotted acronym ("J. K. Rowling", "the U.S. Senate", "a.m."),
 *    unless the next word is one that usually opens a sentence ("… in the U.S. The …");
 *  - before a word in lower case ("“Why?” she asked.", "etc. and so on").
 */

/** Abbreviations that are followed by more of the same sentence (lower case, without the dot). */
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'rev', 'hon', 'gen', 'sen', 'rep', 'gov', 'pres',
  'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'cmdr', 'insp', 'supt', 'fr', 'sra', 'mme', 'mlle', 'hr', 'approx', 'vs',
  'v', 'cf', 'al', 'ca', 'viz', 'dept', 'univ', 'e.g', 'i.e', 'z.b', 'bzw', 'ggf', 'usw',
]);

/**
 * Abbreviations that continue the sentence only before a number ("No. 10", "Jan. 5", "p. 12"):
 * "I said no. Then …" and "… in the sun. It …" end there.
 */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'nr', 'vol', 'vols', 'p', 'pp', 'ch', 'fig', 'figs', 'art', 'sec', 'para', 'est', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri',
  'sat', 'sun',
]);

/** Words that open a sentence after an acronym at its end ("… moved to the U.S. The next year …"). */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'but', 'and', 'so', 'yet', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'his',
  'her', 'their', 'our', 'my', 'what', 'why', 'how', 'who', 'where', 'some', 'many', 'most', 'one', 'two', 'now',
  'then', 'still', 'however', 'meanwhile', 'also',
]);

export interface SentenceRange {
  /** Offset of the sentence's first character in the text. */
  start: number;
  /** Offset just past its last character (closing quotes included, trailing space not). */
  end: number;
}

const TERMINATOR = /[.!?…‼⁇⁈⁉。！？]/;
const CJK_TERMINATOR = /[。！？]/;
const CLOSER = /["'”’»)\]}›」』）]/;
const SPACE = /\s/;
/** A word made of letters (any script), possibly with inner dots ("e.g", "U.S", "a.m"). */
const WORD_BEFORE = /([\p{L}\p{M}º]+(?:\.[\p{L}\p{M}]+)*)$/u;
const LOWER_START = /^["'“‘«([]*\p{Ll}/u;
const NEXT_WORD = /^["'“‘«([]*([\p{L}\p{M}']+)/u;

/** Whether the dot at `dot` (the end of `text.slice(0, dot)`'s last word) closes the sentence. */
function dotEndsSentence(text: string, dot: number, next: string): boolean {
  const match = WORD_BEFORE.exec(text.slice(Math.max(0, dot - 40), dot));
  if (!match) return true; // after a number or a symbol: "… rose by 5%. Then …"
  const word = match[1]!;
  const lower = word.toLowerCase();
  if (NON_TERMINAL_ABBREVIATIONS.has(lower)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower)) return !/^\d/.test(next);
  const isInitial = /^\p{Lu}$/u.test(word);
  const isAcronym = word.includes('.'); // U.S, a.m, e.g
  if (isInitial || isAcronym) {
    const nextWord = NEXT_WORD.exec(next)?.[1]?.toLowerCase() ?? '';
    return SENTENCE_OPENERS.has(nextWord);
  }
  return true;
}

/** The sentences of `text`, in order, as trimmed ranges; white space alone yields none. */
export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && SPACE.test(text[s]!)) s += 1;
    while (e > s && SPACE.test(text[e - 1]!)) e -= 1;
    if (e > s) ranges.push({ start: s, end: e });
    start = end;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (!TERMINATOR.test(ch)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < text.length && TERMINATOR.test(text[end]!)) end += 1;
    while (end < text.length && CLOSER.test(text[end]!)) end += 1;
    const cjk = CJK_TERMINATOR.test(text[end - 1]!) || CJK_TERMINATOR.test(ch);
    if (end >= text.length) break;
    if (!SPACE.test(text[end]!) && !cjk) {
      i = end; // "3.5", "example.com", "?!x"
      continue;
    }
    const next = text.slice(end).trimStart().slice(0, 40);
    const endsHere =
      next === '' ||
      cjk ||
      (!LOWER_START.test(next) && (ch !== '.' || end - i > 1 || dotEndsSentence(text, i, next)));
    if (endsHere) push(end);
    i = end;
  }
  push(text.length);
  return ranges;
}
