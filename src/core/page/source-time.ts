/** Split "publisher + time" lines the way aggregators print them. */
import { ABSOLUTE_DATE_AT_END, ICON_ALT_PREFIX, MAX_SOURCE_TIME_LINE, DATELINE_FILLER, DATELINE_LABELS, DATELINE_WORDS, MAX_TIMESTAMP_LINE_CHARS, PUBLISHED_LABEL, RELATIVE_TIME_AT_END, SOURCE_TIME_SEPARATOR, TIME_ZONES, TIMESTAMP_CLOCK, TIMESTAMP_DATE } from '../rules/time-rules.ts';
import { MAX_SOURCE_CHARS, MAX_SOURCE_WORDS } from '../rules/related-rules.ts';
import { countWords } from '../lib/text.ts';

export interface SourceTime {
  /** The publisher before the time, '' when the line is only a time. */
  source: string;
  /** The time as printed, without an icon alt-text prefix. */
  time: string;
}

/**
 * "The Guardian2 days ago" → {source: "The Guardian", time: "2 days ago"};
 * "time24 minutes ago" → {source: "", time: "24 minutes ago"}; prose → null.
 */
export function splitSourceTime(line: string): SourceTime | null {
  if (line.length > MAX_SOURCE_TIME_LINE) return null;
  const m = RELATIVE_TIME_AT_END.exec(line) ?? ABSOLUTE_DATE_AT_END.exec(line);
  if (!m) return null;
  const time = m[0].trim().replace(PUBLISHED_LABEL, '');
  let source = line.slice(0, m.index).replace(SOURCE_TIME_SEPARATOR, '').replace(LEADING_BULLET, '').trim();
  if (ICON_ALT_PREFIX.test(source)) source = '';
  // "Published: ..." / "Updated ..." prefixes belong to the time label, not a publisher.
  source = source.replace(/\s*(?:published|updated|posted)(?:\s+on)?:?$/i, '').trim();
  if (source && !isSourceLike(source)) return null;
  return { source, time };
}

/** "• The Guardian": list bullets printed before a publisher. */
export const LEADING_BULLET = /^[•·|–—-]+\s*/;

/** A publisher name: short, few words, no sentence punctuation. */
export function isSourceLike(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= MAX_SOURCE_CHARS &&
    countWords(text) <= MAX_SOURCE_WORDS &&
    !/[.!?:;]$/.test(text) &&
    !/^by\s/i.test(text)
  );
}

/**
 * A line that is only a timestamp: every word is a dateline word, a filler or a time zone,
 * the rest numbers and punctuation, and it holds a label ("Published", "Updated", "ago",
 * "today") with a clock or a date, or a clock with a full date. A weekday or month with a
 * clock and no year is an event's time ("Saturday at 3:00 p.m."), a date alone may be a
 * timeline's entry ("Jan. 6, 2021"): neither is a timestamp.
 */
export function isTimestampLine(text: string): boolean {
  if (text.length > MAX_TIMESTAMP_LINE_CHARS) return false;
  let labelled = false;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const lower = word.toLowerCase();
    if (DATELINE_LABELS.has(lower)) labelled = true;
    if (!DATELINE_WORDS.has(lower) && !DATELINE_FILLER.has(lower) && !TIME_ZONES.has(word)) return false;
  }
  const clock = TIMESTAMP_CLOCK.test(text);
  const date = TIMESTAMP_DATE.test(text);
  return labelled ? clock || date : clock && date;
}
