/** String helpers shared by the stages (no DOM here). */
import { NON_WORD } from '../rules/dedupe-rules.ts';

const WS = /\s+/g;

/** Collapse every run of whitespace (incl. NBSP) to one space and trim. */
export function collapse(text: string): string {
  return text.replace(WS, ' ').trim();
}

/** Non-space characters of a text: link share is measured without layout whitespace. */
export function solidLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** Log-friendly text: collapsed and cut at `max` characters with an ellipsis. */
export function truncate(text: string, max = 160): string {
  const t = collapse(text);
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

/**
 * Comparison key: case, quote style, punctuation and whitespace folded away, so
 * "Trump said: ‘Yes’" and "trump said 'yes'." compare equal.
 */
export function normalizeKey(text: string): string {
  return text.toLowerCase().replace(NON_WORD, ' ').trim();
}

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Reading time at 230 words per minute; 0 for no text, else at least 1. */
export function readingMinutes(text: string): number {
  const words = countWords(text);
  return words === 0 ? 0 : Math.max(1, Math.ceil(words / 230));
}

/** Terminal escape sequences: CSI (ESC [ … final byte) and OSC (ESC ] … BEL or ESC \\). */
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * Output hygiene for result fields: a page's text may carry terminal escapes
 * ("Harbour\u001b[2J council") that would act on the CLI user's terminal. Escape sequences
 * go whole, other C0/C1 controls become nothing (tabs become spaces); newlines are kept
 * only in multi-line fields.
 */
export function stripControls(text: string, multiline = false): string {
  let out = text.replace(ANSI_SEQUENCE, '').replace(/\t/g, ' ').replace(CONTROL, '');
  if (!multiline) out = out.replace(/\n/g, ' ');
  return out;
}

/** Han, kana and hangul: one such character carries about as much as a short Latin word. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
/** How many Latin characters one CJK character counts for in length thresholds. */
const CJK_WEIGHT = 3;

/**
 * Text length for thresholds written in Latin characters ("a story paragraph has 80+
 * characters"): Japanese and Chinese say as much in a third of the characters.
 */
/**
 * Words in a title, where Chinese and Japanese titles have no spaces: each run of CJK
 * characters counts one word per two characters. Used to tell a story title from a label.
 */
export function titleWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk === 0 ? countWords(text) : countWords(text.replace(CJK, ' ')) + Math.floor(cjk / 2);
}

export function weightedLength(text: string): number {
  if (text.length < 8) return text.length;
  const cjk = text.match(CJK)?.length ?? 0;
  return text.length + cjk * (CJK_WEIGHT - 1);
}

/**
 * Named character references decoded by plainText: markup's own, the typographic ones
 * news metadata carries, and Latin letters. Others stay as written (numeric ones are
 * always decoded).
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
  bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', prime: '′', Prime: '″',
  copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×', divide: '÷', frac12: '½', frac14: '¼',
  frac34: '¾', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', dagger: '†', Dagger: '‡',
  iexcl: '¡', iquest: '¿', szlig: 'ß', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', aring: 'å', Aring: 'Å',
  ccedil: 'ç', Ccedil: 'Ç', ntilde: 'ñ', Ntilde: 'Ñ', eth: 'ð', thorn: 'þ', oelig: 'œ', OElig: 'Œ', scaron: 'š',
  Scaron: 'Š', zcaron: 'ž', Zcaron: 'Ž',
};
/** Accented vowels: &eacute; &Agrave; &ouml; &icirc; &atilde; … */
const ACCENTS: Record<string, string> = { acute: '\u0301', grave: '\u0300', uml: '\u0308', circ: '\u0302', tilde: '\u0303' };
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,7}));/g;

function decodeReference(ref: string, dec?: string, hex?: string, name?: string): string {
  if (dec !== undefined || hex !== undefined) {
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    // As the HTML parser does: NUL, surrogates and beyond-Unicode become U+FFFD.
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
  }
  const named = NAMED_ENTITIES[name!];
  if (named !== undefined) return named;
  const accent = /^([aeiouyAEIOUY])(acute|grave|uml|circ|tilde)$/.exec(name!);
  return accent ? (accent[1]! + ACCENTS[accent[2]!]!).normalize('NFC') : ref;
}

/** Comments, CDATA, doctypes and processing instructions, closed or running to the end. */
const MARKUP_DECLARATION = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^<>]*(?:>|$)/g;
/**
 * A tag: '<', an optional '/', a letter, then anything up to '>'. A '<' followed by a space
 * or a digit is prose ("a < b", "3 <5 km", "I <3 it"), never a tag. An unclosed tag
 * running to the end of the field ("<img src=x onerror=alert(1)") goes too.
 */
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)[^<>]*(?:>|$)/g;
/** Tags inside a word ("un<i>believ</i>able") leave nothing; any other leaves a space ("Floods<br>close roads"). */
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);
const TAG_START = /[a-zA-Z!?]/;
const LETTER = /[a-zA-Z]/;

/**
 * Drops every '<' that would open a tag in the text as it ends up: scanned from the end,
 * so dropping one '<' cannot make another open a tag ("<</b", "</<b"). Linear.
 */
function dropTagOpeners(text: string): string {
  if (!text.includes('<')) return text;
  const kept: string[] = []; // reversed
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    const next = kept[kept.length - 1];
    if (c === '<' && next !== undefined && (TAG_START.test(next) || (next === '/' && LETTER.test(kept[kept.length - 2] ?? '')))) continue;
    kept.push(c);
  }
  return kept.reverse().join('');
}
/** Bidi embedding, override and isolate controls: they reorder the text around them. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * A one-line result field (title, source, byline, time, related titles and sources,
 * removal-log texts) as plain text: character references decoded once (so "&amp;lt;"
 * stays "&lt;"), terminal and other controls removed (stripControls), then tags and
 * markup-like fragments removed (so a decoded "&lt;img onerror=…&gt;" goes too, and
 * "<<b>b>" cannot leave a tag behind), bidi embedding, override
 * and isolate controls removed, whitespace collapsed. Metadata is text, but sites put
 * markup and escaped markup in it; a CLI or library user may put these fields into HTML.
 */
export function plainText(value: string): string {
  let out = stripControls(value.replace(CHARACTER_REFERENCE, decodeReference));
  for (let i = 0; i < 3; i++) {
    const next = out.replace(MARKUP_DECLARATION, ' ').replace(TAG, (_tag, name: string) => (INLINE_TAGS.has(name.toLowerCase()) ? '' : ' '));
    if (next === out) break;
    out = next;
  }
  // Nesting deeper than the passes ("<<<<b>b>b>b>") must not leave a tag: linear, whatever the input.
  out = dropTagOpeners(out);
  return collapse(out.replace(BIDI_CONTROL, ''));
}

/**
 * A one-line field cut to a length a reader can use: at most `max` characters, ending at a
 * word boundary when one is near, with an ellipsis; never inside a surrogate pair. A page
 * whose <title> is a megabyte long must not give a megabyte title.
 */
export function capField(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--; // do not split a surrogate pair
  const space = text.lastIndexOf(' ', cut);
  if (space >= max * 0.6) cut = space;
  return `${text.slice(0, cut).trimEnd()}…`;
}
