// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { applyReading, createReadingPanel, READING_LABELS } from '../../../src/reader/reading-panel.ts';
import { DEFAULT_READING, FONTS, LINE_SPACINGS, THEMES, WIDTHS, type ReadingSettings } from '../../../src/settings/schema.ts';
import { READER_CSS } from '../../../src/reader/reader-css.ts';

beforeEach(() => document.body.replaceChildren());

describe('reading settings panel', () => {
  it('offers every choice of every setting, labelled, with the current ones selected', () => {
    const root = document.body.appendChild(document.createElement('div'));
    const panel = createReadingPanel(document, root, { ...DEFAULT_READING, theme: 'sepia' }, () => {});
    root.append(panel.element);
    expect(panel.element.querySelector('summary')?.textContent).toBe('Reading settings');
    const selects = [...panel.element.querySelectorAll('select')];
    expect(selects.map((s) => [...s.options].map((o) => o.value))).toEqual([[...THEMES], [...FONTS], [...WIDTHS], [...LINE_SPACINGS]]);
    expect(selects.map((s) => s.labels[0]?.textContent)).toEqual(['Theme', 'Font', 'Content width', 'Line spacing']);
    expect(selects.map((s) => s.value)).toEqual(['sepia', 'serif', 'medium', 'normal']);
    expect(root.dataset).toMatchObject({ theme: 'sepia', font: 'serif', width: 'medium', lineSpacing: 'normal' });
    expect(Object.values(READING_LABELS.theme.choices)).toContain('High contrast');
  });

  it('applies a change to the view at once and reports only what changed', () => {
    const root = document.body.appendChild(document.createElement('div'));
    const changes: Partial<ReadingSettings>[] = [];
    const panel = createReadingPanel(document, root, DEFAULT_READING, (c) => changes.push(c));
    root.append(panel.element);
    const font = panel.element.querySelector<HTMLSelectElement>('select[name="font"]')!;
    font.value = 'mono';
    font.dispatchEvent(new Event('change'));
    expect(root.dataset.font).toBe('mono');
    expect(changes).toEqual([{ font: 'mono' }]);
    panel.update({ ...DEFAULT_READING, theme: 'dark' });
    expect(root.dataset.theme).toBe('dark');
    expect(root.dataset.font).toBe('serif');
    expect(panel.element.querySelector<HTMLSelectElement>('select[name="theme"]')!.value).toBe('dark');
  });

  it('gives each page its own ids', () => {
    const root = document.createElement('div');
    const a = createReadingPanel(document, root, DEFAULT_READING, () => {}, 'one');
    const b = createReadingPanel(document, root, DEFAULT_READING, () => {}, 'two');
    const ids = [...a.element.querySelectorAll('select'), ...b.element.querySelectorAll('select')].map((s) => s.id);
    expect(new Set(ids).size).toBe(8);
  });

  it('every theme, font, width and spacing the panel sets has its rule in READER_CSS', () => {
    for (const theme of THEMES.filter((t) => t !== 'auto')) expect(READER_CSS).toContain(`.pp-reader[data-theme="${theme}"]`);
    for (const font of FONTS.filter((f) => f !== 'serif')) expect(READER_CSS).toContain(`.pp-reader[data-font="${font}"]`);
    for (const width of WIDTHS.filter((w) => w !== 'medium')) expect(READER_CSS).toContain(`.pp-reader[data-width="${width}"]`);
    for (const spacing of LINE_SPACINGS.filter((l) => l !== 'normal')) expect(READER_CSS).toContain(`.pp-reader[data-line-spacing="${spacing}"]`);
    const el = document.createElement('div');
    applyReading(el, { theme: 'contrast', font: 'sans', width: 'wide', lineSpacing: 'loose' });
    expect(el.getAttribute('data-line-spacing')).toBe('loose');
  });
});
