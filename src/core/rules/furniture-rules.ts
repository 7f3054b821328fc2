/**
 * Site furniture: images that are no picture of the story (spacers and tracking pixels, icons,
 * the site's or a provider's logo, decorative backgrounds, the letters of a text-size widget)
 * and rows of utility links (print, e-mail, share, text size). They are removed quietly: logged
 * as furniture, never counted as promo. A picture of the story stays whatever its alt text
 * says: these rules look at what an image is (its size, its file, its place), and read the alt
 * text only where it can only name furniture.
 */

/** An image this small in either printed dimension is a spacer or a tracking pixel. */
export const MAX_SPACER_PX = 3;
/** An image at most this big (every printed dimension) is an icon. */
export const MAX_ICON_PX = 32;
/** A logo this wide or wider is a picture of it (a story about a new logo): kept. */
export const MIN_PICTURE_LOGO_PX = 300;

/**
 * File names of spacers and one-letter GIFs old sites lay out with ("spacer.gif", "pixel.gif",
 * "1x1.png", "clear.gif", "o.gif", "x.gif").
 */
export const SPACER_FILE = /(?:^|\/)(?:[a-z_]{1,2}|spacer|pixel|blank|clear|clearpixel|trans|transparent|dot|shim|space|1x1|1px|empty|null)\.(?:gif|png)$/i;
/** Icon files: favicons, .ico, anything under an icons folder, "-icon.png". */
export const ICON_FILE = /(?:\.ico$|(?:^|\/)(?:favicon|apple-touch-icon)[^/]*$|\/icons?\/|[-_]icon[-_.]|(?:^|\/)icon[-_.])/i;
/** A logo's file ("logo.svg", "site-logo.png", "/logos/cnn.png"). */
export const LOGO_FILE = /(?:^|[/_-])logos?(?:[/_.-]|$)/i;

/** Alt text that names a logo and nothing more ("logo", "Guardian logo", "Logo CNBC"). */
export const LOGO_ALT = /^(?:(?:[\p{L}\d&'’.-]+\s){0,3}logo|logo(?:\s[\p{L}\d&'’.-]+){0,3})$/iu;
/**
 * Alt text of a decorative image or a placeholder ("Orange background", "background image",
 * "placeholder", "spacer", "loading…"): nothing a reader looks at.
 */
export const DECORATIVE_ALT = /^(?:(?:[\p{L}-]+\s){0,2}background(?:\s(?:image|picture|graphic))?|placeholder(?:\simage)?|image placeholder|blank|spacer|pixel|transparent|dummy|loading\.*|default image)$/iu;
/** The letters of a text-size or zoom widget drawn as images ("A", "A+", "+", "–"). */
export const WIDGET_ALT = /^(?:a|a\+|a-|a−|\+|-|−|–|aa|a a)$/i;

/**
 * A row of utility links: every part is one of these ("Print | E-mail | Share", "Text size:
 * A A A", "E-mail to a friend", "Drucken Versenden", "drukuj"). Whole rows only, so prose
 * that says "print" or "share" is never matched.
 */
const UTILITY_WORDS = [
  'print(?: (?:this )?(?:article|story|page))?', 'printer[- ]friendly(?: version)?', 'e-?mail(?: (?:this )?(?:article|story|page))?', 'e-?mail (?:to )?a friend', 'send to a friend', 'share(?: (?:this )?(?:article|story|page))?',
  'text size', 'font size', 'larger text', 'smaller text', 'increase text size', 'decrease text size', 'reset', 'a', 'a\\+', 'a-', 'a−', '\\+', '-', '−', 'bookmark', 'save', 'permalink', 'trackback(?:-url)?', 'rss', 'pdf', 'comments? (?:closed|off)', 'kommentare (?:sind )?geschlossen', 'kommentare? (?:\\(\\d+\\)|aus)',
  'drucken', 'artikel drucken', 'versenden', 'artikel versenden', 'teilen', 'schriftgröße', 'merken', 'kommentarfeed',
  'imprimer', 'envoyer', 'partager', 'permalien', 'imprimir', 'enviar', 'compartir', 'stampa', 'invia', 'condividi', 'drukuj', 'wyślij', 'udostępnij', 'afdrukken', 'delen',
];
export const UTILITY_ROW = new RegExp(`^(?:${UTILITY_WORDS.join('|')})(?:\\s*[|·•/,:]?\\s*(?:${UTILITY_WORDS.join('|')}))*$`, 'iu');
