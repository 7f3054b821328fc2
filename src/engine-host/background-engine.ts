/**
 * Firefox only: the engine in the background page (Firefox's MV3 background is a page with
 * a DOM, loaded before background.js, see scripts/manifest.ts). It offers cleanSnapshot to
 * background.js under a Symbol-keyed global; Chrome's service worker has no DOM and uses the
 * offscreen document instead (src/offscreen/offscreen.ts).
 */
import { cleanSnapshot } from './clean-snapshot.ts';
import { ENGINE_KEY } from './engine-key.ts';

Object.defineProperty(globalThis, Symbol.for(ENGINE_KEY), { value: cleanSnapshot });
