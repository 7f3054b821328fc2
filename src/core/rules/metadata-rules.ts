/** Patterns for reading metadata off the page. */

/** " | ", " - ", " — ", " · ": what separates a page title from its site name (either side). */
export const TITLE_SEPARATOR = /\s+[|–—·•-]\s+/;

/** "By Jane Doe", "Published by Grace Liu", "Words by …": the label before a byline's names. */
export const BYLINE_PREFIX = /^(?:(?:published|written|posted|words|story|reporting|report)\s+)?by[:\s]+/i;

/**
 * Attribute values that mark a byline element (hAtom/microformats `author`, schema.org
 * `itemprop="author"`, `rel="author"`, common CMS classes "byline", "contributor").
 */
export const BYLINE_HINT = /\b(?:author|byline|contributor|writer|reporter)(?:\b|[-_])/i;

/** A byline is a few names, not a sentence. */
export const MAX_BYLINE_CHARS = 100;


/** What Readability (REGEXPS.byline) takes for a byline element, by class/id. */
export const BYLINE_MARKER = /byline|author|dateline|writtenby|p-author/i;

/** "… by Grace Liu" inside a dated line: capitalised names after "by" (WordPress "Posted on <date> by <name>"). */
export const BYLINE_IN_LINE = /(?:^|\s)by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:and|&)\s+)?(?!(?:Leave|Share|Comments?|Follow|Updated|Published|Posted|View|Read|Reply|Print|Email)\b)\p{Lu}[\p{L}'’.-]*){0,5})/u;
