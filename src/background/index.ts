/**
 * The background only wires events to the reconcile logic (see reconcile.ts).
 * Listeners are added synchronously at top level so an MV3 service worker woken by
 * an event finds them (Chrome requirement).
 */
import { onCommand } from '../platform/commands.ts';
import { onOriginsAdded, onOriginsRemoved } from '../platform/permissions.ts';
import { onInstalled, onMessage, onStartup } from '../platform/runtime.ts';
import { onSettingsChanged } from '../settings/store.ts';
import { cleanForTab } from './clean-for-tab.ts';
import { isCleanSnapshotMessage, isReconcileMessage, isStopAutoCleanMessage } from './messages.ts';
import { scheduleReconcile } from './reconcile.ts';
import { handleCommand } from './side-panel-command.ts';
import { handleStopAutoClean } from './stop-auto-clean.ts';

// Install, update, and (with --load-extension) every launch: Chrome has dropped our registrations.
onInstalled(() => void scheduleReconcile({ pruneRevoked: true }));
onStartup(() => void scheduleReconcile({ pruneRevoked: true }));
// The reader revoked a site in the browser's settings: switch it off and unregister.
onOriginsRemoved(() => void scheduleReconcile({ pruneRevoked: true }));
// A grant may complete after the popup closed (Firefox closes it for the prompt).
onOriginsAdded(() => void scheduleReconcile());
onSettingsChanged(() => void scheduleReconcile());

// Alt+Shift+S (suggested): the cleaned article beside the page.
onCommand((name, tabId) => void handleCommand(name, tabId));

onMessage((message, sender) => {
  if (isReconcileMessage(message)) return scheduleReconcile();
  // The in-page bar's "Stop auto-cleaning this site": the sender's site, as the popup's switch does.
  if (isStopAutoCleanMessage(message)) return handleStopAutoClean(sender);
  // An auto-clean page's snapshot: the engine runs in an extension page, not in the tab.
  if (isCleanSnapshotMessage(message)) return cleanForTab(message, sender);
  return undefined;
});

// Cheap and idempotent: also catches a worker restarted without any of the events above.
void scheduleReconcile();
