/** Patterns for reading metadata off the page. */

/** " | The Guardian", " - BBC News", " · NewsNest": a site suffix on a page title. */
export const TITLE_SUFFIX = /\s+[|–—·•-]\s+[^|–—·•]{2,40}$/;

/** "By Jane Doe", "Published by Grace Liu", "Words by …": the label before a byline's names. */
export const BYLINE_PREFIX = /^(?:(?:published|written|posted|words|story|reporting|report)\s+)?by[:\s]+/i;

/**
 * Attribute values that mark a byline element (hAtom/microformats `author`, schema.org
 * `itemprop="author"`, `rel="author"`, common CMS classes "byline", "contributor").
 */
export const BYLINE_HINT = /\b(?:author|byline|contributor|writer|reporter)(?:\b|[-_])/i;

/** A byline is a few names, not a sentence. */
export const MAX_BYLINE_CHARS = 100;

