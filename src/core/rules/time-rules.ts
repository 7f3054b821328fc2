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

/**
 * Words a dateline may print around its numbers. A short line made only of these words,
 * numbers and punctuation is a timestamp ("PUBLISHED: 10:48, Tue, Nov 19, 2019",
 * "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM", "segunda-feira, 22 de janeiro de 2018
 * às 0:13") when it holds a date, or a clock with a dateline word: "9.30 A.M. / 7.00 P.M."
 * alone is an event's opening hours, not a timestamp.
 * DATELINE_WORDS: labels, weekdays and months in the languages news pages most often use.
 */
export const DATELINE_WORDS = new Set([
  'published', 'updated', 'posted', 'original', 'modified', 'created', 'today', 'yesterday',
  'publicado', 'publicada', 'atualizado', 'atualizada', 'actualizado', 'actualizada', 'publié', 'publiée', 'veröffentlicht', 'aktualisiert', 'pubblicato', 'aggiornato',
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
  'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september',
  'oct', 'october', 'nov', 'november', 'dec', 'december',
  'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
  'enero', 'febrero', 'marzo', 'mayo', 'junio', 'julio', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember',
]);
/** The labels among them: a date with one of these is a timestamp even without a clock. */
export const DATELINE_LABELS = new Set([
  'published', 'updated', 'posted', 'modified', 'created', 'ago', 'today', 'yesterday', 'publicado', 'publicada', 'atualizado', 'atualizada', 'actualizado', 'actualizada',
  'publié', 'publiée', 'veröffentlicht', 'aktualisiert', 'pubblicato', 'aggiornato',
]);
/** Connectors and clock words that may sit between a dateline's parts. */
export const DATELINE_FILLER = new Set([
  'last', 'first', 'on', 'at', 'am', 'pm', 'a', 'm', 'p', 'ago', 'of', 'the', 'em', 'às', 'as', 'de', 'del', 'el', 'las', 'h', 'hs', 'hrs',
  'mis', 'à', 'jour', 'le', 'um', 'uhr', 'il', 'alle', 'ore', 'feira',
  'second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'day', 'days', 'week', 'weeks',
]);
/** Time zones printed after a clock, as printed (capitals). */
export const TIME_ZONES = new Set(['UTC', 'GMT', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'ET', 'CT', 'MT', 'PT', 'AKST', 'HST', 'IST', 'JST', 'KST', 'HKT', 'SGT', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT', 'MSK', 'BRT', 'ART', 'WIB', 'PKT', 'SAST', 'WAT', 'EAT']);
/** A date on its own: a year, a numeric date, or "N units ago". */
export const TIMESTAMP_DATE = /\b(?:19|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d+\s*\p{L}+\s+ago\b/iu;
export const TIMESTAMP_CLOCK = /\d{1,2}[:.h]\d{2}\b/;
/** A timestamp line is short. */
export const MAX_TIMESTAMP_LINE_CHARS = 100;
