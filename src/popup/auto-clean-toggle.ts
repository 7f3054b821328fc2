/**
 * The "Auto-clean this site" switch. Turning it on asks for the site's host permission
 * FIRST, synchronously inside the click handler: Firefox refuses a permission request
 * made after an `await` (the user gesture is gone). The background finishes the job
 * from settings + permission events, so it still completes if the popup closes while
 * the prompt is up (Firefox closes popups for it).
 */
import { sendMessage } from '../platform/runtime.ts';
import { containsOrigins, removeOrigins, requestOrigins } from '../platform/permissions.ts';
import type { ReconcileMessage } from '../background/messages.ts';
import { loadSettings, setAutoClean } from '../settings/store.ts';
import { matchPatternFor } from '../settings/site-access.ts';

const RECONCILE: ReconcileMessage = { type: 'plainpage:reconcile' };

/** Whether auto-clean is really on for `origin`: switched on AND still permitted. */
export async function isAutoCleanOn(origin: string): Promise<boolean> {
  const settings = await loadSettings();
  return settings.autoClean[origin] === true && (await containsOrigins([matchPatternFor(origin)]));
}

/** Call directly from the click handler, with nothing awaited before. Resolves to the new state. */
export function switchAutoCleanOn(origin: string): Promise<boolean> {
  const granted = requestOrigins([matchPatternFor(origin)]);
  return (async () => {
    // Recorded before the answer: if the popup dies during the prompt, the background's
    // permissions.onAdded handler still finds the intent and registers the script.
    await setAutoClean(origin, true);
    let ok: boolean;
    try {
      ok = await granted;
    } catch {
      ok = false;
    }
    if (!ok) {
      await setAutoClean(origin, false);
      return false;
    }
    await sendMessage(RECONCILE);
    return true;
  })();
}

/** An extension page asks the background to reconcile (the background itself passes its own). */
const askBackgroundToReconcile = () => sendMessage(RECONCILE);

/**
 * Switches auto-clean off: setting removed, script unregistered, permission given back. The
 * popup's switch, the options page's Remove and (in the background) the in-page bar's "Stop
 * auto-cleaning this site" all come here; `reconcileNow` is how the script gets unregistered.
 */
export async function switchAutoCleanOff(origin: string, reconcileNow: () => Promise<unknown> = askBackgroundToReconcile): Promise<boolean> {
  const settings = await setAutoClean(origin, false);
  const pattern = matchPatternFor(origin);
  // Another port of the same host still switched on shares this permission: keep it.
  const stillNeeded = Object.keys(settings.autoClean).some((o) => matchPatternFor(o) === pattern);
  if (!stillNeeded) await removeOrigins([pattern]);
  await reconcileNow();
  return false;
}
