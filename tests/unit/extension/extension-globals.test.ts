// @vitest-environment node
/**
 * The polyfill never takes a page element for the extension API (issue 13). These tests
 * build the isolated world's global as Chromium 156 makes it (measured, see
 * src/platform/extension-globals.ts): own properties for the browser's namespaces, the
 * prototype for what page elements contribute, and, when an element answers to `chrome`
 * or `browser`, the API put on that element, behind its own named members.
 * tests/e2e/page-interference.spec.ts shows the same pages in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { API_UNREACHABLE, guardExtensionGlobals, hostedNamespace, ownNamespace } from '../../../src/platform/extension-globals.ts';

const ID = 'abcdefghijklmnop';
const api = () => ({
  runtime: { id: ID, getURL: (p: string) => `chrome-extension://${ID}/${p}` },
  storage: { local: {} },
  scripting: {},
  extension: {},
});

/** Page objects: DOM wrappers are not plain objects of this realm. */
class FakeElement {
  constructor(readonly label: string, readonly id = '') {}
}

/** A global whose own properties are `own` and whose named-properties prototype holds `named`. */
function worldWith(own: Record<string, unknown>, named: Record<string, unknown>): Record<string, unknown> {
  const namedProperties = Object.create(Object.prototype, Object.fromEntries(Object.entries(named).map(([k, v]) => [k, { value: v, configurable: true }])));
  const world = Object.create(namedProperties) as Record<string, unknown>;
  for (const [k, v] of Object.entries(own)) Object.defineProperty(world, k, { value: v, configurable: true, writable: true, enumerable: true });
  return world;
}

/** A page element with the API put on it, then hidden where the element has a member of the same name. */
function elementHosting(label: string, members: Record<string, unknown> = {}): FakeElement {
  return Object.assign(new FakeElement(label), api(), members);
}

describe('extension globals', () => {
  it('own namespaces are the browser\'s; an element hosting the API yields only its plain API objects', () => {
    expect(ownNamespace(worldWith({ chrome: api() }, {}), 'chrome')).not.toBeNull();
    expect(ownNamespace(worldWith({}, { chrome: api() }), 'chrome')).toBeNull(); // looks right, but not own
    // <form id="chrome"><input name="runtime">: the input hides the runtime.
    const form = elementHosting('form#chrome', { runtime: new FakeElement('input[name=runtime]') });
    expect(hostedNamespace(worldWith({}, { chrome: form }), 'chrome')).toBeNull();
    // <a id="browser"><a id="browser" name="runtime">: the collection's own API wins over the item.
    const collection = elementHosting('HTMLCollection');
    const hosted = hostedNamespace(worldWith({}, { browser: collection }), 'browser');
    expect(hosted && Object.keys(hosted).sort()).toEqual(['extension', 'runtime', 'scripting', 'storage']);
    expect(hosted).not.toBe(collection);
    // <iframe name="browser"> whose script made a runtime: another realm's object (here: not a plain object).
    const framed = new FakeElement('WindowProxy');
    Object.assign(framed, { runtime: Object.assign(new FakeElement('page object'), { id: 'x', getURL: () => 'x' }) });
    expect(hostedNamespace(worldWith({}, { browser: framed }), 'browser')).toBeNull();
  });

  it('nothing on the page answers to either name: nothing is touched (Chromium, Firefox)', () => {
    const browser = api();
    const chrome = api();
    const world = worldWith({ browser, chrome }, {});
    guardExtensionGlobals(world);
    expect(world.browser).toBe(browser);
    expect(world.chrome).toBe(chrome);
  });

  it('<form id="chrome"><input name="runtime">: chrome becomes the own browser namespace, which the polyfill exports', () => {
    const browser = api();
    const world = worldWith({ browser }, { chrome: elementHosting('form#chrome', { runtime: new FakeElement('input') }) });
    guardExtensionGlobals(world);
    expect(world.chrome).toBe(browser);
    expect(world.browser).toBe(browser);
  });

  it('<form id="browser">: no browser, so the polyfill wraps the own chrome', () => {
    const chrome = api();
    const world = worldWith({ chrome }, { browser: elementHosting('form#browser') });
    guardExtensionGlobals(world);
    expect(Object.getOwnPropertyDescriptor(world, 'browser')).toMatchObject({ value: undefined });
    expect(world.chrome).toBe(chrome);
  });

  it('the issue\'s page (<a id="browser"> twice, <form id="chrome"><input name="runtime">): chrome is the API found on the collection', () => {
    const collection = elementHosting('HTMLCollection');
    const world = worldWith({}, { browser: collection, chrome: elementHosting('form#chrome', { runtime: new FakeElement('input') }) });
    guardExtensionGlobals(world);
    expect(world.browser).toBeUndefined();
    const chrome = world.chrome as ReturnType<typeof api>;
    expect(chrome).not.toBe(collection);
    expect(chrome.runtime).toBe((collection as unknown as { runtime: unknown }).runtime);
    expect(Object.getPrototypeOf(chrome)).toBe(Object.prototype);
  });

  it('no API anywhere (every candidate a page object): a stand-in that loads the polyfill and fails clearly when used', () => {
    const world = worldWith({}, { browser: new FakeElement('a#browser', 'browser'), chrome: new FakeElement('iframe[name=chrome]') });
    guardExtensionGlobals(world);
    expect(world.browser).toBeUndefined();
    const chrome = world.chrome as { runtime: { id: string }; storage: unknown };
    expect(chrome.runtime.id).toBeTruthy(); // what the polyfill checks before wrapping
    expect(() => chrome.storage).toThrow(API_UNREACHABLE);
  });
});
