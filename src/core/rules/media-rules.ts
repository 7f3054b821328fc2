/**
 * Pictures: what counts as a placeholder source, which attributes never hold the real
 * source, and how much text a picture's wrapper may hold to count as picture + caption.
 */

/**
 * A file name that says "not the picture yet": lazy-loading placeholders, spacer GIFs,
 * grey boxes ("/img/placeholder.svg", "blank.gif", "lazy-1x1.png", "spacer.gif").
 */
export const PLACEHOLDER_SRC = /(?:^|[/_.-])(?:placeholder|blank|spacer|pixel|transparent|lazy(?:load)?|loading|loader|1x1|dummy|grey|gray|empty)(?:[_.-][^/]*)?$/i;

/** Attributes that are not a lazy image's real source (src itself, text, layout, tracking). */
export const IMAGE_URL_ATTR_SKIP = new Set(['src', 'alt', 'title', 'class', 'id', 'style', 'width', 'height', 'loading', 'decoding', 'sizes', 'fetchpriority', 'role', 'aria-hidden', 'aria-label', 'data-pin-description']);

/**
 * A wrapper holding one picture and at most this much text is a picture with its caption
 * and credit ("Each rivet was heated in a coal forge… Photograph: Dana Fell/Valley Herald").
 * Longer text is story text beside a picture, and is left alone.
 */
export const MAX_FIGURE_TEXT_CHARS = 300;

/**
 * Posts embedded in a story with their text as a fallback (the text shows until the
 * platform's script draws the post): a tweet, an Instagram, TikTok, Threads, Bluesky,
 * Mastodon, Reddit or Facebook post. They are what the story quotes, so they are content.
 */
export const EMBEDDED_POST_CLASS = /(?:^|\s)(?:twitter-tweet|instagram-media|tiktok-embed|text-post-media|bluesky-embed|mastodon-embed|reddit-embed-bq|reddit-card|fb-post)(?:\s|$)/;
/** A quoted post's address in `cite` (a tweet quoted without the platform's class). */
export const EMBEDDED_POST_CITE = /^https?:\/\/(?:www\.)?(?:twitter\.com|x\.com)\//i;
/**
 * Class or id words for which Readability drops a wrapper before scoring (its
 * "unlikely candidates"); a wrapper named "social-media-embed" takes the post with it.
 */
export const UNLIKELY_WRAPPER = /-ad-|banner|combx|comment|community|disqus|extra|footer|header|menu|related|remark|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|popup|embed/i;
/** A wrapper with this much more text than the post is a section of the page, not the post's frame. */
export const MAX_EMBED_WRAPPER_EXTRA_CHARS = 200;

/**
 * A caption printed as an ordinary paragraph, known by the credit it ends with:
 * "(AP Photo/Alan Diaz, File)", "(Photo by Kevin Mazur/Getty Images for Ithaca)", "(Image: GETTY)", "(NASA via AP, File)",
 * "… 2019. REUTERS/Brendan McDermid", "…treatmentCredit: EPA", "Photograph: Dana Fell/Valley
 * Herald", "| Bloomberg | Getty Images". Case-sensitive on purpose: "a Reuters/Ipsos poll",
 * "the EPA/Army Corps", "Child tax credit: up to $2,000" and "(pictured)" are prose. Like a
 * figure's caption it belongs to its picture: kept beside the picture in html, never in
 * `text`, dropped when no picture is beside it.
 */
export const CAPTION_CREDIT_END = new RegExp(
  '(?:' + [
    // "(AP Photo/…)", "(Photo by …)", "(Image: GETTY)", "(File photo: …)"
    String.raw`\((?:\p{Lu}{2,6}\s+)?(?:Photos?|PHOTOS?|Images?|IMAGES?|Pictures?|Fotos?|File [Pp]hoto|FILE PHOTO)(?:\s+by\s|\s*[:/])[^()]{1,90}\)`,
    // "(NASA via AP, File)", "(Reuters, File)"
    String.raw`\((?:[^()]{1,40}\svia\s(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images)(?:,\s*[Ff]ile)?|(?:AP|AFP|Reuters|REUTERS|EPA),\s*[Ff]ile)\)`,
    // "… 2019. REUTERS/Brendan McDermid"
    String.raw`(?:^|[.)]\s+)(?:REUTERS|AFP|AP|EPA|UPI|XINHUA|ANADOLU|GETTY)\/\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}`,
    // "…treatmentCredit: EPA" (glued to the caption), "| Credit: EPA"
    String.raw`(?:\p{Ll}|[|]\s*)(?:Credit|CREDIT):\s*\p{Lu}[^.!?]{0,70}`,
    // "… at dawn. Photograph: Dana Fell/Valley Herald", "… of the dam. Photo: Ann Reid", "… am Ufer. Foto: Jan Roe"
    String.raw`(?:^|[.)]\s+)(?:Photograph|PHOTOGRAPH|Photo|PHOTO|Foto|FOTO|Bild|BILD):\s*\p{Lu}[^.!?]{0,70}`,
    // "| Bloomberg | Getty Images", "/ Getty Images", "Jane Roe via Getty Images"
    String.raw`(?:[|/]\s*|\p{Lu}[\p{L}.'’-]+\svia\s)(?:Getty Images|Shutterstock|iStock(?:photo)?|Alamy(?: Stock Photo)?|AP Images)`,
  ].map((alt) => `(?:${alt})`).join('|') + String.raw`)\s*\.?$`,
  'u',
);
export const MAX_CAPTION_PARAGRAPH_CHARS = 400;

/**
 * A picture credit printed as its own line ("Photo: Hau Dinh, AP", "Image: Hanwha Q cells"):
 * like a caption, kept beside its picture in html, never in `text`, dropped when no picture
 * is beside it (the picture was a gallery the extraction left out).
 */
export const CREDIT_LINE = new RegExp(
  '^(?:' + [
    // "Photo: Hau Dinh, AP", "Titelbild: Jan Roe", "Crédits photos : Bestimage", "Foto de: …"
    String.raw`(?:(?:Photo|Image|Picture) credits?|Photo(?:graph)?s?|Images?|Pictures?|Fotos?|Credits?|PHOTOS?|IMAGES?|CREDITS?|Bild(?:er)?|Titelbild|Beitragsbild|Bildquelle|Bildnachweis|Fotonachweis|Crédits? photos?|Crédits?|Fotografía|Foto de|Zdjęcie|Fot\.)\s*:\s*\p{Lu}[^.!?]{0,50}`,
    // "Photograph by Jane Roe", "Photo by Kevin Mazur"
    String.raw`(?:Photograph|Photo|Foto|Bild) (?:by|von|de|di)\s+\p{Lu}[^.!?]{0,50}`,
    // A picture agency's credit line: "AFP / MARCO BERTORELLO", "dpa / Jan Roe", "iStock.com/Jan Roe"
    String.raw`(?:AFP|AP|dpa|DPA|EPA|Reuters|REUTERS|Getty Images|iStock(?:\.com)?|Imago|IMAGO|picture alliance|Keystone|KEYSTONE|ANP|ANSA|PAP|Shutterstock|Alamy)(?:\s*\/\s*\p{L}[^.!?/]{0,50})?`,
  ].join('|') + ')$',
  'u',
);
