// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeHtml, NotHtmlError, sniffEncoding } from '../../../src/cli/decode.ts';

const enc = new TextEncoder();
const PAGE = '<!doctype html><html><head><title>Привет</title></head><body><p>Мир — ёж</p></body></html>';

function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}
function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  return new Uint8Array(le.swap16());
}
/** windows-1251 bytes for Cyrillic text (А..я map to 0xC0..0xFF, ё to 0xB8). */
function cp1251(text: string): Uint8Array {
  return new Uint8Array(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (ch === 'ё') return 0xb8;
      if (ch === '—') return 0x97;
      throw new Error(`no cp1251 byte for ${ch}`);
    }),
  );
}

describe('decodeHtml', () => {
  it('decodes UTF-8 and strips its BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(PAGE)]);
    expect(sniffEncoding(bytes, 'text/html; charset=windows-1251')).toBe('UTF-8');
    expect(decodeHtml(bytes)).toBe(PAGE);
  });

  it('decodes UTF-16LE and UTF-16BE by their BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, ...utf16le(PAGE)]);
    const be = new Uint8Array([0xfe, 0xff, ...utf16be(PAGE)]);
    expect(decodeHtml(le)).toBe(PAGE);
    expect(decodeHtml(be)).toBe(PAGE);
  });

  it('decodes windows-1251 declared by <meta charset>', () => {
    const page = PAGE.replace('<head>', '<head><meta charset="windows-1251">');
    const bytes = cp1251(page);
    expect(sniffEncoding(bytes)).toBe('windows-1251');
    expect(decodeHtml(bytes)).toBe(page);
  });

  it('decodes windows-1251 declared by http-equiv Content-Type', () => {
    const page = PAGE.replace('<head>', '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">');
    expect(decodeHtml(cp1251(page))).toBe(page);
  });

  it('prefers the HTTP charset to <meta>, and the BOM to both', () => {
    const page = PAGE.replace('<head>', '<head><meta charset="utf-8">');
    expect(decodeHtml(cp1251(page), 'text/html; charset=windows-1251')).toBe(page);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(page)]);
    expect(decodeHtml(withBom, 'text/html; charset=windows-1251')).toBe(page);
  });

  it('falls back to UTF-8, and ignores unknown labels and a <meta> claiming UTF-16', () => {
    expect(sniffEncoding(enc.encode(PAGE))).toBe('UTF-8');
    expect(decodeHtml(enc.encode(PAGE.replace('<head>', '<head><meta charset="klingon-8">')))).toContain('Привет');
    // A prescan that could read the <meta> was not UTF-16: WHATWG reads such a page as UTF-8.
    expect(decodeHtml(enc.encode(PAGE.replace('<head>', '<head><meta charset="utf-16">')))).toContain('Привет');
    // An unknown HTTP charset gives way to the <meta>.
    const page = PAGE.replace('<head>', '<head><meta charset="windows-1251">');
    expect(decodeHtml(cp1251(page), 'text/html; charset=klingon-8')).toBe(page);
  });

  it('finds a <meta> charset after the spec\'s first kilobyte (browsers re-decode), up to 8 KB', () => {
    const script = `<script>var tracking = "${'x'.repeat(2000)}";</script>`;
    const late = PAGE.replace('<head>', `<head>${script}<meta charset="windows-1251">`);
    // windows-1251 is one byte a character, so string offsets are byte offsets.
    expect(late.indexOf('<meta charset')).toBeGreaterThan(1024);
    expect(decodeHtml(cp1251(late))).toBe(late);
    // One that straddles byte 1024, so the first prescan saw it cut short.
    const filler = `<script>${'x'.repeat(1024 - '<!doctype html><html><head><script></script><meta charset="wi'.length)}</script>`;
    const straddling = PAGE.replace('<head>', `<head>${filler}<meta charset="windows-1251">`);
    expect(straddling.indexOf('<meta charset')).toBeLessThan(1024);
    expect(straddling.indexOf('-1251"')).toBeGreaterThanOrEqual(1024);
    expect(decodeHtml(cp1251(straddling))).toBe(straddling);
    const tooLate = PAGE.replace('<head>', `<head><script>${'x'.repeat(9000)}</script><meta charset="windows-1251">`);
    expect(sniffEncoding(cp1251(tooLate))).toBe('UTF-8');
  });

  it('ignores a <meta> charset in a comment, or in content= without http-equiv, as the WHATWG prescan does', () => {
    const page = PAGE.replace('<head>', '<head><!-- <meta charset="windows-1251"> -->');
    expect(sniffEncoding(enc.encode(page))).toBe('UTF-8');
    expect(decodeHtml(enc.encode(page))).toBe(page);
    const noPragma = PAGE.replace('<head>', '<head><meta name="x" content="text/html; charset=windows-1251">');
    expect(decodeHtml(enc.encode(noPragma))).toBe(noPragma);
  });

  it('decodes every WHATWG encoding, ISO-8859-16 too (Node\'s TextDecoder has not got it)', () => {
    const bytes = new Uint8Array([...enc.encode('<meta charset="iso-8859-16"><p>'), 0xaa, 0xa1]);
    expect(sniffEncoding(bytes)).toBe('ISO-8859-16');
    expect(decodeHtml(bytes)).toBe('<meta charset="iso-8859-16"><p>ȘĄ');
  });

  it('refuses a page in an encoding browsers will not decode (WHATWG "replacement")', () => {
    for (const label of ['iso-2022-kr', 'hz-gb-2312', 'iso-2022-cn']) {
      expect(() => decodeHtml(enc.encode(`<meta charset="${label}"><p>x</p>`))).toThrow(/refuse to decode/);
    }
    expect(() => decodeHtml(enc.encode('<p>x</p>'), 'text/html; charset=csiso2022kr')).toThrow(NotHtmlError);
  });

  it('knows the legacy encodings news sites serve', () => {
    expect(sniffEncoding(enc.encode('<meta charset="shift_jis">'))).toBe('Shift_JIS');
    expect(sniffEncoding(enc.encode('<meta charset="gb2312">'))).toBe('GBK');
    // "日本" in Shift_JIS
    const sjis = new Uint8Array([...enc.encode('<meta charset="shift_jis"><p>'), 0x93, 0xfa, 0x96, 0x7b]);
    expect(decodeHtml(sjis)).toContain('日本');
  });

  it.each([
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['mostly NUL bytes after a tag', enc.encode(`<html>${'\u0000'.repeat(2000)}<p>x</p>`)],
    ['plain text', enc.encode('Just some words, no markup at all.\n')],
    ['an empty file', new Uint8Array()],
    ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])],
  ])('refuses %s as not HTML', (_name, bytes) => {
    expect(() => decodeHtml(bytes)).toThrow(NotHtmlError);
  });

  it('parses a page with a few stray NUL and control bytes, as a browser does (22 NULs seen on a real news page)', () => {
    const story = '<p>The council voted on Tuesday to keep the library open for another year.</p>'.repeat(40);
    const page = `<!doctype html><html><head><title>Library stays open</title></head><body>\u0000<h1>Library\u0000 stays open</h1>${story}\u0000\u0001</body></html>`;
    expect(decodeHtml(enc.encode(page))).toContain('Library stays open</title>');
  });

  it('accepts a fragment with a tag', () => {
    expect(decodeHtml(enc.encode('<p>Hello</p>'))).toBe('<p>Hello</p>');
  });
});
