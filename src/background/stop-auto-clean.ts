/**
 * The in-page bar's "Stop auto-cleaning this site" (issue 11), done in the background because a
 * content script has no `permissions` API: the same path as the popup's switch turned off
 * (switchAutoCleanOff), for the site of the page that asked.
 */
import type { MessageSender } from '../platform/runtime.ts';
import { switchAutoCleanOff } from '../popup/auto-clean-toggle.ts';
import { webOriginOf } from '../settings/site-access.ts';
import type { StopAutoCleanReply } from './messages.ts';
import { scheduleReconcile } from './reconcile.ts';

/**
 * The site is taken from the sender (the tab's top frame, where the auto-clean script runs),
 * never from the message: a page can only ever switch off its own site.
 */
export async function handleStopAutoClean(sender: MessageSender): Promise<StopAutoCleanReply> {
  const origin = sender.tabId !== undefined && sender.frameId === 0 ? webOriginOf(sender.url) : null;
  if (!origin) return { ok: false };
  await switchAutoCleanOff(origin, () => scheduleReconcile());
  return { ok: true, origin };
}
