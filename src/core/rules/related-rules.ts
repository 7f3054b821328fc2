import { POPULAR_LABELS, RELATED_LABELS, wholeLabel } from './section-labels.ts';

/**
 * Headings that open a related-stories section, and headings of lists that are
 * NOT related (popular-stories lists) and must be dropped. Matched against the
 * whole collapsed heading text, so prose that merely says "related" is never a heading.
 */

/**
 * Related-stories headings: lists about THIS story. The reference page ("Related Articles"),
 * BBC ("More on this story", "Related"), Guardian ("More on this story", "Related stories"),
 * wire and newspaper pages ("Past coverage", "See also:", "Read more about <topic>", "More on
 * <topic>"), and the recommendation headings CMSs print over same-subject lists ("You may also
 * like", "Read next", "Recommended").
 */
const RELATED_HEADING_EN =
  /^(?:related(?:\s+(?:articles?|stories|story|news|content|coverage|reading|posts?|links|topics))?|more on this (?:story|topic|subject)|more about this (?:story|topic|subject)|read more|read next|more (?:(?:news|stories|articles|coverage) )?(?:on|about)\s.{1,40}|read more (?:about|on)\s.{1,40}|(?:past|previous|earlier|prior|recent|our|further|full|more) coverage(?:\s(?:of|on)\s.{1,40})?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|see also|further reading|recommended(?:\s+(?:for you|stories|articles|reading))?|what to read next|more like this|also read)[\s:.…]*$/i;
/** With the same in the other languages we read (see section-labels.ts). */
export const RELATED_HEADING = new RegExp(`(?:${RELATED_HEADING_EN.source})|(?:${wholeLabel(RELATED_LABELS).source})`, 'iu');

/**
 * Lists of the site's other stories, not about this one, whatever their position: popular
 * lists (Guardian "Most viewed", BBC "Most read", "Top stories", "Features", "Trending",
 * "Latest news"), a section's or the site's other headlines ("More in Sports", "More from The
 * Courier", "More stories", "Also on <site>", a wire service's "More Stories"), lists of other
 * publications ("More from our network", "Our sister titles"), and recommendation widgets
 * that sell ("Sponsored stories", "Around the web", "Promoted links"). Removed, never shown
 * as related.
 */
const POPULAR_HEADING_EN =
  /^(?:most\s+(?:viewed|read|popular|shared|commented|watched|emailed)(?:\s.{1,30})?|trending(?:\s+(?:now|stories|news|articles|today))?|popular(?:\s+(?:now|stories|articles|today|on\s.{1,30}))?|top (?:stories|news|headlines)(?:\s.{1,30})?|editors?'?’?s? (?:picks?|choice)|features(?: (?:&|and) analysis)?|elsewhere(?: on\s.{1,30})?|don'?’?t miss|in case you missed it|latest(?:\s+(?:news|stories|headlines|articles|posts|updates))?(?:\s.{1,30})?|(?:top|latest|more|featured) videos?|watch next|up next|also (?:from|in|on) (?:the\s)?[\w'’ .-]{2,40}|more (?:(?:news|stories|articles|headlines|coverage) )?(?:from|in)\s.{1,40}|more (?:stories|headlines|news)(?:\s.{1,30})?|(?:more from |from )?(?:our|the) (?:network|sister (?:titles|sites|publications|brands))|(?:our )?sister (?:titles|sites|publications)|other (?:newspapers|titles|publications|sites)|(?:sponsored|promoted|partner|paid)(?:\s+(?:stories|links|content|posts|headlines))?|around the web|from the web|from our (?:partners|sponsors)|(?:recommended|promoted|powered) by\s.{1,30})[\s:.…]*$/i;
export const POPULAR_HEADING = new RegExp(`(?:${POPULAR_HEADING_EN.source})|(?:${wholeLabel(POPULAR_LABELS).source})`, 'iu');

/** Longest text a heading may have (longer text is prose, not a heading). */
export const MAX_HEADING_CHARS = 60;

/** Link labels inside a card that are never its title. */
export const NON_TITLE_LINK = /^(?:read more|more|continue reading|full story|view|open|\d+ comments?|comments?)$/i;

/** Longest source name accepted in a card ("Glasgow Times", "The Sydney Morning Herald"). */
export const MAX_SOURCE_CHARS = 50;
export const MAX_SOURCE_WORDS = 6;

const SPONSOR_WORD = '(?:sponsored(?: content)?|partner content|paid (?:content|post|partner)|promoted|advertisement|advertorial|ad|anzeige|werbung|gesponsert|sponsored post|publicidad|publicité|sponsorisé|annonce|patrocinado|reklama)';
/**
 * A card labelled like this is an advert placed among related stories (Outbrain/Taboola-style
 * "Sponsored · Partner content"), not a story. One or two labels, optionally "by <brand>".
 */
export const SPONSORED_CARD_LABEL = new RegExp(`^${SPONSOR_WORD}(?: by .{1,40})?(?:[\\s·|•-]+${SPONSOR_WORD})?$`, 'i');

/**
 * Titles inside a card that are not another story: a newsletter box ("Sign up to Breaking
 * News Australia" in the reference page's Guardian card), a "Find out more about …" or "See
 * all" link, a section heading printed among the cards ("TOP MIDDLE EAST STORIES").
 */
export const NOT_A_STORY_TITLE = /^(?:sign up|subscribe|find out more|learn more|see more|see all|view all|show all|show more)\b|^(?:top|latest|more|other|breaking) (?:[\p{L}'’-]+ ){0,3}(?:stories|news|headlines|articles)[\s:»›>.…]*$/iu;

/** More cards than this under one heading is a page-wide index (a home page's rivers), not related stories. */
export const MAX_RELATED_CARDS = 40;

/**
 * A container whose class or id says it holds related stories, when it has no heading we
 * recognise: WordPress related-post plugins (YARPP, Jetpack's jp-relatedposts, wp_rp,
 * crp_related), themes' "nv-related-posts", "td-related-row", "gridlove-related", CMS fields
 * ("field-related-articles", "box-related", "relatedItemBox", "js-related-content"). Matched on
 * the raw class and id (camelCase kept). Lists of tags, topics, searches or products are not stories.
 */
export const RELATED_CONTAINER_MARKER = /(?:^|[\s_-])related(?:$|[\s_-]|[A-Z])|(?:^|\s)related|(?:^|[\s_-])(?:yarpp|jp-relatedposts|wp_rp|crp_related|recommended-posts|more-like-this)(?:$|[\s_-])/;
export const NOT_RELATED_STORIES_MARKER = /related[_-]?(?:tags?|topics?|terms?|searche?s?|categor|products?|keywords?|videos?-?playlist)/i;
