/**
 * The page as the engine reads it: its HTML, address and base URL, taken in the tab and
 * cleaned in an extension page (issue 12: the engine is not injected into the page).
 *
 * `snapshotPage` runs in the tab's isolated world, through `scripting.executeScript({func})`
 * from the popup and the side panel, and from the auto-clean content script. executeScript
 * sends the function's source, so it closes over nothing and spells out what it needs.
 * It reads the document through the DOM prototypes: the page's `<img name="documentElement">`
 * or `<form name="baseURI">` shadow those names on `document` in every world. Serialising
 * changes nothing in the page and loads nothing.
 *
 * It writes its own HTML rather than take `outerHTML`: what the engine never reads (scripts,
 * stylesheets, inline SVG/MathML, templates, comments) stays out, and so do event handler
 * attributes and `<base href>`, which parsed in an extension page would each meet its CSP
 * (a logged refusal, though nothing could run: the parse is inert).
 */

export type PageSnapshot =
  | { ok: true; html: string; url: string; baseUrl: string }
  | { ok: false; unreadable: 'pdf' | 'not-html' };

/** The content API's way to say "my view stands where the page's body was" (see content-api.ts). */
export interface BodySwap {
  shown: Node;
  original: Node;
}

export function snapshotPage(): PageSnapshot {
  const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.get!;
  const doc = document;
  const contentType = String(getter(Document.prototype, 'contentType').call(doc));
  if (contentType === 'application/pdf') return { ok: false, unreadable: 'pdf' };
  const root = getter(Document.prototype, 'documentElement').call(doc) as Element | null;
  if (!root || !(contentType === 'text/html' || contentType === 'application/xhtml+xml')) return { ok: false, unreadable: 'not-html' };
  // While the in-page view is up, the page's own body is read in its place.
  const own = Object.getOwnPropertyDescriptor(globalThis, Symbol.for('plainpage.content-api'));
  const api = own && 'value' in own ? (own.value as { bodySwap?: () => BodySwap | null } | undefined) : undefined;
  const swap = api && typeof api.bodySwap === 'function' ? api.bodySwap() : null;

  const nodeType = getter(Node.prototype, 'nodeType');
  const firstChild = getter(Node.prototype, 'firstChild');
  const nextSibling = getter(Node.prototype, 'nextSibling');
  const parentNode = getter(Node.prototype, 'parentNode');
  const localName = getter(Element.prototype, 'localName');
  const attributes = getter(Element.prototype, 'attributes');
  const mapLength = getter(NamedNodeMap.prototype, 'length');
  const mapItem = NamedNodeMap.prototype.item;
  const attrName = getter(Attr.prototype, 'name');
  const attrValue = getter(Attr.prototype, 'value');
  const data = getter(CharacterData.prototype, 'data');
  const typeOf = (e: Element) => Element.prototype.getAttribute.call(e, 'type');
  // What the engine never reads (as its working copy, core/engine.ts): left out of the snapshot.
  const SKIP = new Set(['svg', 'math', 'style', 'template']);
  const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
  // Text the parser reads raw. <noscript> is not among them: its text here (scripting is on)
  // stays text in the engine's parse (scripting is off there), as in a copy of the page.
  const RAW = new Set(['script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
  const text = (v: string) => v.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const quoted = (v: string) => v.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/"/g, '&quot;');

  const out: string[] = [];
  /** One element's start tag. No event handler attributes: parsed in an extension page, each would meet its CSP. */
  const open = (e: Element, tag: string) => {
    out.push('<', tag);
    const attrs = attributes.call(e) as NamedNodeMap;
    for (let i = 0, n = Number(mapLength.call(attrs)); i < n; i++) {
      const attr = mapItem.call(attrs, i)!;
      const name = String(attrName.call(attr));
      // A <base href> would meet the CSP's base-uri: the page's base URL travels as baseUrl.
      if (/^on/i.test(name) || (tag === 'base' && name.toLowerCase() === 'href')) continue;
      out.push(' ', name, '="', quoted(String(attrValue.call(attr))), '"');
    }
    out.push('>');
  };
  // Iterative (a page can nest deeper than the stack): enter a node, then its children, then close it.
  let node: Node | null = root;
  while (node) {
    const type: number = Number(nodeType.call(node));
    let enter = false;
    if (type === 1) {
      const tag: string = String(localName.call(node));
      const skipped: boolean = SKIP.has(tag) || (tag === 'script' && (typeOf(node as Element) ?? '').trim().toLowerCase() !== 'application/ld+json');
      if (!skipped) {
        open(node as Element, tag);
        enter = !VOID.has(tag);
      }
    } else if (type === 3) {
      const parent: Element | null = parentNode.call(node) as Element | null;
      const raw: boolean = parent !== null && RAW.has(String(localName.call(parent)));
      const value: string = String(data.call(node));
      out.push(raw ? value : text(value));
    }
    let next: Node | null = enter ? (firstChild.call(node) as Node | null) : null;
    if (next === null && enter) out.push('</', String(localName.call(node)), '>');
    // No child to enter: the next sibling, or up to the first ancestor with one (closing each).
    let at: Node | null = node === swap?.original ? swap.shown : node;
    while (next === null && at !== null && at !== root) {
      next = nextSibling.call(at) as Node | null;
      if (next === null) {
        at = parentNode.call(at) as Node | null;
        if (at === swap?.original) at = swap.shown; // back out of the page's body into the page
        if (at !== null) out.push('</', String(localName.call(at)), '>');
      }
    }
    if (next !== null && swap && next === swap.shown) next = swap.original;
    node = next;
  }

  // The doctype keeps the parse in the page's mode (no quirks for a standards page).
  const dt = getter(Document.prototype, 'doctype').call(doc) as DocumentType | null;
  const doctype = dt ? `<!DOCTYPE ${dt.name}${dt.publicId ? ` PUBLIC "${dt.publicId}"` : ''}${dt.systemId ? `${dt.publicId ? '' : ' SYSTEM'} "${dt.systemId}"` : ''}>` : '';
  return { ok: true, html: doctype + out.join(''), url: location.href, baseUrl: String(getter(Node.prototype, 'baseURI').call(doc)) };
}

/** Whether a message's snapshot has the shape snapshotPage makes (messages cross a process boundary). */
export function isPageSnapshot(value: unknown): value is PageSnapshot {
  const s = value as Partial<Record<string, unknown>> | null;
  if (typeof s !== 'object' || s === null) return false;
  if (s.ok === false) return s.unreadable === 'pdf' || s.unreadable === 'not-html';
  return s.ok === true && typeof s.html === 'string' && typeof s.url === 'string' && typeof s.baseUrl === 'string';
}
