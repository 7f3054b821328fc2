/**
 * Bytes → HTML text, the way a browser would pick the encoding (a reduced
 * version of the WHATWG "encoding sniffing algorithm"): byte order mark, then
 * the HTTP Content-Type charset, then a `<meta charset>` / `http-equiv` prescan,
 * else UTF-8. Decoding uses TextDecoder, which in Node's full ICU knows the
 * legacy encodings news sites still serve (windows-1251, shift_jis, gbk, …).
 */

/**
 * How far to look for a `<meta charset>`. The spec's prescan stops at 1024
 * bytes, but real pages put a kilobyte of inline script or tracking meta
 * before it; browsers then re-decode. Scanning further costs nothing.
 */
const META_PRESCAN_BYTES = 8192;

/** `<meta charset=x>` and `<meta http-equiv=content-type content="text/html; charset=x">`. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_:.+-]+)/i;
const HEADER_CHARSET = /\bcharset\s*=\s*["']?([a-z0-9_:.+-]+)/i;

/** File signatures of formats people mistake for pages (checked before decoding). */
const BINARY_SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip data that could not be inflated', [0x1f, 0x8b]],
  ['a WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
];

export class NotHtmlError extends Error {}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.length <= bytes.length && signature.every((b, i) => bytes[i] === b);
}

/** Encoding named by a byte order mark, if any. */
export function bomEncoding(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  return null;
}

/** Canonical TextDecoder name for a label, or null when the label is unknown. */
function knownEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** Charset declared in the document's first bytes, by `<meta>`. */
export function metaCharset(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one char, so ASCII markup reads correctly whatever the real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_PRESCAN_BYTES)).toString('latin1');
  const match = META_CHARSET.exec(head);
  return match ? match[1]! : null;
}

export function headerCharset(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = HEADER_CHARSET.exec(contentType);
  return match ? match[1]! : null;
}

/** The encoding to decode with, and where the decision came from. */
export function sniffEncoding(bytes: Uint8Array, contentType?: string | null): { encoding: string; from: string } {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom, from: 'bom' };
  const header = headerCharset(contentType);
  const fromHeader = header ? knownEncoding(header) : null;
  if (fromHeader) return { encoding: fromHeader, from: 'http' };
  const meta = metaCharset(bytes);
  let fromMeta = meta ? knownEncoding(meta) : null;
  // The prescan itself was read as ASCII, so a meta claiming UTF-16 is wrong (WHATWG: use UTF-8);
  // x-user-defined is treated as windows-1252 by the same rule.
  if (fromMeta === 'utf-16le' || fromMeta === 'utf-16be') fromMeta = 'utf-8';
  if (fromMeta === 'x-user-defined') fromMeta = 'windows-1252';
  if (fromMeta) return { encoding: fromMeta, from: 'meta' };
  return { encoding: 'utf-8', from: 'default' };
}

/**
 * Fraction of control characters (NUL and the other C0 controls but tab, newline, form feed
 * and return) that marks binary data. A page with a few stray NULs in it (seen on a real news
 * page: 22 in 190 KB) is still a page: a browser parses it and drops them, and so do we
 * (the HTML parser ignores NULs in text, as browsers do). Binary files are dense with them.
 */
const MAX_CONTROL_CHAR_RATIO = 0.01;
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000e-\u001f]/g;
/** Something that looks like a tag, a doctype or a comment. */
const HTML_TAG = /<(?:[a-z][a-z0-9-]*[\s/>]|!doctype|!--)/i;

/**
 * Throws NotHtmlError unless `text` plausibly is an HTML document. The check
 * is deliberately lenient (a fragment with one tag passes, stray control characters are
 * fine) but refuses binary data and plain text.
 */
export function assertLooksLikeHtml(text: string): void {
  const sample = text.slice(0, 65536);
  const controls = sample.match(CONTROL_CHARS)?.length ?? 0;
  if (controls > sample.length * MAX_CONTROL_CHAR_RATIO) {
    throw new NotHtmlError(`not HTML (binary data: ${sample.includes('\u0000') ? 'NUL bytes and ' : ''}control characters)`);
  }
  if (!HTML_TAG.test(text)) throw new NotHtmlError('not HTML (no tag found)');
}

/** Decode page bytes into HTML text, refusing data that is not HTML. */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes.length === 0) throw new NotHtmlError('empty input');
  for (const [name, signature] of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature)) throw new NotHtmlError(`not HTML (${name})`);
  }
  const { encoding } = sniffEncoding(bytes, contentType);
  // The default (ignoreBOM: false) strips a BOM that matches the encoding.
  const text = new TextDecoder(encoding).decode(bytes);
  assertLooksLikeHtml(text);
  return text;
}
