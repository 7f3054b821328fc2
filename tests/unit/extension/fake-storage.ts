/** An in-memory stand-in for src/platform/storage.ts, for vi.mock factories. */
export function createFakeStorage() {
  const areas = { local: new Map<string, unknown>(), session: new Map<string, unknown>() };
  /** Areas whose writes fail the way a full storage area does in Chrome. */
  const full = new Set<'local' | 'session'>();
  const listeners: { area: 'local' | 'session'; key: string; fn: (v: unknown) => void }[] = [];
  return {
    areas,
    full,
    module: {
      getItem: async (area: 'local' | 'session', key: string) => structuredClone(areas[area].get(key)),
      setItem: async (area: 'local' | 'session', key: string, value: unknown) => {
        if (full.has(area)) throw new Error('Resource::kQuotaBytes quota exceeded');
        areas[area].set(key, structuredClone(value));
        for (const l of listeners) if (l.area === area && l.key === key) l.fn(structuredClone(value));
      },
      removeItem: async (area: 'local' | 'session', key: string) => void areas[area].delete(key),
      onItemChanged: (area: 'local' | 'session', key: string, fn: (v: unknown) => void) => {
        const entry = { area, key, fn };
        listeners.push(entry);
        return () => void listeners.splice(listeners.indexOf(entry), 1);
      },
    },
  };
}
