/** Messages between the extension pages and the background. */

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
