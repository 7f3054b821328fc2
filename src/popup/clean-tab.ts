/**
 * Cleans a tab's page: reads it in the tab (snapshotPage, through executeScript: nothing
 * is injected to stay) and runs the engine here, in the extension page (popup or side panel).
 * Returns a popup state rather than throwing, so every failure has a message.
 */
import type { CleanOptions, CleanResult } from '../core/types.ts';
import { cleanSnapshot, type CleanReply } from '../engine-host/clean-snapshot.ts';
import { snapshotPage } from '../engine-host/snapshot.ts';
import { t } from '../platform/i18n.ts';
import { runInTab } from '../platform/scripting.ts';
import { UNREADABLE_ERROR, type UnreadableReason } from './page-access.ts';

/** executeScript can hang instead of failing when host access is withheld (toolchain notes §3). */
export const CLEAN_TIMEOUT_MS = 20_000;

export type CleanOutcome =
  | { kind: 'ready'; result: CleanResult }
  | { kind: 'not-news'; result: CleanResult }
  | { kind: 'unreadable'; reason: UnreadableReason; detail?: string }
  | { kind: 'error'; message: string };

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(t('clean_errorTimeout'))), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

export function outcomeOf(reply: CleanReply | undefined, forced = false): CleanOutcome {
  if (!reply) return { kind: 'error', message: t('clean_errorNoReply') };
  if (reply.ok) {
    const { result } = reply;
    if (result.detected || (forced && (result.html || result.text))) return { kind: 'ready', result };
    if (forced) return { kind: 'error', message: t('clean_errorNoText') };
    return { kind: 'not-news', result };
  }
  if ('unreadable' in reply) return { kind: 'unreadable', reason: reply.unreadable === 'pdf' ? 'pdf' : 'not-web' };
  return { kind: 'error', message: reply.error };
}

export async function cleanTab(tabId: number, options: CleanOptions = {}, timeoutMs = CLEAN_TIMEOUT_MS): Promise<CleanOutcome> {
  try {
    const snapshot = await withTimeout(runInTab(tabId, snapshotPage, []), timeoutMs);
    if (!snapshot) return outcomeOf(undefined);
    return outcomeOf(cleanSnapshot(snapshot, options), options.force === true);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (UNREADABLE_ERROR.test(message)) return { kind: 'unreadable', reason: 'browser-page', detail: message };
    return { kind: 'error', message };
  }
}
