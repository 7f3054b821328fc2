/**
 * The options page (`options_ui`): the sites with auto-clean on, each removable through the
 * popup's own switch-off path (setting removed, script unregistered, access given back), the
 * reading settings (the shared panel), and the keyboard shortcuts with the way to change them.
 */
import { getShortcuts, openShortcutSettings } from '../platform/commands.ts';
import { t } from '../platform/i18n.ts';
import { switchAutoCleanOff } from '../popup/auto-clean-toggle.ts';
import { appendMessage, localizePage } from '../reader/localize.ts';
import { READER_CSS, attachStyles } from '../reader/reader-css.ts';
import { createReadingPanel } from '../reader/reading-panel.ts';
import { loadSettings, onSettingsChanged, setReading } from '../settings/store.ts';
import type { Settings } from '../settings/schema.ts';
import { focusAfterRemoval, renderSiteList, siteLabel } from './site-list.ts';

localizePage(document);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const sites = $<HTMLUListElement>('sites');
const noSites = $<HTMLParagraphElement>('no-sites');
const sitesHeading = $<HTMLHeadingElement>('sites-heading');
const shortcuts = $<HTMLUListElement>('shortcuts');
const status = $<HTMLParagraphElement>('status');

function showSites(settings: Settings): void {
  renderSiteList(sites, noSites, Object.keys(settings.autoClean), { onRemove: (origin) => void handleRemove(origin) });
}

async function handleRemove(origin: string): Promise<void> {
  const index = [...sites.children].findIndex((li) => (li as HTMLElement).dataset.origin === origin);
  try {
    await switchAutoCleanOff(origin);
    status.textContent = t('common_autoCleanOff', siteLabel(origin));
  } catch (error) {
    status.textContent = t('options_removeFailed', [siteLabel(origin), error instanceof Error ? error.message : String(error)]);
  }
  showSites(await loadSettings());
  focusAfterRemoval(sites, index, sitesHeading);
}

async function showShortcuts(): Promise<void> {
  const items = (await getShortcuts()).map((command) => {
    const li = document.createElement('li');
    const what = command.name === '_execute_action' ? t('command_openPopup') : command.description || command.name;
    const kbd = document.createElement('kbd');
    kbd.textContent = command.shortcut;
    appendMessage(li, 'options_shortcutLine', [what, command.shortcut ? kbd : t('options_noShortcut')]);
    return li;
  });
  shortcuts.replaceChildren(...items);
}

async function main(): Promise<void> {
  attachStyles(document, READER_CSS);
  $<HTMLButtonElement>('change-shortcuts').addEventListener('click', () => {
    openShortcutSettings().catch((error: unknown) => {
      status.textContent = t('options_shortcutsPageFailed', error instanceof Error ? error.message : String(error));
    });
  });
  const settings = await loadSettings();
  const panel = createReadingPanel(document, $<HTMLDivElement>('root'), settings.reading, (change) => void setReading(change), 'pp-options-reading');
  panel.element.open = true;
  $<HTMLDivElement>('reading-settings').append(panel.element);
  // The popup may switch a site on or off, or change a reading setting, while this page is open.
  onSettingsChanged((next) => {
    showSites(next);
    panel.update(next.reading);
  });
  showSites(settings);
  await showShortcuts();
  document.documentElement.dataset.ready = 'true';
}

void main();
