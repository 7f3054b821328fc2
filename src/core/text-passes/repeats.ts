/**
 * Repeat detection in linear time: every paragraph and sentence is hashed (as its
 * normalised text) into a Set; nothing is compared pairwise.
 */
import {
  MIN_REPEATED_PARAGRAPH_CHARS, MIN_RUN_SENTENCES, ONLY_QUESTIONS, PULL_QUOTE_MAX_CHECKS, PULL_QUOTE_MAX_WORDS, PULL_QUOTE_MIN_WORDS, MIN_RUN_WORDS, MIN_SINGLE_SENTENCE_WORDS, SENTENCE_BOUNDARY,
} from '../rules/dedupe-rules.ts';
import { collapse, countWords, normalizeKey } from '../lib/text.ts';

export interface RepeatState {
  paragraphs: Set<string>;
  sentences: Set<string>;
  /** Normalised title: a block equal to it is the title printed again. */
  titleKey: string;
  /** Normalised text of everything kept so far, for pull quotes (see PULL_QUOTE_* rules). */
  corpus: string;
  pullQuoteChecks: number;
  /** Keys of every block seen, short ones included (a recurring short line is not a pull quote). */
  blocks: Set<string>;
  /** The headings above the current block, by level (h1..h6): see `enterHeading`. */
  headings: string[];
  /** The current section: the heading path, prefixed to paragraph and sentence keys. */
  section: string;
}

export function createRepeatState(title: string): RepeatState {
  return { paragraphs: new Set(), sentences: new Set(), titleKey: normalizeKey(title), corpus: '', pullQuoteChecks: 0, blocks: new Set(), headings: [], section: '' };
}

/**
 * A heading opens a section. Repeats are judged within a section path: a meal plan or a
 * schedule prints the same paragraph under "Plan A" and "Plan B", and that is content; a
 * page scraped twice repeats its headings too, so its copy falls under the same path and
 * is still caught.
 */
export function enterHeading(state: RepeatState, level: number, text: string): void {
  state.headings.length = Math.max(0, level - 1);
  state.headings[level - 1] = normalizeKey(text);
  state.section = state.headings.join('\u0001');
}

export type RepeatVerdict =
  | { kind: 'keep' }
  | { kind: 'drop'; reason: 'repeated-title' | 'repeated-paragraph' | 'repeated-pull-quote' }
  | { kind: 'cut'; text: string; runs: string[] };

export function splitSentences(text: string): string[] {
  return text.split(SENTENCE_BOUNDARY).filter((s) => s.trim() !== '');
}

/**
 * Check one paragraph against everything before it (and remember it):
 * the title again, a repeated paragraph, or repeated runs of sentences to cut.
 */
export function checkParagraph(text: string, state: RepeatState, exempt = false): RepeatVerdict {
  const key = normalizeKey(text);
  if (!key) return { kind: 'keep' };
  if (state.titleKey && key === state.titleKey) return { kind: 'drop', reason: 'repeated-title' };
  const recurringLine = state.blocks.has(key);
  state.blocks.add(key);
  if (exempt || ONLY_QUESTIONS.test(text)) {
    state.corpus += ` ${key} `;
    return { kind: 'keep' };
  }
  if (key.length >= MIN_REPEATED_PARAGRAPH_CHARS) {
    const sectionKey = `${state.section}\u0002${key}`;
    if (state.paragraphs.has(sectionKey)) return { kind: 'drop', reason: 'repeated-paragraph' };
    state.paragraphs.add(sectionKey);
  }
  // A pull quote: a short block whose words were already printed inside a longer paragraph.
  const words = countWords(key);
  if (!recurringLine && words >= PULL_QUOTE_MIN_WORDS && words <= PULL_QUOTE_MAX_WORDS && state.pullQuoteChecks < PULL_QUOTE_MAX_CHECKS) {
    state.pullQuoteChecks++;
    if (state.corpus.includes(` ${key} `)) return { kind: 'drop', reason: 'repeated-pull-quote' };
  }
  state.corpus += ` ${key} `;
  const sentences = splitSentences(text);
  const keys = sentences.map((sentence) => {
    const k = normalizeKey(sentence);
    return k ? `${state.section}\u0002${k}` : '';
  });
  const kept: string[] = [];
  const runs: string[] = [];
  let i = 0;
  while (i < sentences.length) {
    if (keys[i] && state.sentences.has(keys[i]!)) {
      let j = i;
      while (j < sentences.length && keys[j] && state.sentences.has(keys[j]!)) j++;
      const run = sentences.slice(i, j);
      const words = countWords(run.join(' '));
      const isRepeat = (run.length >= MIN_RUN_SENTENCES && words >= MIN_RUN_WORDS) || (run.length === 1 && words >= MIN_SINGLE_SENTENCE_WORDS);
      if (isRepeat) runs.push(collapse(run.join(' ')));
      else kept.push(...run);
      i = j;
      continue;
    }
    if (keys[i]) state.sentences.add(keys[i]!);
    kept.push(sentences[i]!);
    i++;
  }
  if (!runs.length) return { kind: 'keep' };
  return { kind: 'cut', text: collapse(kept.join(' ')), runs };
}

/** Dedupe a list of paragraphs (a related card's text); returns what was kept and removed. */
export function dedupeParagraphs(paragraphs: readonly string[], title: string): { paragraphs: string[]; removed: { reason: string; text: string }[] } {
  const state = createRepeatState(title);
  const out: string[] = [];
  const removed: { reason: string; text: string }[] = [];
  for (const p of paragraphs) {
    const v = checkParagraph(p, state);
    if (v.kind === 'keep') out.push(p);
    else if (v.kind === 'drop') removed.push({ reason: v.reason, text: p });
    else {
      for (const r of v.runs) removed.push({ reason: 'repeated-passage', text: r });
      if (v.text) out.push(v.text);
    }
  }
  return { paragraphs: out, removed };
}
