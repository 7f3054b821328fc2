/** The `Symbol.for` name under which Firefox's background page offers the engine to background.js. */
export const ENGINE_KEY = 'plainpage.engine';
