/**
 * Brings three things into agreement: the sites switched on in the settings, the host
 * permissions the browser has granted, and the registered auto-clean content scripts.
 *
 * They drift apart because the reader can revoke a site in the browser's own settings,
 * Chrome drops dynamic registrations on update (and on every --load-extension launch),
 * Firefox forgets non-persistent ones, and a popup can close mid-toggle. Settings say
 * what the reader wants; a site is registered only while its permission is granted.
 */
import { containsOrigins } from '../platform/permissions.ts';
import { getRegisteredContentScripts, registerContentScript, unregisterContentScripts } from '../platform/scripting.ts';
import { loadSettings, updateSettings } from '../settings/store.ts';
import { autoCleanScriptId, CONTENT_SCRIPT_FILE, isAutoCleanScriptId, matchPatternFor } from '../settings/site-access.ts';

export interface ReconcileOptions {
  /**
   * Switch off sites whose permission is gone. True on start-up and when a permission
   * is removed; false while a toggle may still be waiting for the permission prompt.
   * @default false
   */
  pruneRevoked?: boolean;
}

export interface ReconcileReport {
  registered: string[];
  unregistered: string[];
  pruned: string[];
  active: string[];
}

export async function reconcile(options: ReconcileOptions = {}): Promise<ReconcileReport> {
  const settings = await loadSettings();
  const enabled = Object.keys(settings.autoClean);
  const granted = await Promise.all(enabled.map((origin) => containsOrigins([matchPatternFor(origin)])));
  const active = enabled.filter((_, i) => granted[i]);
  const revoked = enabled.filter((_, i) => !granted[i]);

  let pruned: string[] = [];
  if (options.pruneRevoked && revoked.length > 0) {
    pruned = revoked;
    await updateSettings((s) => {
      const autoClean = { ...s.autoClean };
      for (const origin of revoked) delete autoClean[origin];
      return { ...s, autoClean };
    });
  }

  const wanted = new Map(active.map((origin) => [autoCleanScriptId(origin), matchPatternFor(origin)]));
  const current = (await getRegisteredContentScripts()).filter((s) => isAutoCleanScriptId(s.id));
  const stale = current.filter((s) => wanted.get(s.id) !== s.matches[0] || s.matches.length !== 1).map((s) => s.id);
  await unregisterContentScripts(stale);

  const kept = new Set(current.map((s) => s.id).filter((id) => !stale.includes(id)));
  const missing = [...wanted].filter(([id]) => !kept.has(id));
  for (const [id, pattern] of missing) await registerContentScript(id, [pattern], [CONTENT_SCRIPT_FILE]);

  return { registered: missing.map(([id]) => id), unregistered: stale, pruned, active };
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs reconciles one after another: two at once would both register the same id. */
export function scheduleReconcile(options: ReconcileOptions = {}): Promise<ReconcileReport> {
  const run = queue.then(() => reconcile(options));
  queue = run.catch((error: unknown) => console.error('plainpage: reconcile failed', error));
  return run;
}
