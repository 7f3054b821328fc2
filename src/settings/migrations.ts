/**
 * Settings migrations: MIGRATIONS[n] turns a version-n object into version n+1.
 * Stored objects without a valid version are treated as the oldest layout.
 *
 * Version 1 was the pre-release layout: `autoCleanOrigins: string[]` and a named
 * `textSize` ('small' | 'medium' | 'large'). Version 2 keys sites by origin (so one
 * corrupt entry cannot drop the whole list) and stores the text size in px. Version 3 adds
 * the reading settings (theme, font, width, line spacing), at their defaults. Version 4 adds
 * read aloud's speed and chosen voices and the side panel's "Follow the active tab", at their
 * defaults.
 */
import { DEFAULT_READ_ALOUD, DEFAULT_READING, DEFAULT_SIDE_PANEL, SETTINGS_VERSION, validateSettings, type Settings } from './schema.ts';

type Migration = (previous: Record<string, unknown>) => Record<string, unknown>;

const V1_TEXT_SIZES: Record<string, number> = { small: 16, medium: 18, large: 22 };

export const MIGRATIONS: Record<number, Migration> = {
  1: (v1) => {
    const origins = Array.isArray(v1.autoCleanOrigins) ? v1.autoCleanOrigins : [];
    const autoClean = Object.fromEntries(origins.filter((o): o is string => typeof o === 'string').map((o) => [o, true]));
    const named = typeof v1.textSize === 'string' ? V1_TEXT_SIZES[v1.textSize] : undefined;
    return { version: 2, textSize: named ?? v1.textSize, autoClean };
  },
  2: (v2) => ({ ...v2, version: 3, reading: { ...DEFAULT_READING } }),
  3: (v3) => ({ ...v3, version: 4, readAloud: { ...DEFAULT_READ_ALOUD, voices: {} }, sidePanel: { ...DEFAULT_SIDE_PANEL } }),
};

const OLDEST_VERSION = 1;

/** Brings any stored value (old, current, corrupt, absent) to a valid current Settings. */
export function migrateSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return validateSettings(undefined);
  let value = raw as Record<string, unknown>;
  let version = typeof value.version === 'number' && Number.isInteger(value.version) ? value.version : OLDEST_VERSION;
  // A version from the future (a downgrade): keep what still validates rather than wiping it.
  while (version < SETTINGS_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) break;
    value = migrate(value);
    version += 1;
  }
  return validateSettings(value);
}
