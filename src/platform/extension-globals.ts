/**
 * Runs before webextension-polyfill reads `globalThis.browser` and `globalThis.chrome`
 * (browser-api.ts imports it first). In a content script's isolated world those names
 * can be page elements (issue 13): elements with an id or name are globals there too,
 * through the window's named-properties object on its prototype chain. Measured in
 * Chromium 156: when a page element already answers to `chrome` or `browser`, the browser
 * defines no own namespace but puts the API (runtime, storage, scripting…) on that
 * element's wrapper in this world; a form then hides it behind its controls
 * (`<form id="chrome"><input name="runtime">` makes `chrome.runtime` the input), and
 * `<a id="browser"><a id="browser" name="runtime">` is an HTMLCollection. The polyfill
 * checks `chrome.runtime.id`, then takes `browser` whole if `browser.runtime.id` is set,
 * else wraps `chrome`; so it either stopped ("should only be loaded in a browser
 * extension") or drove a page element.
 *
 * With `<iframe name="chrome">` Chromium puts the API nowhere this world can reach.
 *
 * So, unless both names are the browser's own namespaces, they are replaced by own
 * properties the polyfill can trust: the own namespace if there is one, else a plain
 * object holding the API objects found on the element (only plain objects of this
 * realm: controls, collections and other frames' objects are not), else a stand-in
 * whose every API area throws a clear error when used. The content script then still
 * loads: a popup clean needs no extension API, only auto-clean (its settings) does.
 */

/** The API areas any Plainpage context uses (content scripts get only some of them). */
const API_AREAS = ['runtime', 'storage', 'scripting', 'extension', 'tabs', 'permissions', 'i18n'] as const;

type Namespace = { runtime: { id: string; getURL: (path: string) => string } } & Record<string, unknown>;

function hasRuntime(ns: unknown): ns is Namespace {
  const runtime = typeof ns === 'object' && ns !== null ? (ns as { runtime?: { id?: unknown; getURL?: unknown } }).runtime : undefined;
  return typeof runtime?.id === 'string' && runtime.id !== '' && typeof runtime.getURL === 'function';
}

/** `global[name]` when it is an own property holding an extension namespace (the browser's). */
export function ownNamespace(global: object, name: 'browser' | 'chrome'): Namespace | null {
  const own = Object.getOwnPropertyDescriptor(global, name);
  if (!own) return null;
  try {
    const ns: unknown = 'value' in own ? own.value : own.get?.call(global);
    return hasRuntime(ns) ? ns : null;
  } catch {
    return null;
  }
}

/** The API objects Chromium put on the page element that answers to `name`, as a plain object, or null. */
export function hostedNamespace(global: object, name: 'browser' | 'chrome'): Namespace | null {
  let host: unknown;
  try {
    host = (global as Record<string, unknown>)[name];
  } catch {
    return null;
  }
  if ((typeof host !== 'object' && typeof host !== 'function') || host === null) return null;
  const ns: Record<string, unknown> = {};
  for (const area of API_AREAS) {
    try {
      const value: unknown = (host as Record<string, unknown>)[area];
      if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) ns[area] = value;
    } catch {
      // an area the page made throw is left out
    }
  }
  return hasRuntime(ns) ? ns : null;
}

export const API_UNREACHABLE = 'Plainpage: an element of this page hides the extension API from the content script';

/** For a world with no reachable API: loads the polyfill, and fails clearly where an API is used. */
function unreachableNamespace(): object {
  const ns = { runtime: { id: 'unreachable' } };
  for (const area of API_AREAS) {
    if (area === 'runtime') continue;
    Object.defineProperty(ns, area, {
      enumerable: true,
      get() {
        throw new Error(API_UNREACHABLE);
      },
    });
  }
  return Object.freeze(ns);
}

function define(global: object, name: string, value: unknown): void {
  try {
    Object.defineProperty(global, name, { value, configurable: true, writable: true });
  } catch {
    // A non-configurable own property is the browser's own: nothing to replace.
  }
}

export function guardExtensionGlobals(global: object): void {
  const browser = ownNamespace(global, 'browser');
  const chrome = ownNamespace(global, 'chrome');
  if (browser && chrome) return; // nothing on the page answers to either name
  const api = browser ?? chrome ?? hostedNamespace(global, 'browser') ?? hostedNamespace(global, 'chrome');
  // The polyfill exports an own, real `browser` as it is; otherwise it wraps `chrome`.
  define(global, 'chrome', chrome ?? api ?? unreachableNamespace());
  define(global, 'browser', browser ?? undefined);
}

guardExtensionGlobals(globalThis);
