/** Messages between the extension pages and the background. */

/** Ask the background to reconcile now and answer with its report. */
export interface ReconcileMessage {
  type: 'plainpage:reconcile';
}

export function isReconcileMessage(message: unknown): message is ReconcileMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'plainpage:reconcile';
}
