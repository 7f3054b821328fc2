import { INLINE_ONLY_LABELS, labelledLine, RELATED_LABELS } from './section-labels.ts';
import { UTILITY_ROW } from './furniture-rules.ts';
import { SITE_BLOCK_PATTERNS, SITE_INLINE_PATTERNS } from './site-rules.ts';

/**
 * Promo blocks: what they look like, as data. Whole-block patterns are anchored at
 * both ends (^…$) and only tested against SHORT blocks, so real prose that uses the
 * same words ("Parents can sign up to the scheme…", "the library's printed newsletter…",
 * a quote saying "download the app") is never matched.
 */

/** A block longer than this is never removed by a whole-block text pattern. */
export const MAX_PROMO_BLOCK_CHARS = 220;

export interface BlockPattern {
  /** Reason recorded in the removal log. */
  reason: string;
  pattern: RegExp;
  /** A longer block is never matched (default MAX_PROMO_BLOCK_CHARS). */
  maxChars?: number;
}

/**
 * How copyright and reprint notices open: the © sign, "(c) 2019", "Copyright 2019", "All rights
 * reserved", "This document is subject to copyright". "Copyright law was never meant for
 * recipes" is prose, and "(c) obstruct a voter" is item (c) of a bill.
 */
const COPYRIGHT_OPENING = String.raw`(?:(?:copyright\s*)?(?:©|ⓒ)|(?:copyright\s*)?\([cс]\)\s*(?:19|20)\d{2}|copyright\s+(?:(?:19|20)\d{2}\b|by\s)|all rights reserved|this (?:document|article|material|content|story) is (?:subject to|protected by) copyright|the contents of this (?:site|page) are\s*(?:©|copyright))`;

/** Whole-block text patterns (tested against the collapsed text of one short block). */
export const PROMO_BLOCK_PATTERNS: readonly BlockPattern[] = [
  // One publisher's inserts (labelled per-site rules, see site-rules.ts).
  ...SITE_BLOCK_PATTERNS,
  // Generic newsletter boxes: "Sign up for our newsletter", "Subscribe to our daily newsletter".
  { reason: 'newsletter-insert', pattern: /^(?:sign up|subscribe|register)(?: now)?(?: for| to)? (?:our|the)\s(?:[\w'’-]+\s){0,4}(?:newsletters?|emails?|briefing)[.!]?$/i },
  { reason: 'newsletter-insert', pattern: /^(?:enter your email(?: address)?|your email address|email address)[.:]?$/i },
  // App-download banners: "DOWNLOAD THE APP", "<Label>: Download the App", "Get the <Site> app
  // now!", and the sales pitch around one ("Ready to …? Download <Site> app today from your
  // preferred app store and start exploring."): a line that opens with the call, or whose one
  // call to download an app is followed only by where to get it.
  { reason: 'app-banner', pattern: /^(?:[^.!?:]{1,40}:\s*)?(?:download|get|install) (?:the|our) (?:[\w'’-]+ ){0,3}app(?: now| today| for free)?[.!]?$/i },
  { reason: 'app-banner', pattern: /^(?:[^.!?]{1,100}[?!]\s*)?(?:download|get|install)(?: the| our)? (?:[\w'’-]{1,30} ){1,3}app (?:now|today|for free)\b.{0,120}$/i },
  { reason: 'app-banner', pattern: /^(?:app[- ]?store|play[- ]?store|google play|get it on google play|download on the app store)$/i },
  // AI-feature upsells: "Try our AI features", "Try the new AI assistant", "Explore what <Site> AI
  // can do for you:", "Ask <Site> AI", "Meet <Name>, your AI assistant".
  { reason: 'ai-upsell', pattern: /^(?:try|use|discover|explore) (?:our|the)(?: new)? ai(?:-powered)? (?:features?|tools?|assistant|summar(?:y|ies)|search|chat)[.!]?$/i },
  { reason: 'ai-upsell', pattern: /^(?:explore|discover|see) what .{1,40}\bai can do(?: for you)?[:.!]?$/i },
  { reason: 'ai-upsell', pattern: /^(?:ask|chat with) [\w'’-]{1,30} ai[.!?]?$/i },
  // Empty comment blocks: "Comments" + "No comments yet...".
  { reason: 'empty-comments', pattern: /^(?:no comments yet|be the first to comment|there are no comments yet)[.…!]*(?:\s.{0,60})?$/i },
  // "Advertisement" labels (most news sites), "Story continues below advertisement" (Canadian press).
  { reason: 'advertisement-label', pattern: /^(?:advertisement|advert|ad|ads|sponsored|sponsored content|paid content|promoted|story continues below(?: this)? advertisement|scroll to continue with content|article continues below(?: this)? (?:ad|advertisement))$/i },
  // The same label in the languages we read, with the dashes and stars pages set it in
  // ("- Anzeige -", "*Werbung", "Publicidad", "Publicité", "Reklama").
  { reason: 'advertisement-label', pattern: /^[\s*\-–—·|]*(?:anzeigen?|werbung|publicidad|publicité|publicite|pubblicità|publicidade|reklama|advertentie|advertorial|advertisement|anuncio)[\s*\-–—·|:]*$/iu },
  // Reading-time lines ("5 min read", "Lesezeit: 3 Minuten", "Ten tekst przeczytasz w 3 minuty"):
  // the popup shows its own reading time.
  { reason: 'reading-time', maxChars: 60, pattern: /^(?:(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania)\s*:?\s*(?:ca\.\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:min\w*|minut\w*)\.?|\d{1,3}\s*(?:min|minute|minutes|minuten|minutos|minuti)\.?\s*(?:read|reading|lesezeit|lesen|de lecture|de lectura|di lettura)|ten (?:tekst|artykuł) przeczytasz w\s*(?:\d{1,3}|mniej niż)?\s*(?:minut\w*|min\.?)?.{0,20})$/iu },
  // Share, print and rating asks printed as a line: "Diesen Artikel teilen", "Möchten Sie den
  // Artikel teilen?", "War der Artikel nützlich?", "Hier können Sie den Artikel bewerten",
  // "(Noch keine Bewertungen)", "Valora esta noticia", "Rate this article".
  { reason: 'share-bar', maxChars: 80, pattern: /^(?:(?:diesen|den) (?:artikel|beitrag) (?:mit anderen )?(?:teilen|empfehlen)(?:\/\w+)?|möchten sie (?:den|diesen) (?:artikel|beitrag) teilen\??|partager (?:cet|l'|l’)article|compartir (?:esta noticia|este artículo|en)|condividi (?:questo articolo|su)|share this (?:article|story|post)(?: with (?:a friend|others))?|udostępnij(?: artykuł)?)[\s:.!?]*$/iu },
  { reason: 'rating-widget', maxChars: 80, pattern: /^(?:(?:war|ist) (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)\??|hier können sie (?:den|diesen) (?:artikel|beitrag) bewerten|(?:bitte )?bewerten sie (?:den|diesen) (?:artikel|beitrag)|\(?noch keine bewertungen?\)?|valora (?:esta|la) noticia|rate this (?:article|story|post)|was this (?:article|story|page) (?:helpful|useful)\??|(?:\d+(?:[.,]\d+)?\s*(?:von|\/|of)\s*5\s*)?(?:sterne?|stars?)(?:\s*\(\d+\s*(?:bewertungen?|votes?|ratings?)\))?)[\s:.!?]*$/iu },
  // Paywall prompts left with the teaser: "To view the full story, please subscribe to …",
  // "Subscribe now to our … edition for the full story", "Pour lire la suite, abonnez-vous",
  // "Dieser Artikel ist nur für Abonnenten".
  { reason: 'paywall-prompt', maxChars: 200, pattern: /^(?:to (?:view|read|continue reading|see) (?:the )?(?:full|rest of the|whole) (?:story|article)(?=.*\b(?:subscrib\w*|log in|sign in|members?|register)\b)|subscribe (?:now )?(?:to (?:our|the) .{1,40} )?(?:to read|for) the (?:full|rest of the|whole) (?:story|article)|(?:pour|afin de) lire la suite|lisez la suite|(?:lesen sie|weiterlesen) mit .{1,30}(?:plus|abo)|dieser (?:artikel|beitrag) ist (?:nur )?für (?:abonnenten|abonnentinnen|abonnierende)|this (?:article|story|content) is (?:only )?(?:for|available to) (?:subscribers|members)|if you(?:'|’)re (?:seeing this message but you(?:'|’)re )?already a subscriber|already a subscriber\?).{0,160}$/iu },
  // Not logged in: "Sie sind aktuell nicht eingeloggt.", "You are not logged in."
  { reason: 'site-chrome', maxChars: 80, pattern: /^(?:sie sind (?:aktuell |derzeit )?nicht (?:eingeloggt|angemeldet)|you are not logged in|vous n'êtes pas connecté|no has iniciado sesión)\.?$/iu },
  // Share bars flattened to text: "Share", "Share this article", "Share on Facebook".
  { reason: 'share-bar', pattern: /^(?:share(?: this)?(?: (?:article|story|page|post))?(?: on| via)?:?|share on (?:facebook|twitter|x|linkedin|whatsapp|email)|copy link|link copied)$/i },
  // Cookie banners.
  { reason: 'cookie-banner', pattern: /^(?:we use cookies|this (?:web)?site uses cookies)\b.{0,200}$/i },
  { reason: 'cookie-banner', pattern: /^(?:accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences)|cookie settings)$/i },
  // Newsletter plugs printed as a line of the story: "Get the latest updates right in your
  // inbox. Subscribe to <Site>'s newsletters.", "Subscribe to the <Site> YouTube Channel".
  { reason: 'newsletter-insert', pattern: /^(?:[^.!?]{0,100}[.!?]\s+)?(?:get|receive) (?:the latest|our|the best|the top)\b.{0,80}\b(?:delivered|straight|right|directly)?\s*(?:in|to|into) your inbox\b.{0,140}$/i },
  { reason: 'newsletter-insert', pattern: /^(?:[^.!?]{0,100}[.!?]\s+)?subscribe (?:to|for) .{1,80}?\b(?:newsletters?|youtube channel|daily (?:email|briefing))\b.{0,140}$/i },
  { reason: 'newsletter-insert', pattern: /^(?:every (?:day|morning|week)|each (?:day|morning|week)) we send (?=.*\b(?:e-?mails?|newsletters?|inbox)\b).{1,80}$/i },
  { reason: 'newsletter-insert', pattern: /^want more (?:stories|news|articles|posts) like this\?$/i },
  { reason: 'newsletter-insert', pattern: /^click here to (?:subscribe|sign up|register)\b.{0,100}$/i },
  // Share asks: "Like this story? Share it with a friend!"
  { reason: 'share-bar', pattern: /^(?:like|liked|enjoy|enjoyed|love) this (?:story|article|post)\?\s*share it\b.{0,60}$/i },
  // Social-follow plugs: "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "Follow
  // us on Twitter @site". Case-sensitive: the name is capitalised ("Follow the money on
  // Facebook, investigators say" is prose).
  { reason: 'social-follow', pattern: /^(?:[^.!?]{0,120}[.!?]\s+){0,2}(?:[Ff]ollow|FOLLOW) (?:us|US|me|him|her|them|\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,3}) (?:[Oo]n|ON) (?:[Tt]witter|TWITTER|X|[Ff]acebook|FACEBOOK|[Ii]nstagram|INSTAGRAM|[Yy]ou[Tt]ube|YOUTUBE|[Tt]ik[Tt]ok|TIKTOK|[Ll]inked[Ii]n|LINKEDIN|Threads|Bluesky|Mastodon)\b.{0,150}$/u },
  // Affiliate disclosures: "This post may contain affiliate and/or referral links. Please see my disclosure page."
  { reason: 'affiliate-disclosure', pattern: /^(?:this (?:post|article|page|story|review) (?:may )?contains? (?:affiliate|referral|sponsored)|(?:we|i) may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation|share of (?:sales|revenue))).{0,200}$/i },
  // Copyright and reprint notices that a story's container took along. The © sign, "(c) 2019",
  // "Copyright 2019" or "All rights reserved" must be there: "Copyright law was never meant
  // for recipes" is prose, and "(c) obstruct a voter" is item (c) of a bill.
  { reason: 'copyright-notice', maxChars: 160, pattern: new RegExp(`^${COPYRIGHT_OPENING}.{0,150}$`, 'i') },
  // A longer one must say what copyright notices say: a block that opens with a picture's
  // credit ("© Reuters") and goes on with the story's first paragraph is the story's.
  { reason: 'copyright-notice', maxChars: 400, pattern: new RegExp(`^${COPYRIGHT_OPENING}(?=.*\\b(?:all rights reserved|reserved|reproduc\\w*|republish\\w*|without (?:the )?(?:prior )?(?:written )?permission|may not be|rechte vorbehalten|tous droits|derechos reservados|todos os direitos|riproduzione)).{0,360}$`, 'i') },
  { reason: 'copyright-notice', pattern: /^copyright\s[^.!?]{1,80},?\s+all rights reserved\.?$/i },
  // Widgets printed as text: account links, gallery and player controls ("Image 1 of / 8",
  // "Caption", "Close"), "This slideshow requires JavaScript." Not tested in tables or headings
  // (a stock table's "Close" column, a review's "Menu" heading): see promo.ts.
  { reason: 'site-chrome', pattern: /^(?:sign in|log in|login|log out|sign out|my account|menu|search|close|caption|expand|enlarge|full ?screen|next|previous|prev|skip to (?:main )?content|back to top|print(?: article)?|order reprints|text size)$/i },
  { reason: 'site-chrome', pattern: /^(?:(?:image|photo|picture|slide|gallery)\s+\d{1,3}\s*(?:of|\/)\s*\/?\s*\d{1,3}|\d{1,3}\s+of\s+\/?\s*\d{1,3})$/i },
  { reason: 'site-chrome', pattern: /^this (?:slideshow|gallery|video|content|feature|page|interactive) requires javascript\.?$/i },
  // Rows of utility links ("Print | E-mail | Share", "Text size: A A A", "E-mail to a friend"): furniture.
  { reason: 'utility-links', pattern: UTILITY_ROW, maxChars: 120 },
];

/**
 * Headings that title a promo container; the container is removed when it is small
 * ("Comments" box with nothing but "No comments yet...").
 */
export const COMMENTS_HEADING = /^(?:comments?|\d+ comments?|comments? \(\d+\)|join the conversation|reader comments)$/i;

/**
 * Inline "Related: …" link lines (Guardian "Related: <link>", CNN "Read more: <link>",
 * "See also: <link>"): removed when the line is mostly link text.
 */
const INLINE_RELATED_LINE_EN = /^(?:(?:related(?: (?:posts?|stories|story|articles?|reading|links?|content))?|read more|see more|see also|also read|read also|recommended)\s*:|(?:also on|auch auf|aussi sur|también en) [\w-]+(?:\.[\w-]+)+\s)\s*\S/i;
/** With the "read also" labels of the other languages we read ("Lea también: …", "Czytaj też: …"; section-labels.ts). */
export const INLINE_RELATED_LINE = new RegExp(`(?:${INLINE_RELATED_LINE_EN.source})|(?:${labelledLine([...RELATED_LABELS, ...INLINE_ONLY_LABELS]).source})`, 'iu');
/**
 * A paragraph that is one link in capitals: US sites' inline plugs for other stories and
 * their app ("CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES…", "CLICK HERE TO GET THE <SITE> APP").
 * Story prose is not set in capitals and linked whole.
 */
export const CAPS_LINK_MIN_WORDS = 3;
export const CAPS_LINK_MIN_UPPER_SHARE = 0.9;
export const CAPS_LINK_MIN_LINK_SHARE = 0.9;
/** Share of the line that must be link text for an inline "Related: …" line. */
export const INLINE_RELATED_MIN_LINK_SHARE = 0.5;

/**
 * Promo runs INSIDE a flattened text block, cut from the text while the rest of the block is
 * kept: today one publisher's inserts only (site-rules.ts), each anchored on a fixed phrase
 * so prose cannot match.
 */
export const PROMO_INLINE_PATTERNS: readonly BlockPattern[] = SITE_INLINE_PATTERNS;

/**
 * Lines that are furniture only AFTER the story (tested on the last EDGE_TAIL_BLOCKS blocks):
 * in the middle of a story the same words are reporting ("The hotline can be reached at…",
 * "Topics: housing, transport and the cost of living" in a panel write-up).
 */
export const TAIL_PROMO_PATTERNS: readonly BlockPattern[] = [
  // An author's contact line: "Write to Al Root at al.root@example.com", "Have a tip? Jane Doe
  // may be reached at jdoe@example.com.", a bare address or profile link.
  { reason: 'author-contact', pattern: /^(?:write to|e-?mail) [^.!?]{1,60} at \S+@\S+?\.?$/i },
  { reason: 'author-contact', pattern: /^(?=.*\S@\S)(?:[^.!?]{0,60}[.!?]\s+)?[^.!?]{1,80}\b(?:may|can) be (?:reached|contacted|emailed) at\b.{0,160}$/i },
  { reason: 'author-contact', pattern: /^(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i },
  { reason: 'author-contact', pattern: /^(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin)\.com\/[\w.@-]+\/?$/i },
  // Plugs for the publisher's other products: "Need more space? Subscribe to our sister title … Magazine".
  { reason: 'newsletter-insert', pattern: /^(?:[^.!?]{0,100}[.!?]\s+)?subscribe (?:to|for) .{1,80}?\b(?:channel|podcast|magazine)\b.{0,140}$/i },
  // Tag lists: "Tags: budget, council, roads".
  { reason: 'tag-list', pattern: /^(?:tags?|tagged(?: with)?|topics?|keywords?)\s*:\s*[^.!?]{1,300}$/i },
];

/**
 * Structural promo containers, by attribute. Tested (as JS regexes, in one pass over the
 * page's elements: CSS substring selectors with the `i` flag cost ~250 ms a page in jsdom)
 * against the element's marker string: class, id, aria-label, data-component and data-testid
 * joined by spaces. Each is removed only when it is small (MAX_PROMO_CONTAINER_CHARS), so a
 * wrapper with an unlucky class never takes the story with it.
 * Sources: Guardian `data-component="newsletter-signup"` and `aria-label="newsletter promotion"`,
 * `aria-label="Share"` / `share-tools` share bars, CMP cookie dialogs (`cookie-prompt`,
 * OneTrust `onetrust-banner-sdk`, `consent`), ad slots (`ad-slot`, `adsbygoogle`, `advert`).
 */
export const PROMO_MARKERS: readonly BlockPattern[] = [
  { reason: 'newsletter-insert', pattern: /newsletter|signup-?box|email-?signup/i },
  { reason: 'share-bar', pattern: /(?:^|\s)share(?:\s|$)|share-?(?:bar|buttons|tools|links|icons)|social-?(?:share|sharing|buttons)|sharing-?(?:bar|tools)/i },
  { reason: 'cookie-banner', pattern: /cookie|consent|onetrust|gdpr/i },
  { reason: 'advertisement-label', pattern: /ad-?slot|google_ads|adsbygoogle|advert(?!orial)|(?:^|[\s_-])ad-(?:container|wrapper|unit|label)/i },
  { reason: 'app-banner', pattern: /app-?banner|download-?app|app-?download|app-?promo/i },
  // Reader-revenue appeals: Guardian "contributions-epic", "support-banner", donation and
  // membership asks, "reader-revenue" slots.
  { reason: 'donation-appeal', pattern: /contributions?-?(?:epic|ask|banner|appeal)|reader-?revenue|support-?(?:us|banner)(?:\b|[-_])|donat(?:e|ion)-?(?:box|banner|ask|cta|appeal)|membership-?(?:ask|banner|cta|appeal)/i },
];
/** Any of the markers, for a quick first test. */
export const PROMO_MARKER_ANY = new RegExp(PROMO_MARKERS.map((m) => m.pattern.source).join('|'), 'i');

/**
 * Call-to-action boxes: a short block with a CTA link or button ("Get the app", "Sign up",
 * "Subscribe") that talks about an app/newsletter/alerts, and is not a sentence (prose that
 * links "sign up" ends with punctuation). Seen as "Get breaking news first / Download the
 * <Site> app for instant alerts / Get the app" inline boxes and sidebar newsletter boxes.
 */
export const CTA_LINK_TEXT = /^(?:(?:get|download|install) (?:the|our) (?:[\w-]+ )?app(?: now| today)?|(?:sign up|subscribe|register|join)(?: now| here| for free| today)?|download(?: now)?|get alerts)$/i;
export const CTA_BLOCK_TOPIC = /\b(?:apps?|newsletters?|e-?mails?|inbox|alerts?|subscribe|subscription|notifications?)\b/i;
export const MAX_CTA_BLOCK_CHARS = 200;

/**
 * Reader-revenue appeals with no telling markup: a link or button whose whole text is a
 * donation call ("Support us", "Donate now", "Become a supporter"), inside a small box that
 * talks about support or funding. The box is the largest ancestor under
 * MAX_APPEAL_BOX_CHARS; an article paragraph that links "donate" is inside a far larger box.
 */
export const DONATION_CTA_TEXT = /^(?:support us|support (?:the|our) [\w'’ -]{1,30}|donate(?: now| today| here)?|(?:make a )?contribut(?:e|ion)(?: now| today)?|become a (?:member|supporter|patron|subscriber)|give (?:now|today))(?:\s*[→›>»])?$/i;
export const APPEAL_TOPIC = /\b(?:support(?:s|ing|ed)?|contribut\w*|donat\w*|fund\w*|independent journalism|readers? like you)\b/i;
export const MAX_APPEAL_BOX_CHARS = 400;

/** A structural promo container with more text than this is left alone. */
export const MAX_PROMO_CONTAINER_CHARS = 400;

/** App-store badge images. */
export const APP_BADGE_ALT = /^(?:app[- ]?store|play[- ]?store|google[- ]?play|download on the app store|get it on google play|available on the app store)$/i;

/**
 * Navigation left at the very start or end of an extracted article ("HOME | STORIES |
 * CONTACT", "<< Back to stories" on an old table-less page): a short block that is almost
 * all link text. Only the first and last few blocks are tested, never the middle.
 */
export const EDGE_NAV_MAX_CHARS = 120;
export const EDGE_NAV_MIN_LINK_SHARE = 0.8;
export const EDGE_NAV_MAX_BLOCKS = 3;

/**
 * Lists of links left inside the extracted article: the site's menus ("Home / Local / Sports /
 * Obituaries …" in a header Readability took along, since it never removes lists for their
 * links) and "more on this" link lists ("15 Amazing Images of Stars / 11 Facts About …").
 * A list goes when it sits before the story's first paragraph or after its last, has at least
 * LINK_LIST_MIN_ITEMS items, nearly all its text is link text and most links point into the
 * page's own site. It stays when it is in the middle of the story, when its links lead
 * elsewhere (a "Who can get help" list of advice lines), when it holds most of the article
 * (a page that is a list), or when the story introduces it ("The documents:", "The nominees
 * are listed below.").
 */
export const LINK_LIST_MIN_ITEMS = 3;
export const LINK_LIST_MIN_LINK_SHARE = 0.8;
export const LINK_LIST_MIN_OWN_SITE_SHARE = 0.6;
export const LINK_LIST_MAX_ARTICLE_SHARE = 0.5;
export const LIST_INTRODUCED = /[:：]\s*$|\b(?:below|following|these|here (?:are|is)|include|includes|including)\b[^.!?]*[.:]?\s*$/i;
/** Only lists before the story's first paragraph or after its last are tested; a paragraph is this long. */
export const STORY_PROSE_CHARS = 120;

/**
 * Page furniture at the top and bottom of the extracted article (the dateline printed again,
 * the author's bio box), tested only within the first EDGE_LEAD_BLOCKS blocks (link-only
 * lines not counted) and the last EDGE_TAIL_BLOCKS blocks: the same kind of line in the middle
 * of a story (a live blog's entry times) is left alone.
 */
export const EDGE_LEAD_BLOCKS = 8;
export const EDGE_TAIL_BLOCKS = 4;
/**
 * After the story, a label left without what it labelled: "Tags" over its keywords (the
 * keywords go too when they are a comma-separated list), "Comments" over nothing, "You may
 * also like:" or "More:" over links that were removed.
 */
export const TAGS_LABEL = /^(?:tags?|tagged|topics?|keywords?)\s*:?$/i;
/** Comma-separated keywords (the class already takes the spaces: no `\\s*`, which backtracked exponentially). */
export const KEYWORD_LIST = /^[^.!?,]{1,40}(?:,[^.!?,]{1,40}){2,}$/;
export const MAX_KEYWORD_LIST_CHARS = 400;
/** After the story: "About the author" over the bio box. */
export const ABOUT_AUTHOR_HEADING = /^(?:about (?:the )?authors?|über (?:den|die) (?:autor|autorin|autoren|autorinnen)|zur person|autor(?:in|en)?|von|à propos de l(?:'|’)auteur(?:e)?|sobre (?:el|la|o|a) (?:autor|autora)|o autorze|l(?:'|’)autore)\s*:?$/iu;
/** What a bio says right after the author's name: "Regan is a…", "Emiliano joined…", "Mike Wall's book…". */
export const AUTHOR_BIO_LEAD = /^(?:['’]s\s+(?:new\s+|latest\s+)?book\b|\s+(?:is|was|has|had|joined|writes|wrote|covers|reports|lives|grew|holds|previously|spent|began|started|studied|graduated)\b)/i;
/** And what it says about the author's work: "Sarah was diagnosed in 2019" is the story's Sarah. */
export const AUTHOR_BIO_WORDS = /\b(?:reporter|writer|editor|correspondent|journalist|author|columnist|contributor|freelance|blogger|photographer|producer|curator|critic|host|anchor|covers|covering|joined|native|book)\b/i;
/** A byline that names an organisation, not a person. */
export const ORGANISATION_BYLINE = /\b(?:news|staff|press|wire|desk|reuters|agency|associated|editors?|team|reporters?|correspondents?|bureau|online|digital|times|post|media)\b/i;
/** A bio is a short paragraph. */
export const MAX_AUTHOR_BIO_CHARS = 600;

/**
 * Screen-reader labels printed before captions (BBC's visually hidden "Image caption, ",
 * "Image source, ", "Media caption, "): noise in plain text, cut from the block's start.
 */
export const SCREEN_READER_LABEL = /^(?:image|media|video|photo|picture) (?:caption|source|credit),\s*/i;
