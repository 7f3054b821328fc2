// @vitest-environment node
/** The one manifest: permissions, CSP, Firefox settings, and the per-browser copies the build writes. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_HOST_PERMISSION, manifestFor, readSourceManifest } from '../../../scripts/manifest.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const source = readSourceManifest(ROOT);
const MESSAGES = JSON.parse(readFileSync(resolve(ROOT, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
/** A manifest string as the browser shows it in English: `__MSG_name__` is messages.json's text. */
const inEnglish = (value: string) => value.replace(/^__MSG_(\w+)__$/, (_, name: string) => MESSAGES[name]?.message ?? value);

describe('manifest.json', () => {
  it('asks for activeTab, scripting and storage at install (and sidePanel and offscreen for Chrome), nothing more', () => {
    expect(source.manifest_version).toBe(3);
    expect(source.permissions).toEqual(['activeTab', 'scripting', 'storage', 'sidePanel', 'offscreen']);
    expect(source.host_permissions).toBeUndefined();
    expect(source.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(source.content_scripts).toBeUndefined();
    expect(source.web_accessible_resources).toBeUndefined();
  });

  it('has a strict CSP for extension pages', () => {
    const csp = (source.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });

  it('opens the popup from the toolbar and from a keyboard command', () => {
    expect((source.action as { default_popup: string }).default_popup).toBe('popup/popup.html');
    expect(source.commands).toMatchObject({ _execute_action: { suggested_key: { default: expect.stringMatching(/^(Ctrl|Alt)\+/) } } });
  });

  it('shows the article beside the page: Chrome\'s side panel and Firefox\'s sidebar, the same page, which the build emits', () => {
    expect(source.side_panel).toEqual({ default_path: 'sidepanel/sidepanel.html' });
    expect(source.sidebar_action).toMatchObject({ default_panel: 'sidepanel/sidepanel.html', open_at_install: false });
    expect(existsSync(resolve(ROOT, 'src/sidepanel/sidepanel.html'))).toBe(true);
    // A command opens it (Chrome and Firefox both allow the open call in a command's handler).
    expect(source.commands).toMatchObject({ 'open-side-panel': { suggested_key: { default: 'Alt+Shift+S' } } });
    expect(inEnglish((source.commands as Record<string, { description: string }>)['open-side-panel']!.description)).toBe('Open Plainpage beside the page');
    const chrome = manifestFor(source, 'chrome');
    const firefox = manifestFor(source, 'firefox');
    expect([chrome.side_panel, chrome.sidebar_action]).toEqual([source.side_panel, undefined]);
    expect([firefox.side_panel, firefox.sidebar_action]).toEqual([undefined, source.sidebar_action]);
  });

  it('has an options page, opened in a tab, that the build emits, in both browsers', () => {
    expect(source.options_ui).toEqual({ page: 'options/options.html', open_in_tab: true });
    expect(existsSync(resolve(ROOT, 'src/options/options.html'))).toBe(true);
    for (const browser of ['chrome', 'firefox'] as const) expect(manifestFor(source, browser).options_ui).toEqual(source.options_ui);
  });

  it('loads in both browsers: service worker + scripts, gecko id, data collection none', () => {
    expect(source.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'], type: 'module' });
    expect(source.browser_specific_settings).toMatchObject({
      gecko: { id: expect.stringMatching(/^\{[0-9a-f-]{36}\}$/), strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    });
  });

  it('points at icons that exist, at every size', () => {
    const icons = source.icons as Record<string, string>;
    expect(Object.keys(icons)).toEqual(['16', '32', '48', '128']);
    for (const path of Object.values(icons)) expect(existsSync(resolve(ROOT, path)), path).toBe(true);
    expect(existsSync(resolve(ROOT, 'icons/icon.svg'))).toBe(true);
  });
});

describe('per-browser manifests', () => {
  it('Chrome keeps the service worker only; Firefox the scripts only', () => {
    const chrome = manifestFor(source, 'chrome');
    const firefox = manifestFor(source, 'firefox');
    expect(chrome.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    // Firefox's background page has a DOM: the engine runs there, loaded before background.js.
    expect(firefox.background).toEqual({ scripts: ['engine-host.js', 'background.js'], type: 'module' });
    expect(firefox.browser_specific_settings).toEqual(source.browser_specific_settings);
    // Chrome's side panel and offscreen document (the engine for auto-clean pages: its service worker has no DOM)
    // each need a permission, which shows no warning; Firefox needs neither, and does not know the names.
    expect(chrome.permissions).toEqual(['activeTab', 'scripting', 'storage', 'sidePanel', 'offscreen']);
    expect(firefox.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    for (const m of [chrome, firefox]) expect(m.host_permissions).toBeUndefined();
    expect(source.background.scripts).toEqual(['background.js']); // the source is not mutated
  });

  it('only the e2e build gets the fixture server\'s host permission and test helper', () => {
    expect(manifestFor(source, 'chrome').host_permissions).toBeUndefined();
    expect(manifestFor(source, 'chrome', { e2e: true }).host_permissions).toEqual([E2E_HOST_PERMISSION]);
    expect(manifestFor(source, 'firefox', { e2e: true, extraFirefoxBackgroundScripts: ['e2e-open-popup.js'] }).background.scripts).toEqual([
      'e2e-open-popup.js',
      'engine-host.js',
      'background.js',
    ]);
  });
});
