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
 * Pull quotes: a short block (PULL_QUOTE_MIN_WORDS..PULL_QUOTE_MAX_WORDS words) whose whole
 * normalised text already appeared inside an earlier paragraph ("We have boats but not
 * people" set large beside the paragraph quoting it). Five words at least, so a short
 * answer or a credit is never a "pull quote". Checks are capped so a page of thousands of
 * short blocks stays linear (each check scans the text kept so far).
 */
export const PULL_QUOTE_MIN_WORDS = 5;
export const PULL_QUOTE_MAX_WORDS = 40;
export const PULL_QUOTE_MAX_CHECKS = 50;

/**
 * Blocks inside these elements are structured data (tables, lists, definition lists): a meal
 * plan repeats "Asparagus and Eggs [1 cup asparagus…]" every day, product lists repeat the
 * same feature bullets. Their repeats are content, so they are never deduplicated.
 */
export const REPEAT_EXEMPT_CONTAINERS = 'li, td, th, dd, dt, caption';

/**
 * A paragraph made only of questions is an interview's recurring question ("What inspired
 * you to start cooking?" asked of every guest), not a scraping accident: never removed.
 */
export const ONLY_QUESTIONS = /^(?:[^.!?]*\?['"’”)]*\s*)+$/u;

/**
 * Sentence boundary: terminal punctuation, optional closing quote/bracket, whitespace, then
 * something that can start a sentence. Abbreviations may split wrongly, but they split the
 * same way in both copies of a passage, which is all the run matching needs.
 */
export const SENTENCE_BOUNDARY = /(?<=[.!?…]['"’”)\]]*)\s+(?=['"‘“([]?[A-Z0-9À-ÖØ-Þ])/u;

/** Characters folded away when comparing text: quote styles and punctuation, every run of non-letters. */
export const NON_WORD = /[^\p{L}\p{N}]+/gu;
