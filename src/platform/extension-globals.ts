/**
 * Runs before webextension-polyfill reads `globalThis.browser` and `globalThis.chrome`
 * (browser-api.ts imports it first). The polyfill takes `browser` as the extension API
 * whenever `browser.runtime.id` is truthy, and otherwise wraps `chrome`. In a content
 * script's isolated world those names can be page elements (issue 13): with
 * `<a id="browser"></a><a id="browser" name="runtime">` on the page, `browser` is an
 * HTMLCollection whose `runtime.id` is the string "browser", and an `<iframe name="browser">`
 * can hand over a whole fake `runtime`. Named elements reach the global only through
 * the window's named-properties object on its prototype chain; the real namespaces are
 * own properties of the global. So a `browser` that is not a real own namespace is
 * shadowed by an own `undefined`, and the polyfill wraps `chrome` instead; `chrome` is
 * shadowed only when neither is real, so the polyfill stops with its own clear error
 * rather than drive a page element.
 */

export function isOwnExtensionNamespace(global: object, name: 'browser' | 'chrome'): boolean {
  const own = Object.getOwnPropertyDescriptor(global, name);
  if (!own) return false;
  try {
    const ns: unknown = 'value' in own ? own.value : own.get?.call(global);
    const runtime = typeof ns === 'object' && ns !== null ? (ns as { runtime?: { id?: unknown; getURL?: unknown } }).runtime : undefined;
    return typeof runtime?.id === 'string' && runtime.id !== '' && typeof runtime.getURL === 'function';
  } catch {
    return false;
  }
}

function shadow(global: object, name: string): void {
  try {
    Object.defineProperty(global, name, { value: undefined, configurable: true, writable: true });
  } catch {
    // A non-configurable own property is the browser's own: nothing to shadow.
  }
}

export function guardExtensionGlobals(global: object): void {
  if (isOwnExtensionNamespace(global, 'browser')) return;
  shadow(global, 'browser');
  if (!isOwnExtensionNamespace(global, 'chrome')) shadow(global, 'chrome');
}

guardExtensionGlobals(globalThis);
