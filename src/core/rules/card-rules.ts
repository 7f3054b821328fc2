/**
 * What a related card's link says about it (see card-target.ts): a card is a story only when
 * it links to a story page. Described by kind, as seen across many sites, never one site.
 */

/**
 * Recommendation and ad networks whose widgets sit among related stories and whose links go
 * through their trackers: `utm_source=taboola`, `…outbrain.com/network/redir…`, Yahoo Gemini's
 * `beap.gemini.yahoo.com`, Google's ad clicks.
 */
export const AD_NETWORKS = ['taboola', 'outbrain', 'revcontent', 'mgid', 'zergnet', 'dianomi', 'plista', 'ligatus', 'nativo', 'sharethrough', 'triplelift', 'adblade', 'contentad', 'content.ad', 'gemini', 'yieldmo', 'adsrvr', 'doubleclick', 'googleadservices', 'googlesyndication', 'adclick', 'criteo', 'powerinbox', 'lockerdome', 'connatix'];

/** Query parameters that name where a click came from: an ad network's name there marks a sponsored card. */
export const CAMPAIGN_PARAMS = ['utm_source', 'utm_medium', 'utm_campaign', 'obOrigUrl', 'tblci', 'dicbo'];

/** Path segments of pages that are not stories: a site's sections, tags, authors, accounts, searches, pages of a list. */
export const NON_STORY_SEGMENT = /^(?:category|categories|tag|tags|topic|topics|section|sections|author|authors|autor|autoren|profile|user|users|search|suche|page|seite|archive|archives|rubrik|ressort|thema|themen|login|signin|sign-in|logout|register|signup|sign-up|subscribe|subscription|account|my-account|newsletter|newsletters|feed|rss|contact|about|impressum|datenschutz|privacy|terms)$/i;

/** Path segments of sign-in and account pages ("/login", "/my-account"). */
export const ACCOUNT_SEGMENT = /^(?:login|signin|sign-in|register|signup|sign-up|subscribe|my-account|account)$/i;

/** Hosts of sign-in and account services ("sso.example.org", "login.example.org"). */
export const ACCOUNT_HOST = /^(?:sso|login|signin|account|accounts|auth|id|my|profile|subscribe|abo)\./i;

/**
 * A card is a section page, not a story, when its link's path is this short (segments), has
 * no number in it, its last segment is a few words at most, all of them the words of its
 * title, and its title is a short name ("Crime & Public Safety" → /news/crime-public-safety/).
 */
export const SECTION_PATH_MAX_SEGMENTS = 2;
export const SECTION_SLUG_MAX_WORDS = 3;
export const SECTION_TITLE_MAX_WORDS = 5;

/** "Polygon on MSN", "CNBC on Yahoo": a portal's provider line; the publisher is before " on ". */
export const PROVIDER_ON_PORTAL = /^(.{2,50}?)\s+on\s+(\p{Lu}[\p{L}\d.!]*(?:\s\p{Lu}[\p{L}\d.!]*)?)$/u;

/** Class or id of a pager or a post's previous/next navigation, as whole tokens. */
export const PAGER_MARKER = /(?:^|[\s_-])(?:pager|pagination|post-navigation|post-nav|nav-previous|nav-next|prev-next|next-prev|prevnext|nav-links|navigation-post)(?:$|[\s_-])/i;
