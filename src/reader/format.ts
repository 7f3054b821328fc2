/** Wording shown around the cleaned article: pure functions, unit-tested. */
import type { CleanResult } from '../core/types.ts';
import { plural, t } from '../platform/i18n.ts';
import { describeRemovals } from './removal-log.ts';

/**
 * "3 promo blocks and 9 repeated passages removed", or a calm line when nothing was.
 * Counted from the log (see removal-log.ts), so it always matches the list it opens.
 */
export function removalSummary(removed: Pick<CleanResult['removed'], 'log'>): string {
  return describeRemovals(removed.log).headline;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The time as the page printed it ("2 days ago"), or an ISO date made readable. */
export function displayTime(published: string, language = ''): { text: string; datetime: string | null } {
  const value = published.trim();
  if (!ISO_DATE.test(value)) return { text: value, datetime: null };
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return { text: value, datetime: null };
  let text: string;
  try {
    text = date.toLocaleDateString(language || undefined, { day: 'numeric', month: 'long', year: 'numeric' });
  } catch {
    text = date.toDateString(); // an invalid language tag from the page
  }
  return { text, datetime: value };
}

/** What the status live region announces when the view is ready: short, never the article. */
export function readyStatus(result: Pick<CleanResult, 'readingMinutes'>): string {
  const time = readingTimeLabel(result.readingMinutes);
  return time ? t('common_readyStatusWithTime', time) : t('common_readyStatus');
}

export function readingTimeLabel(minutes: number): string {
  return minutes > 0 ? plural('common_readingTime', minutes) : '';
}

/** Paragraphs of an engine text field (separated by blank lines). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Only http(s) URLs become links; anything else is shown as plain text. */
export function safeHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * The plain text put on the clipboard by "Copy text": the article alone. With `related`
 * ("Copy with related stories"), each related story follows under its title, source, time and link.
 */
export function plainTextOf(result: CleanResult, options: { related?: boolean } = {}): string {
  const meta = [result.source, result.byline, displayTime(result.published, result.language).text].filter(Boolean).join(' · ');
  const article = [result.title, meta, result.text, result.url].filter(Boolean).join('\n\n');
  if (!options.related || result.related.length === 0) return article;
  const stories = result.related.map((s) => {
    const line = [s.source, displayTime(s.published, result.language).text].filter(Boolean).join(' · ');
    return [s.title, line, s.url, s.text].filter(Boolean).join('\n\n');
  });
  return [article, t('common_relatedStories'), ...stories].join('\n\n---\n\n');
}
