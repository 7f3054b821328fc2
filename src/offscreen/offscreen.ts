/**
 * Chrome's offscreen document: the engine for auto-clean pages. The background opens it and
 * forwards each content script's page snapshot here (an MV3 service worker has no DOMParser).
 * It answers only the background's engine-clean messages.
 */
import { isEngineCleanMessage } from '../background/messages.ts';
import { cleanSnapshot } from '../engine-host/clean-snapshot.ts';
import { onMessage } from '../platform/runtime.ts';

onMessage((message) => (isEngineCleanMessage(message) ? Promise.resolve(cleanSnapshot(message.snapshot, message.options)) : undefined));
