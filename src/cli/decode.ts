/**
 * Bytes → HTML text, the way a browser picks the encoding: the WHATWG
 * "encoding sniffing algorithm" (byte order mark, then the HTTP Content-Type
 * charset, then the `<meta>` prescan) by html-encoding-sniffer, and decoding by
 * @exodus/bytes, the pair jsdom itself uses for byte input. Node's own
 * TextDecoder lacks encodings the sniffer can name (ISO-8859-16, x-user-defined,
 * replacement); @exodus/bytes has every WHATWG encoding, native speed where Node
 * has one. When nothing is declared this CLI reads UTF-8, not the sniffer's
 * windows-1252 (the spec leaves the default to the user agent).
 */
import { legacyHookDecode } from '@exodus/bytes/encoding.js';
import sniffHtmlEncoding from 'html-encoding-sniffer';

/** Returned by the sniffer for "nothing declared" (not an encoding label, so never a real answer). */
const UNDECLARED = '(undeclared)';
const DEFAULT_ENCODING = 'UTF-8';

/** The spec's prescan length, which html-encoding-sniffer has fixed. */
const SPEC_PRESCAN_BYTES = 1024;
/**
 * How far to look for a `<meta>` charset after the spec's prescan found none. Real pages put a
 * kilobyte of inline script or tracking meta before it; browsers honour such a late `<meta>`
 * (the parser's "change the encoding" step re-decodes the page) and so do we, up to here.
 */
const LATE_META_BYTES = 8192;
const META_START = /<meta[\t\n\f\r /]/gi;

/**
 * The charset parameter of a Content-Type value, as the sniffer wants a label, not a header.
 * Hand-written: Node does not expose Fetch's "extract a MIME type", and a one-value MIME parser
 * (whatwg-mimetype; util.MIMEType, experimental in Node 20) gives nothing for the comma-joined
 * value `Headers.get` returns for a repeated Content-Type, where Fetch still keeps the charset.
 */
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

export function headerCharset(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = HEADER_CHARSET.exec(contentType);
  return match ? match[1]! : null;
}

/**
 * A `<meta>` charset past the spec's prescan. html-encoding-sniffer stops at 1024 bytes, so it is
 * run again from each `<meta` that it did not see whole. Unlike the first kilobyte, this does not
 * know whether that `<meta` sits in a comment or a script.
 */
function lateMetaCharset(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one char, so the ASCII markup is found whatever the real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, LATE_META_BYTES)).toString('latin1');
  for (const match of head.matchAll(META_START)) {
    const tagEnd = head.indexOf('>', match.index);
    if (tagEnd !== -1 && tagEnd < SPEC_PRESCAN_BYTES) continue; // seen whole by the first prescan
    const found = sniffHtmlEncoding(bytes.subarray(match.index), { defaultEncoding: UNDECLARED });
    if (found !== UNDECLARED) return found;
  }
  return null;
}

/** The WHATWG name of the encoding to decode with (e.g. `UTF-8`, `windows-1251`, `Shift_JIS`). */
export function sniffEncoding(bytes: Uint8Array, contentType?: string | null): string {
  const declared = sniffHtmlEncoding(bytes, {
    transportLayerEncodingLabel: headerCharset(contentType) ?? undefined,
    defaultEncoding: UNDECLARED,
  });
  if (declared !== UNDECLARED) return declared;
  return lateMetaCharset(bytes) ?? DEFAULT_ENCODING;
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
  const encoding = sniffEncoding(bytes, contentType);
  // ISO-2022-KR, ISO-2022-CN and HZ-GB-2312 labels name the "replacement" encoding: browsers decode
  // such a page to a single U+FFFD (an XSS defence), so there is nothing to read.
  if (encoding === 'replacement') {
    throw new NotHtmlError('cannot decode (the page declares ISO-2022-KR, ISO-2022-CN or HZ-GB-2312, which browsers refuse to decode)');
  }
  // Strips the byte order mark, as a browser does.
  const text = legacyHookDecode(bytes, encoding);
  assertLooksLikeHtml(text);
  return text;
}
