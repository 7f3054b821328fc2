/**
 * Date and time patterns used to split "source + time" lines and to read the
 * publication time a page shows next to a headline or in a related card.
 */

/**
 * A relative time at the END of a string, with no word boundary required before it,
 * because aggregators glue the publisher and the time: "The Guardian2 days ago",
 * "timean hour ago" (reference page: icon alt text "time" + "an hour ago").
 */
const RELATIVE_TIME = '(?:(?:\\d+|an?|one|few)\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago|yesterday|just now)';
// "today" is left out on purpose: "USA Today" is a publisher.
export const RELATIVE_TIME_AT_END = new RegExp(`${RELATIVE_TIME}\\s*$`, 'i');
/** The same, anywhere in a line ("Posted 2 hours ago by Jane Doe"). */
export const RELATIVE_TIME_ANYWHERE = new RegExp(`\\b${RELATIVE_TIME}`, 'i');

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const CLOCK = '(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?)?';

/**
 * An absolute date at the END of a string, in the formats news pages print:
 * "15 Aug 2025", "Aug 15, 2025", "Friday 15 August 2025 09.12 BST", "2025-08-15", "15/08/2025".
 */
const ABSOLUTE_DATE =
  '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?' +
  `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}/\\d{1,2}/\\d{2,4})` +
  CLOCK;
/**
 * What a byline line may print before the date, glued or not: a label and a clock
 * ("Lu MingUpdated 3:42 PM EST, Mon March 3, 2025"), taken with the date so neither is
 * left on the byline.
 */
const DATE_LEAD =
  '(?:(?:last\\s+)?(?:updated|published|posted|modified)(?:\\s+on)?[:\\s]*)?' +
  '(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?,?\\s+)?';
/** "Published:" / "Posted on" before a date says nothing the date does not: dropped from the time shown. */
export const PUBLISHED_LABEL = /^(?:published|posted)(?:\s+on)?[:\s]+/i;
export const ABSOLUTE_DATE_AT_END = new RegExp(`${DATE_LEAD}${ABSOLUTE_DATE}\\s*$`, 'i');
/** The same, anywhere in a line ("Posted on 12 August 2025 by Grace Liu"). */
export const ABSOLUTE_DATE_ANYWHERE = new RegExp(`\\b${ABSOLUTE_DATE}`, 'i');

/**
 * Icon alt texts that precede a time when images are flattened to text
 * ("time24 minutes ago" on the reference page's related cards).
 */
export const ICON_ALT_PREFIX = /^(?:time|clock|calendar|date|icon|updated|published|posted)[:\s]*$/i;

/** Separators found between a publisher and a time ("Reuters · 2h ago", "BBC | 15 Aug 2025"). */
export const SOURCE_TIME_SEPARATOR = /[\s·•|,–—-]+$/;

/** A line that is ONLY a time (with optional icon prefix): it may be shown but never used as a source. */
export const MAX_SOURCE_TIME_LINE = 90;
