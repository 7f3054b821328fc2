/**
 * Names a page can plant as globals of the content script's isolated world (issue 13):
 * an element with that `id`, or an <img>, <form>, <iframe>, <embed> or <object> with that
 * `name`, becomes `window[name]` there too, unless the global has an own property of
 * that name. Used by the clobbering fuzz generator (tests/unit/fuzz/fuzz-cases.ts) and the
 * end-to-end clobbering pages (tests/e2e/page-interference.spec.ts), which also checks
 * that CONTENT_SCRIPT_GLOBALS covers every free name the built content.js reads (the unit
 * fuzz runs before any build, so the list is written down here).
 */

/**
 * Every free identifier, and every `window.X` / `self.X` / `globalThis.X`, in the built
 * content.js (scanned with scanGlobals), plus the content script's own names before
 * issue 13 (`__plainpage`, `__plainpagePopupOnly`).
 */
export const CONTENT_SCRIPT_GLOBALS = [
  '__plainpage', '__plainpagePopupOnly', 'browser', 'chrome', 'define', 'dump', 'console', 'document', 'location',
  'globalThis', 'self', 'window', 'CSSStyleSheet', 'MutationObserver', 'Node', 'URL', 'Array', 'BigInt', 'Boolean',
  'Date', 'Error', 'Function', 'JSON', 'Map', 'Math', 'Number', 'Object', 'Promise', 'Proxy', 'Reflect', 'RegExp',
  'Set', 'String', 'Symbol', 'TypeError', 'WeakMap', 'parseInt', 'Intl', 'EventTarget', 'decodeURIComponent',
  // Read aloud in the in-page view (src/reader/read-aloud.ts: the wait for a late voice list).
  'setTimeout', 'clearTimeout',
  // cleanDocument's per-stage timings (src/core/engine.ts, pipeline.ts), read only when asked for.
  'performance',
  // The page snapshot reads the document through these prototypes (src/engine-host/snapshot.ts).
  'Document', 'Element', 'NamedNodeMap', 'Attr', 'CharacterData',
] as const;

/** What DOMPurify reads off the window it is given (createDOMPurify in dompurify/dist/purify.es.mjs). */
export const SANITIZER_WINDOW_PROPERTIES = ['document', 'Element', 'HTMLTemplateElement', 'Node', 'NodeFilter', 'DOMParser', 'trustedTypes'] as const;

/**
 * Document properties the content script, the in-page view and the sanitiser read off the
 * page's document: a named <img>/<form> shadows them there ([LegacyOverrideBuiltIns]).
 */
export const DOCUMENT_PROPERTIES = [
  'body', 'documentElement', 'contentType', 'defaultView', 'createElement', 'createTextNode', 'importNode', 'head',
  'implementation', 'createNodeIterator', 'createDocumentFragment', 'getElementsByTagName', 'baseURI', 'title',
] as const;

/** Every name a clobbering page plants. */
export const CLOBBER_NAMES: readonly string[] = [...new Set([...CONTENT_SCRIPT_GLOBALS, ...SANITIZER_WINDOW_PROPERTIES])];
