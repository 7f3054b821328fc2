/**
 * Thresholds for repeat removal, with why.
 *
 * Pages legitimately repeat short lines: a one-word answer in an interview ("Yes."),
 * a photo credit ("Photograph: AP"), "Reuters" under several pictures. Aggregators repeat
 * whole passages because their scrapers concatenate a story's page twice (reference page:
 * the Daily Mail card repeats a 7-sentence run and a 2-sentence run inside one block).
 */

/**
 * A repeated paragraph is removed only if its normalised text has at least this many
 * characters: short lines (answers, credits, "Advertisement") recur legitimately.
 */
export const MIN_REPEATED_PARAGRAPH_CHARS = 60;

/**
 * A repeated run of sentences inside or across blocks is removed when it has at least
 * MIN_RUN_SENTENCES sentences and MIN_RUN_WORDS words in total; a SINGLE repeated sentence
 * is removed only when it is long (MIN_SINGLE_SENTENCE_WORDS), because a short sentence
 * ("He declined to comment.") can honestly recur in a story.
 */
export const MIN_RUN_SENTENCES = 2;
export const MIN_RUN_WORDS = 12;
export const MIN_SINGLE_SENTENCE_WORDS = 25;

/**
 * Sentence boundary: terminal punctuation, optional closing quote/bracket, whitespace, then
 * something that can start a sentence. Abbreviations may split wrongly, but they split the
 * same way in both copies of a passage, which is all the run matching needs.
 */
export const SENTENCE_BOUNDARY = /(?<=[.!?…]['"’”)\]]*)\s+(?=['"‘“(\[]?[A-Z0-9À-ÖØ-Þ])/u;

/** Characters folded away when comparing text: quote styles and punctuation. */
export const FOLD_QUOTES = /[‘’‚‛′`´]/g;
export const FOLD_DOUBLE_QUOTES = /[“”„‟″«»]/g;
export const NON_WORD = /[^\p{L}\p{N}]+/gu;
