/**
 * The auto-clean content script's page snapshot, cleaned where a DOM is: in Firefox by the
 * engine in the background page itself, in Chrome by the offscreen document (opened on
 * first use). Only a content script (a sender with a tab) is answered.
 */
import type { CleanReply } from '../engine-host/clean-snapshot.ts';
import { ENGINE_KEY } from '../engine-host/engine-key.ts';
import type { PageSnapshot } from '../engine-host/snapshot.ts';
import type { CleanOptions } from '../core/types.ts';
import { ensureOffscreenDocument } from '../platform/offscreen.ts';
import { sendMessage, type MessageSender } from '../platform/runtime.ts';
import type { CleanSnapshotMessage, EngineCleanMessage } from './messages.ts';

export const OFFSCREEN_PATH = 'offscreen/offscreen.html';

type Engine = (snapshot: PageSnapshot, options: CleanOptions) => CleanReply;

/** The engine background-engine.ts put in this page (Firefox), or null (Chrome's worker). */
function localEngine(): Engine | null {
  const own = Object.getOwnPropertyDescriptor(globalThis, Symbol.for(ENGINE_KEY));
  return own && typeof own.value === 'function' ? (own.value as Engine) : null;
}

export async function cleanForTab(message: CleanSnapshotMessage, sender: MessageSender): Promise<CleanReply> {
  if (sender.tabId === undefined) return { ok: false, error: 'only a page can ask for its snapshot to be cleaned' };
  try {
    const engine = localEngine();
    if (engine) return engine(message.snapshot, message.options);
    await ensureOffscreenDocument(OFFSCREEN_PATH, 'Parse the page the reader asked Plainpage to clean (auto-clean) and extract its article.');
    const forward: EngineCleanMessage = { type: 'plainpage:engine-clean', snapshot: message.snapshot, options: message.options };
    return (await sendMessage<CleanReply | undefined>(forward)) ?? { ok: false, error: 'the engine did not answer' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
