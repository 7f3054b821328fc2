/**
 * Plainpage's cleaning engine: `cleanDocument(doc, url, options) → CleanResult`.
 * Pure: no extension APIs, no network, and the caller's document is never changed
 * (everything works on one clone).
 */
import { createContext, type PipelineContext } from './context.ts';
import { PIPELINE, runPipeline } from './pipeline.ts';
import { readPage } from './page/read-page.ts';
import { copyElement, defuseClobbering, pinBaseUrl, pinDocumentUrl, safeDomFor, stripBaseHrefs } from './lib/safe-dom.ts';
import { capField, collapse, plainText, readingMinutes, stripControls } from './lib/text.ts';
import type { CleanOptions, CleanResult, StageId, StageTiming } from './types.ts';


/** Where the page came from, for a caller that cleans a re-parsed copy of it (the extension's engine host). */
export interface PageSource {
  /**
   * The page's own base URL (its `document.baseURI`). A document parsed from the page's HTML
   * in an extension page resolves links against the extension's address instead, so the
   * working copy's base URL is pinned to this, and its document URL to `url`.
   */
  baseUrl?: string;
}

export function cleanDocument(doc: Document, url: string, options?: CleanOptions, source: PageSource = {}): CleanResult {
  let ctx: PipelineContext | null = null;
  try {
    if (!doc || typeof doc !== 'object') throw new Error('not a document');
    const timings: StageTiming[] | null = options?.timings ? [] : null;
    // The clock is read only when timings are asked for: a clean for the reader reads no `performance`.
    let start = timings ? performance.now() : 0;
    const lap = (stage: StageId | 'working-copy' | 'read-page', name: string): void => {
      if (!timings) return;
      const now = performance.now();
      timings.push({ stage, name, ms: now - start });
      start = now;
    };
    // The only clone: every stage, Readability included, works on it.
    const clone = workingCopy(doc, source.baseUrl, url);
    lap('working-copy', 'copy the page');
    ctx = createContext(clone, url, options);
    // Read through the prototype: <img name="defaultView"> shadows document.defaultView.
    ctx.win = safeDomFor(doc).defaultView(doc) ?? (typeof window !== 'undefined' ? window : null);
    // Read once, before any stage cuts anything.
    ctx.page = readPage(clone, url);
    lap('read-page', 'read the page');
    const skip = new Set(Object.entries(options?.stages ?? {}).filter(([, on]) => on === false).map(([id]) => id as StageId));
    runPipeline(ctx, PIPELINE, { skip, timing: timings ? (stage, ms) => timings.push({ stage: stage.id, name: stage.name, ms }) : undefined });
    const result = toResult(ctx);
    if (timings) result.timings = timings;
    return result;
  } catch (error) {
    // Odd input (frameset, foreign documents, no window to sanitise with) must not throw.
    const result = ctx ? toResult(ctx) : toResult(createContext(doc, url, options));
    result.detected = false;
    result.autoClean = false;
    result.kind = null;
    result.html = '';
    result.text = '';
    result.readingMinutes = 0;
    result.reasons.push(`error while cleaning: ${error instanceof Error ? error.message : String(error)}`);
    return result;
  }
}

/** Subtrees the working copy leaves out: never text, never in the output (DOMPurify forbids them). */
const NOT_COPIED = new Set(['svg', 'math', 'style', 'template']);

/**
 * Deep copy of a document without inline SVG/MathML, stylesheets, templates and scripts
 * (JSON-LD kept: metadata reads it). Big pages carry thousands of icon <path>s: leaving
 * them out makes the copy 2-3x faster than cloneNode(true) on such pages. Iterative, so
 * deep nesting cannot overflow the stack. <noscript> is kept: Readability takes lazy
 * images' real sources from it. Whitespace that only repeats whitespace is left out
 * (redundantSpaces).
 *
 * Built bottom-up: a node's copy joins its parent's copy once its own subtree is complete,
 * and the <html> tree joins the document last. Each insertion then goes into a small
 * detached tree, where the DOM's per-insertion work (the walks up the ancestors for
 * mutation observers and cached queries, the connected steps) stays short instead of
 * growing with the depth of the node.
 */
function clonePage(doc: Document, baseUrl?: string, url?: string): Document {
  const safe = safeDomFor(doc);
  const copy = safe.cloneShallow(doc);
  // Its <base> elements come without href (see pinBaseUrl), so the page's base URL is pinned.
  pinBaseUrl(copy, baseUrl ?? safe.baseURI(doc));
  // Readability keeps "#part" links as they are only when the base URL is the document's own.
  if (baseUrl !== undefined && url !== undefined) pinDocumentUrl(copy, url);
  /** An element being copied: its copy, the next child of the original to copy into it, and whether it is in a <pre>. */
  const stack: Array<{ copy: Node; next: Node | null; pre: boolean }> = [{ copy, next: safe.firstChild(doc), pre: false }];
  const spaces = redundantSpaces();
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const next = frame.next;
    if (!next) {
      // Every child copied: the finished subtree joins its parent's copy.
      stack.pop();
      if (stack.length) safe.appendChild(stack[stack.length - 1]!.copy, frame.copy);
      continue;
    }
    frame.next = safe.nextSibling(next);
    const type = safe.nodeType(next);
    const name = type === 1 ? safe.localName(next as Element) : '';
    if (type === 1) {
      if (NOT_COPIED.has(name)) continue;
      if (name === 'script' && (safe.getAttribute(next as Element, 'type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    } else if (type === 3) {
      if (spaces.redundant((next as CharacterData).data, frame.pre)) continue;
    } else if (type !== 10) continue; // text and doctype only
    const node = type === 1 ? copyElement(next as Element, copy, safe) : safe.cloneShallow(next);
    const first = type === 1 ? safe.firstChild(next) : null;
    if (first) stack.push({ copy: node, next: first, pre: frame.pre || PRE.has(name) });
    else safe.appendChild(frame.copy, node);
  }
  return copy;
}

/** Elements whose whitespace is printed as written: every text node in them is copied. */
const PRE = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp']);
const NOT_SPACE = /[^ \t\n\r\f]/;
const ENDS_IN_SPACE = /[ \t\n\r\f]$/;

/**
 * Which whitespace-only text nodes the copy can leave out: those that come, in text order,
 * right after whitespace (or before any text). The markup's indentation is most of a page's
 * text nodes (a third of all nodes on real pages); a run of them between two words collapses
 * to the one space the first of them gives, so the text of every element, trimmed and
 * collapsed, reads the same, and every later walk (ours and Readability's) visits fewer
 * nodes. Only raw lengths shrink. Fed every copied text node in document order.
 */
function redundantSpaces(): { redundant(data: string, pre: boolean): boolean } {
  let afterSpace = true;
  return {
    redundant(data, pre) {
      if (NOT_SPACE.test(data)) {
        afterSpace = ENDS_IN_SPACE.test(data);
        return false;
      }
      if (afterSpace && !pre) return true;
      afterSpace = true;
      return false;
    },
  };
}

/**
 * A deep copy of the page to work on. An XHTML document (application/xhtml+xml) is copied
 * into an HTML document: there `tagName` is lower-case ("p", not "P") and every tag check,
 * ours and Readability's, would miss; imported into an HTML document the same elements
 * report upper-case names.
 */
function workingCopy(doc: Document, baseUrl?: string, url?: string): Document {
  const root = safeDomFor(doc).documentElement(doc);
  if (!root || root.tagName === 'HTML' || root.namespaceURI !== 'http://www.w3.org/1999/xhtml') return clonePage(doc, baseUrl, url);
  const html = doc.implementation.createHTMLDocument('');
  const copyRoot = html.importNode(root, false);
  for (let c = root.firstChild; c; c = c.nextSibling) copyRoot.appendChild(html.importNode(c, true));
  // The imported <base href>s sit in a fresh document with no connected <base href> (nothing
  // to check again) and lose their href before they are connected (see pinBaseUrl).
  const baseHref = stripBaseHrefs(copyRoot);
  pinBaseUrl(html, baseUrl ?? baseUrlFrom(baseHref, html.baseURI));
  html.replaceChild(copyRoot, html.documentElement);
  defuseClobbering(html, safeDomFor(html));
  return html;
}

/** A document's base URL from its first <base href> (HTML "frozen base URL"): the href parsed against the fallback. */
function baseUrlFrom(href: string | null, fallback: string): string {
  if (href === null) return fallback;
  try {
    return new URL(href, fallback).href;
  } catch {
    return fallback;
  }
}

/** A removed element with no text is logged by its tag ("<aside>"): in plain text, say so in words. */
function logText(text: string): string {
  const bare = /^<([a-z][a-z0-9-]*)>$/i.exec(text.trim());
  return plainText(text) || (bare ? `empty ${bare[1]!.toLowerCase()} element` : '');
}

/** Longest one-line fields, in characters: longer ones are cut with an ellipsis (see capField). */
export const FIELD_CAPS = { title: 300, source: 120, byline: 200, published: 100 } as const;

function field(value: string, key: keyof typeof FIELD_CAPS): string {
  return capField(plainText(value), FIELD_CAPS[key]);
}

function toResult(ctx: PipelineContext): CleanResult {
  const shown = ctx.detection.detected || ctx.options.force;
  const text = shown ? stripControls(ctx.text, true) : '';
  const line = (value: string): string => collapse(stripControls(value));
  // The page's words in one-line fields are plain text: no markup, no bidi overrides (issue 13).
  return {
    url: ctx.url,
    detected: ctx.detection.detected,
    autoClean: ctx.detection.detected && ctx.detection.autoClean,
    kind: ctx.detection.kind,
    reasons: ctx.detection.reasons.map(line),
    title: field(ctx.meta.title, 'title'),
    source: field(ctx.meta.source, 'source'),
    byline: field(ctx.meta.byline, 'byline'),
    published: field(ctx.meta.published, 'published'),
    readingMinutes: readingMinutes(text),
    language: line(ctx.meta.language),
    text,
    html: shown ? ctx.html : '',
    related: shown
      ? ctx.related.map((r) => ({ title: field(r.title, 'title'), url: r.url, source: field(r.source, 'source'), published: field(r.published, 'published'), text: stripControls(r.text, true) }))
      : [],
    removed: {
      promo: ctx.removed.log.filter((l) => l.group === 'promo').length,
      duplicates: ctx.removed.log.filter((l) => l.group === 'repeat').length,
      log: ctx.removed.log.map((l) => ({ stage: l.stage, reason: l.reason, group: l.group, text: logText(l.text) })),
    },
  };
}
