/**
 * Plainpage's cleaning engine, the public entry: `cleanDocument(doc, url, options) → CleanResult`
 * (engine.ts), the result types, the sanitiser for extension pages and the stage list.
 */
export { cleanDocument, type PageSource } from './engine.ts';
export type * from './types.ts';
export { sanitizeHtml, setSanitizedHtml } from './lib/html.ts';
export { PIPELINE } from './pipeline.ts';
