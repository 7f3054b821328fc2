/**
 * Signals used to decide whether a page is a news article, as data.
 */

/** JSON-LD @type values of a news/article page (schema.org Article subtypes news sites use). */
export const ARTICLE_LD_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'blogposting', 'liveblogposting', 'report', 'techarticle', 'scholarlyarticle',
]);

/** JSON-LD @type values of pages that are NOT articles: shops, lists, search results. */
export const NON_ARTICLE_LD_TYPES = new Set(['product', 'itemlist', 'offer', 'aggregateoffer', 'searchresultspage', 'collectionpage', 'productgroup']);

/** JSON-LD @type values of a page that lists items (a shop's category page, a collection). */
export const LISTING_LD_TYPES = new Set(['itemlist', 'collectionpage', 'offercatalog', 'searchresultspage']);

/** og:type values of an article. */
export const ARTICLE_OG_TYPE = /^(?:article|news|blog|newsarticle)/i;

/** Minimum text in an <article> element for it to count as a story. */
export const MIN_ARTICLE_ELEMENT_CHARS = 500;
/** Minimum text in the longest run of story blocks for a "long text body". */
export const MIN_BODY_CHARS = 800;
/** A story block (paragraph) must have at least this many characters to count towards the body. */
export const MIN_STORY_BLOCK_CHARS = 80;

/** Shop listings: prices and cart buttons (e-commerce templates in every language we target). */
export const PRICE_TEXT = /^(?:from\s)?(?:[$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|£|\$|usd|eur|gbp|kr|zł))(?:\s|$)/i;
export const CART_TEXT = /^(?:add to (?:cart|basket|bag)|buy now|in den warenkorb|ajouter au panier)$/i;
/** This many prices or cart buttons make a page a product listing. */
export const MIN_SHOP_SIGNALS = 4;

/** A home page: many short headline links and link text dominating the page. */
export const MIN_HEADLINE_LINKS = 25;
export const HOME_LINK_DENSITY = 0.45;

/** Search pages: URL shapes and on-page wording. */
export const SEARCH_URL = /[?&](?:q|query|s|search|keywords?)=|\/search(?:[/?#]|$)/i;
export const SEARCH_RESULTS_TEXT = /^(?:\d[\d,]*\s+)?(?:search )?results? (?:for|found)\b|^showing \d+/i;
/**
 * Documentation sites (Docusaurus, MkDocs, Sphinx, VitePress, GitBook…): an "Edit this page"
 * link, or an "On this page" contents list beside the site's page tree. With no date and no
 * article markup such a page is reference documentation, not an article.
 */
export const DOCS_EDIT_LINK = /^(?:edit this page|edit (?:this page )?on git(?:hub|lab)|improve this (?:page|doc)|suggest an edit)$/i;
export const DOCS_TOC_LABEL = /^(?:on this page|in this (?:article|section|page)|table of contents|contents)$/i;
/**
 * A page whose headline repeats its title and which has one prose block of this many
 * characters is a (short) article to show: a notice, a teaser post, a press note.
 */
export const MIN_NOTICE_CHARS = 60;

/** A headline with a byline or date over at least this much story text is a short news story. */
export const MIN_SHORT_STORY_CHARS = 400;

/**
 * Above this many text blocks Readability is not run: its cost grows faster than linearly
 * (a 100,000-paragraph page takes it minutes), so the element holding the most story text
 * is taken as the article instead. Real articles have a few hundred blocks.
 */
export const HUGE_PAGE_BLOCKS = 15_000;

/**
 * Above this many pictures Readability is not run either: it lists the page's <img>s through
 * jsdom's live collection, whose every index is also looked up as a name, a scan of all of
 * them (8,000 pictures took it 5 s, 50,000 would take minutes). The most pictures on one of
 * the 1,171 corpus pages is 796.
 */
export const HUGE_PAGE_IMAGES = 3_000;
