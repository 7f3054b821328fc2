/**
 * The one import of webextension-polyfill: every adapter in src/platform takes the
 * extension API from here. extension-globals.ts is imported first so that, in a page's
 * isolated world, the polyfill never mistakes a page element for the API (issue 13).
 */
import './extension-globals.ts';
import browser from 'webextension-polyfill';

export default browser;
