/**
 * Runs the engine in a tab: inject content.js (once per page), then call it.
 * Returns a popup state rather than throwing, so every failure has a message.
 */
import type { CleanOptions, CleanResult } from '../core/types.ts';
import { CONTENT_SCRIPT_MISSING, callClean, markPopupInjection, type ContentReply } from '../content/content-api.ts';
import { t } from '../platform/i18n.ts';
import { injectFiles, runInTab } from '../platform/scripting.ts';
import { CONTENT_SCRIPT_FILE } from '../settings/site-access.ts';
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

export function outcomeOf(reply: ContentReply | undefined, forced = false): CleanOutcome {
  if (!reply) return { kind: 'error', message: t('clean_errorNoReply') };
  if (reply.ok) {
    const { result } = reply;
    if (result.detected || (forced && (result.html || result.text))) return { kind: 'ready', result };
    if (forced) return { kind: 'error', message: t('clean_errorNoText') };
    return { kind: 'not-news', result };
  }
  if ('unreadable' in reply) return { kind: 'unreadable', reason: reply.unreadable === 'pdf' ? 'pdf' : 'not-web' };
  // callClean (run in the page, closing over nothing) spells its message out in English.
  return { kind: 'error', message: reply.error === CONTENT_SCRIPT_MISSING ? t('clean_errorScriptMissing') : reply.error };
}

export async function cleanTab(tabId: number, options: CleanOptions = {}, timeoutMs = CLEAN_TIMEOUT_MS): Promise<CleanOutcome> {
  try {
    const reply = await withTimeout(
      (async () => {
        await runInTab(tabId, markPopupInjection, []);
        await injectFiles(tabId, [CONTENT_SCRIPT_FILE]);
        return runInTab(tabId, callClean, [options]);
      })(),
      timeoutMs,
    );
    return outcomeOf(reply, options.force === true);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (UNREADABLE_ERROR.test(message)) return { kind: 'unreadable', reason: 'browser-page', detail: message };
    return { kind: 'error', message };
  }
}
