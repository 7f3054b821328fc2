/**
 * Plainpage's settings: one versioned object in `storage.local` under SETTINGS_KEY.
 * Every field is validated on its own, so a corrupt value falls back to its default
 * without taking the rest with it; each auto-clean site is validated on its own too.
 */

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 3;

/** Reader text size in CSS px: the popup's A−/A+ buttons step by TEXT_SIZE_STEP within these bounds. */
export const TEXT_SIZE_MIN = 14;
export const TEXT_SIZE_MAX = 26;
export const TEXT_SIZE_STEP = 2;

/** Reading settings (issue 11): the same choices in the popup, the reader tab and the in-page view. */
export const THEMES = ['auto', 'light', 'sepia', 'dark', 'contrast'] as const;
/**
 * 'easy' is "Easy-read" (issue 11): a dyslexia-friendly face from a system font stack, no font
 * file bundled. Added within version 3: a stored value from before still validates as it was.
 */
export const FONTS = ['serif', 'sans', 'mono', 'easy'] as const;
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const LINE_SPACINGS = ['tight', 'normal', 'loose'] as const;

export interface ReadingSettings {
  /** 'auto' follows the system's light or dark. @default 'auto' */
  theme: (typeof THEMES)[number];
  /** @default 'serif' */
  font: (typeof FONTS)[number];
  /** Content width. @default 'medium' */
  width: (typeof WIDTHS)[number];
  /** @default 'normal' */
  lineSpacing: (typeof LINE_SPACINGS)[number];
}

export const DEFAULT_READING: Readonly<ReadingSettings> = Object.freeze({ theme: 'auto', font: 'serif', width: 'medium', lineSpacing: 'normal' });

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** @default 18 */
  textSize: number;
  /** @default DEFAULT_READING */
  reading: ReadingSettings;
  /** Sites the reader switched auto-clean on for, keyed by origin ("https://example.com"). @default {} */
  autoClean: Record<string, true>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  textSize: 18,
  reading: DEFAULT_READING,
  autoClean: Object.freeze({}) as Record<string, true>,
});

/** A web origin we can ask a host permission for: http(s), no path, no credentials. */
export function isWebOrigin(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

export function isTextSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= TEXT_SIZE_MIN && value <= TEXT_SIZE_MAX;
}

export function clampTextSize(value: number): number {
  return Math.min(TEXT_SIZE_MAX, Math.max(TEXT_SIZE_MIN, Math.round(value)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (choices as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Each reading setting on its own: a corrupt one falls back to its default, keeping the others. */
export function validateReading(raw: unknown): ReadingSettings {
  const input = isRecord(raw) ? raw : {};
  return {
    theme: oneOf(THEMES, input.theme, DEFAULT_READING.theme),
    font: oneOf(FONTS, input.font, DEFAULT_READING.font),
    width: oneOf(WIDTHS, input.width, DEFAULT_READING.width),
    lineSpacing: oneOf(LINE_SPACINGS, input.lineSpacing, DEFAULT_READING.lineSpacing),
  };
}

/** Keeps the valid entries of a current-version settings object, defaults for the rest. */
export function validateSettings(raw: unknown): Settings {
  const input = isRecord(raw) ? raw : {};
  const autoClean: Record<string, true> = {};
  if (isRecord(input.autoClean)) {
    for (const [origin, enabled] of Object.entries(input.autoClean)) {
      if (enabled === true && isWebOrigin(origin)) autoClean[origin] = true;
    }
  }
  return {
    version: SETTINGS_VERSION,
    textSize: isTextSize(input.textSize) ? input.textSize : DEFAULT_SETTINGS.textSize,
    reading: validateReading(input.reading),
    autoClean,
  };
}
