// TEST-ONLY helper, copied into dist-e2e/firefox by scripts/build.ts (never into dist/).
// Firefox refuses automation navigating to moz-extension:// URLs (toolchain notes §9),
// so on install the add-on opens its own popup page as a tab, aimed at the first
// fixture tab on 127.0.0.1, exactly as the Chromium tests do with `?tabId=`; and the
// sidebar's page (sidebar_action) the same way, as a tab.
browser.runtime.onInstalled.addListener(async () => {
  const [tab] = await browser.tabs.query({ url: 'http://127.0.0.1/*' });
  if (tab && tab.id !== undefined) {
    await browser.tabs.create({ url: browser.runtime.getURL(`popup/popup.html?tabId=${tab.id}`) });
    await browser.tabs.create({ url: browser.runtime.getURL(`sidepanel/sidepanel.html?tabId=${tab.id}`), active: false });
  }
});
