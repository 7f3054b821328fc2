// @vitest-environment node
/**
 * The polyfill never takes a page element for the extension API (issue 13). Named
 * elements reach the isolated world's global through its prototype chain; these tests
 * build such a global: own properties for what the browser defines, the prototype for
 * what the page's elements contribute.
 */
import { describe, expect, it } from 'vitest';
import { guardExtensionGlobals, isOwnExtensionNamespace } from '../../../src/platform/extension-globals.ts';

const realNamespace = () => ({ runtime: { id: 'abcdefghijklmnop', getURL: (p: string) => `chrome-extension://abcdefghijklmnop/${p}` } });

/** A global whose own properties are `own` and whose named-properties prototype holds `named`. */
function worldWith(own: Record<string, unknown>, named: Record<string, unknown>): Record<string, unknown> {
  const namedProperties = Object.create(Object.prototype, Object.fromEntries(Object.entries(named).map(([k, v]) => [k, { value: v, configurable: true }])));
  const world = Object.create(namedProperties) as Record<string, unknown>;
  for (const [k, v] of Object.entries(own)) Object.defineProperty(world, k, { value: v, configurable: true, writable: true, enumerable: true });
  return world;
}

/** `<a id="browser"></a><a id="browser" name="runtime">`: an HTMLCollection whose `runtime` is the <a>, whose id is "browser". */
const anchorCollection = { length: 2, runtime: { id: 'browser', href: 'https://x.example/' } };
/** `<iframe name="browser">` whose document defines a `runtime` that looks right. */
const framedFake = realNamespace();
/** `<form id="chrome"><input name="runtime"></form>`. */
const formChrome = { runtime: { id: '', name: 'runtime' } };

describe('extension globals', () => {
  it('tells the browser\'s own namespaces from named elements', () => {
    const world = worldWith({ chrome: realNamespace() }, { browser: framedFake });
    expect(isOwnExtensionNamespace(world, 'chrome')).toBe(true);
    expect(isOwnExtensionNamespace(world, 'browser')).toBe(false); // looks right, but is not own
    expect(isOwnExtensionNamespace(worldWith({ browser: anchorCollection }, {}), 'browser')).toBe(false);
    expect(isOwnExtensionNamespace(worldWith({ chrome: formChrome }, {}), 'chrome')).toBe(false);
  });

  for (const [label, named] of [
    ['<a id="browser"> twice, one named "runtime"', { browser: anchorCollection }],
    ['<iframe name="browser"> with a fake runtime', { browser: framedFake }],
    ['and <form id="chrome"><input name="runtime">', { browser: anchorCollection, chrome: formChrome }],
  ] as const) {
    it(`Chromium (own chrome, no browser): ${label} → the polyfill sees no browser and wraps chrome`, () => {
      const chrome = realNamespace();
      const world = worldWith({ chrome }, named);
      guardExtensionGlobals(world);
      expect(Object.getOwnPropertyDescriptor(world, 'browser')).toMatchObject({ value: undefined });
      expect(world.browser).toBeUndefined();
      expect(world.chrome).toBe(chrome);
    });
  }

  it('Firefox (own browser and chrome): nothing is touched, whatever the page names', () => {
    const browser = realNamespace();
    const chrome = realNamespace();
    const world = worldWith({ browser, chrome }, { browser: anchorCollection, chrome: formChrome });
    guardExtensionGlobals(world);
    expect(world.browser).toBe(browser);
    expect(world.chrome).toBe(chrome);
  });

  it('neither namespace real: both shadowed, so the polyfill stops with its own error instead of using the page\'s', () => {
    const world = worldWith({}, { browser: framedFake, chrome: formChrome });
    guardExtensionGlobals(world);
    expect(world.browser).toBeUndefined();
    expect(world.chrome).toBeUndefined();
  });
});
