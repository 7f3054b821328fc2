/**
 * `?tabId=N` picks the tab the popup cleans; without it, the active tab of the popup's
 * window. Browsers give automation no handle on a real popup, so the e2e tests open
 * popup.html as a tab with this parameter (toolchain notes §3).
 */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
