/**
 * The background only wires events to the reconcile logic (see reconcile.ts).
 * Listeners are added synchronously at top level so an MV3 service worker woken by
 * an event finds them (Chrome requirement).
 */
import { onCommand } from '../platform/commands.ts';
import { onOriginsAdded, onOriginsRemoved } from '../platform/permissions.ts';
import { onInstalled, onMessage, onStartup } from '../platform/runtime.ts';
import { onSettingsChanged } from '../settings/store.ts';
import { isReconcileMessage } from './messages.ts';
import { scheduleReconcile } from './reconcile.ts';
import { handleCommand } from './side-panel-command.ts';

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

onMessage((message) => (isReconcileMessage(message) ? scheduleReconcile() : undefined));

// Cheap and idempotent: also catches a worker restarted without any of the events above.
void scheduleReconcile();
