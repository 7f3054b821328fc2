/**
 * Plainpage's settings: one versioned object in `storage.local` under SETTINGS_KEY.
 * Every field is validated on its own, so a corrupt value falls back to its default
 * without taking the rest with it; each auto-clean site is validated on its own too.
 */

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 4;

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

/** Read-aloud speeds offered (the speech rate; 1 is the voice's normal speed). */
export const READ_ALOUD_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
/** A speed read aloud offers. */
export function isReadAloudRate(value: unknown): value is ReadAloudSettings['rate'] {
  return (READ_ALOUD_RATES as readonly unknown[]).includes(value);
}

/** At most this many languages keep a chosen voice: the oldest choices beyond it are dropped. */
export const MAX_REMEMBERED_VOICES = 40;
const MAX_VOICE_ID_CHARS = 300;

/** Read aloud's choices (issue 11): remembered across articles and views. */
export interface ReadAloudSettings {
  /** @default 1 */
  rate: (typeof READ_ALOUD_RATES)[number];
  /**
   * The voice the reader chose, per article language ('en', 'de'; '' for articles of no known
   * language): an English voice is no use for a German article. @default {}
   */
  voices: Record<string, string>;
}

export const DEFAULT_READ_ALOUD: Readonly<ReadAloudSettings> = Object.freeze({ rate: 1, voices: Object.freeze({}) as Record<string, string> });

/** The side panel's choices. */
export interface SidePanelSettings {
  /** "Follow the active tab". @default false */
  follow: boolean;
}

export const DEFAULT_SIDE_PANEL: Readonly<SidePanelSettings> = Object.freeze({ follow: false });

/** The key read aloud remembers a voice under: the article language's primary subtag, lower case ('pt-BR' → 'pt'). */
export function voiceLanguageKey(lang: string): string {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,8}$/.test(primary) ? primary : '';
}

/** What read aloud starts with for an article in `lang`: the voice chosen for that language, the speed. */
export function rememberedReadAloud(settings: ReadAloudSettings, lang: string): { voiceId: string | null; rate: number } {
  return { voiceId: settings.voices[voiceLanguageKey(lang)] ?? null, rate: settings.rate };
}

/**
 * The read-aloud settings with the reader's new choice: the speed, or the voice for articles in
 * `lang` (written last, so it counts as the newest when old choices are dropped).
 */
export function withReadAloudChoice(settings: ReadAloudSettings, lang: string, choice: { voiceId?: string; rate?: number }): ReadAloudSettings {
  const voices = { ...settings.voices };
  if (choice.voiceId !== undefined) {
    const key = voiceLanguageKey(lang);
    delete voices[key];
    voices[key] = choice.voiceId;
  }
  // A speed not on offer changes nothing (validateReadAloud would put the default in its place).
  const rate = isReadAloudRate(choice.rate) ? choice.rate : settings.rate;
  return validateReadAloud({ rate, voices });
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** @default 18 */
  textSize: number;
  /** @default DEFAULT_READING */
  reading: ReadingSettings;
  /** @default DEFAULT_READ_ALOUD */
  readAloud: ReadAloudSettings;
  /** @default DEFAULT_SIDE_PANEL */
  sidePanel: SidePanelSettings;
  /** Sites the reader switched auto-clean on for, keyed by origin ("https://example.com"). @default {} */
  autoClean: Record<string, true>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  textSize: 18,
  reading: DEFAULT_READING,
  readAloud: DEFAULT_READ_ALOUD,
  sidePanel: DEFAULT_SIDE_PANEL,
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

/** The speed and each remembered voice on their own: a corrupt one falls back or is dropped alone. */
export function validateReadAloud(raw: unknown): ReadAloudSettings {
  const input = isRecord(raw) ? raw : {};
  const rate = isReadAloudRate(input.rate) ? input.rate : DEFAULT_READ_ALOUD.rate;
  const voices: Record<string, string> = {};
  if (isRecord(input.voices)) {
    const valid = Object.entries(input.voices).filter(
      ([lang, id]) => (lang === '' || voiceLanguageKey(lang) === lang) && typeof id === 'string' && id !== '' && id.length <= MAX_VOICE_ID_CHARS,
    );
    // The newest choices are written last (setReadAloudVoice): keep those.
    for (const [lang, id] of valid.slice(-MAX_REMEMBERED_VOICES)) voices[lang] = id as string;
  }
  return { rate, voices };
}

export function validateSidePanel(raw: unknown): SidePanelSettings {
  const input = isRecord(raw) ? raw : {};
  return { follow: typeof input.follow === 'boolean' ? input.follow : DEFAULT_SIDE_PANEL.follow };
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
    readAloud: validateReadAloud(input.readAloud),
    sidePanel: validateSidePanel(input.sidePanel),
    autoClean,
  };
}
