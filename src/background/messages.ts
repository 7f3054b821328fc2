/** Messages between the extension pages and the background. */
import type { CleanOptions } from '../core/types.ts';
import { isPageSnapshot, type PageSnapshot } from '../engine-host/snapshot.ts';

/** Ask the background to reconcile now and answer with its report. */
export interface ReconcileMessage {
  type: 'plainpage:reconcile';
}

export function isReconcileMessage(message: unknown): message is ReconcileMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'plainpage:reconcile';
}

/** The side panel command was pressed on `tabId`: an open panel shows that tab (activeTab now allows it). */
export interface PanelShowMessage {
  type: 'plainpage:panel-show';
  tabId: number;
}

export function isPanelShowMessage(message: unknown): message is PanelShowMessage {
  const m = message as { type?: unknown; tabId?: unknown } | null;
  return typeof m === 'object' && m !== null && m.type === 'plainpage:panel-show' && Number.isSafeInteger(m.tabId);
}

/**
 * The in-page bar's "Stop auto-cleaning this site": the background switches the sender's site off
 * the way the popup's switch does (a content script has no permissions API). The site is the
 * sender's, never one named in the message.
 */
export interface StopAutoCleanMessage {
  type: 'plainpage:stop-auto-clean';
}

export type StopAutoCleanReply = { ok: true; origin: string } | { ok: false };

export function isStopAutoCleanMessage(message: unknown): message is StopAutoCleanMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'plainpage:stop-auto-clean';
}

/**
 * The auto-clean content script's page snapshot, to be cleaned by the engine (issue 12: the
 * engine runs in an extension page, not in the tab). The background answers with a CleanReply.
 */
export interface CleanSnapshotMessage {
  type: 'plainpage:clean-snapshot';
  snapshot: PageSnapshot;
  options: CleanOptions;
}

/** The background to Chrome's offscreen document: run the engine on this snapshot. */
export interface EngineCleanMessage {
  type: 'plainpage:engine-clean';
  snapshot: PageSnapshot;
  options: CleanOptions;
}

function isSnapshotMessage(message: unknown, type: string): boolean {
  const m = message as { type?: unknown; snapshot?: unknown; options?: unknown } | null;
  return typeof m === 'object' && m !== null && m.type === type && isPageSnapshot(m.snapshot) && typeof m.options === 'object' && m.options !== null;
}

export function isCleanSnapshotMessage(message: unknown): message is CleanSnapshotMessage {
  return isSnapshotMessage(message, 'plainpage:clean-snapshot');
}

export function isEngineCleanMessage(message: unknown): message is EngineCleanMessage {
  return isSnapshotMessage(message, 'plainpage:engine-clean');
}
