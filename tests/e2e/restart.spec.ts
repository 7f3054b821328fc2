/** Settings and auto-clean registrations survive a browser restart (same profile, relaunched). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  autoCleanState, expect, expectPopupState, inView, launchExtension, openPopupFor, ORIGIN, pageUrl, registeredScripts,
  setAutoCleanFromPopup, storedSettings, test,
} from './fixtures.ts';

const NEWS = pageUrl('/fixtures/aggregator--semantic/');

test('settings and registrations survive a browser restart', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'plainpage-restart-'));
  try {
    const first = await launchExtension(profile);
    const page = await first.context.newPage();
    await page.goto(NEWS);
    await setAutoCleanFromPopup(first, page, true);
    const popup = await openPopupFor(first, page);
    await expectPopupState(popup, 'ready');
    await popup.getByRole('button', { name: /Larger text/ }).click();
    await expect.poll(() => storedSettings(first.sw)).toMatchObject({ textSize: 20, autoClean: { [ORIGIN]: true } });
    await first.context.close();

    // Chromium clears dynamic content scripts on every --load-extension launch (toolchain
    // notes §3); the background must restore them from the stored settings.
    const second = await launchExtension(profile);
    try {
      expect(await storedSettings(second.sw)).toMatchObject({ version: 4, textSize: 20, autoClean: { [ORIGIN]: true } });
      await expect.poll(() => registeredScripts(second.sw)).toEqual([{ id: `plainpage-auto:${ORIGIN}`, matches: ['http://127.0.0.1/*'] }]);
      const again = await second.context.newPage();
      await again.goto(NEWS);
      await expect.poll(() => inView(again, (root) => root.querySelector('.pp-title')?.textContent ?? null)).toBeTruthy();
      expect(await autoCleanState(second, again)).toBe('cleaned');
      expect(await inView(again, (root) => getComputedStyle(root.querySelector('.pp-body p')!).fontSize)).toBe('20px');
      const popupAgain = await openPopupFor(second, again);
      await expect(popupAgain.getByRole('switch', { name: 'Auto-clean this site' })).toBeChecked();
    } finally {
      await second.context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
