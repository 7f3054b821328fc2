/**
 * The reading settings panel (issue 11), one module for the popup and the reader tab: theme,
 * font, content width and line spacing as native <select>s (keyboard-operable as they are),
 * applied to the view at once (live preview) and handed to `onChange` to be remembered.
 * The text size keeps its A−/A+ buttons beside the panel. DOM only (createElement/textContent).
 */
import { t } from '../platform/i18n.ts';
import { FONTS, LINE_SPACINGS, THEMES, WIDTHS, type ReadingSettings } from '../settings/schema.ts';

type Key = keyof ReadingSettings;

/** The labels of every choice, in the order shown. */
export const READING_LABELS: { [K in Key]: { label: string; choices: Record<ReadingSettings[K], string> } } = {
  theme: {
    label: t('reading_theme'),
    choices: {
      auto: t('reading_themeAuto'),
      light: t('reading_themeLight'),
      sepia: t('reading_themeSepia'),
      dark: t('reading_themeDark'),
      contrast: t('reading_themeContrast'),
    },
  },
  font: {
    label: t('reading_font'),
    choices: { serif: t('reading_fontSerif'), sans: t('reading_fontSans'), mono: t('reading_fontMono'), easy: t('reading_fontEasy') },
  },
  width: { label: t('reading_width'), choices: { narrow: t('reading_widthNarrow'), medium: t('reading_widthMedium'), wide: t('reading_widthWide') } },
  lineSpacing: {
    label: t('reading_lineSpacing'),
    choices: { tight: t('reading_spacingTight'), normal: t('reading_spacingNormal'), loose: t('reading_spacingLoose') },
  },
};

const ORDER: readonly { key: Key; values: readonly string[] }[] = [
  { key: 'theme', values: THEMES },
  { key: 'font', values: FONTS },
  { key: 'width', values: WIDTHS },
  { key: 'lineSpacing', values: LINE_SPACINGS },
];

/** Puts `reading` on the view's root as data attributes; READER_CSS does the rest. */
export function applyReading(root: HTMLElement, reading: ReadingSettings): void {
  root.dataset.theme = reading.theme;
  root.dataset.font = reading.font;
  root.dataset.width = reading.width;
  root.dataset.lineSpacing = reading.lineSpacing;
}

export interface ReadingPanel {
  element: HTMLDetailsElement;
  /** Shows `reading` in the selects (after a change made elsewhere). */
  update(reading: ReadingSettings): void;
}

/**
 * Builds the panel. `idPrefix` keeps ids unique per page. Each change is applied to `root`
 * at once, then passed to `onChange` (which stores it).
 */
export function createReadingPanel(
  doc: Document,
  root: HTMLElement,
  initial: ReadingSettings,
  onChange: (change: Partial<ReadingSettings>) => void,
  idPrefix = 'pp-reading',
): ReadingPanel {
  let current = { ...initial };
  const details = doc.createElement('details');
  details.className = 'pp-settings';
  const summary = doc.createElement('summary');
  summary.textContent = t('reading_summary');
  const body = doc.createElement('div');
  body.className = 'pp-settings-body';
  const selects = new Map<Key, HTMLSelectElement>();
  for (const { key, values } of ORDER) {
    const id = `${idPrefix}-${key}`;
    const label = doc.createElement('label');
    label.className = 'pp-setting';
    label.htmlFor = id;
    label.textContent = READING_LABELS[key].label;
    const select = doc.createElement('select');
    select.id = id;
    select.name = key;
    for (const value of values) {
      const option = doc.createElement('option');
      option.value = value;
      option.textContent = (READING_LABELS[key].choices as Record<string, string>)[value] ?? value;
      select.append(option);
    }
    select.value = current[key];
    select.addEventListener('change', () => {
      const change = { [key]: select.value } as Partial<ReadingSettings>;
      current = { ...current, ...change };
      applyReading(root, current);
      onChange(change);
    });
    selects.set(key, select);
    const row = doc.createElement('div');
    row.className = 'pp-setting-row';
    row.append(label, select);
    body.append(row);
  }
  details.append(summary, body);
  applyReading(root, current);
  return {
    element: details,
    update(reading) {
      current = { ...reading };
      for (const [key, select] of selects) select.value = reading[key];
      applyReading(root, current);
    },
  };
}
