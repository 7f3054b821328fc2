/**
 * The engine on a page snapshot, in an extension page (popup, side panel, Chrome's offscreen
 * document, Firefox's background page). The snapshot is parsed into an inert document
 * (parsePageHtml: no script runs, nothing loads).
 */
import { cleanDocument } from '../core/index.ts';
import type { CleanOptions, CleanResult } from '../core/types.ts';
import { parsePageHtml } from '../core/lib/html.ts';
import { inPageOrder } from '../reader/removal-log.ts';
import type { PageSnapshot } from './snapshot.ts';

export type CleanReply =
  | { ok: true; result: CleanResult }
  | { ok: false; unreadable: 'pdf' | 'not-html' }
  | { ok: false; error: string };

export function cleanSnapshot(snapshot: PageSnapshot, options: CleanOptions = {}): CleanReply {
  if (!snapshot.ok) return snapshot;
  try {
    const doc = parsePageHtml(snapshot.html);
    const result = cleanDocument(doc, snapshot.url, options, { baseUrl: snapshot.baseUrl });
    // The core logs in stage order; the reader sees each kind of removal in page order.
    const pageText = doc.body?.textContent ?? '';
    return { ok: true, result: { ...result, removed: { ...result.removed, log: inPageOrder(result.removed.log, pageText) } } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
