import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { tc } from '../../components/check/check-i18n';
import { bannerText, launchWithExtension, servePage, waitForBanner, type ExtensionBrowser } from './harness';

/**
 * The language setting, end to end in the built extension: chosen on the options page by real clicks, then the
 * banner on a danger Messenger fixture, the toolbar title, the popup and the check page all speak it; and 'auto'
 * follows the browser's language (the launcher's browser prefers Vietnamese unless told otherwise).
 */
const danger = ['https://www.facebook.com/messages/t/100077788899900', 'tests/fixtures/facebook/messenger-log-2026-vi-lookalike-money.html'] as const;
const unknownLayout = ['https://www.facebook.com/messages/t/100055566677788', 'tests/fixtures/facebook/messenger-unknown-layout.html'] as const;

interface ChromeLike {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getTitle(d: { tabId: number }): Promise<string> };
}

/** The id of the tab showing `page`, and the toolbar title the background set for it. */
async function tabOf(ext: ExtensionBrowser, page: Page): Promise<{ tabId: number; title: string }> {
  await page.bringToFront();
  const worker = await ext.worker();
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    const tabId = tab?.id ?? -1;
    return { tabId, title: tabId === -1 ? '' : await api.action.getTitle({ tabId }) };
  });
}

async function openPopup(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

describe('the language setting', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchWithExtension();
    for (const [url, file] of [danger, unknownLayout]) await servePage(ext.context, url, file);
  });
  afterAll(async () => ext?.close());

  it('English, chosen on the options page, is spoken by the banner, the toolbar, the popup and the check page', async () => {
    // A Vietnamese browser, language 'auto': the options page opens in Vietnamese.
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('heading', { level: 1, name: t('vi', 'options.title') }).waitFor();
    expect(await options.locator('html').getAttribute('lang')).toBe('vi');
    const group = options.getByRole('group', { name: 'Ngôn ngữ / Language' });
    expect(await group.getByRole('radio', { name: /Theo trình duyệt/ }).isChecked()).toBe(true);

    await group.getByRole('radio', { name: 'English', exact: true }).click();
    // The page changes language at once, and says the choice was stored.
    await options.getByRole('heading', { level: 1, name: t('en', 'options.title') }).waitFor();
    await options.getByRole('status').filter({ hasText: t('en', 'options.settings.saved') }).waitFor();
    expect(await options.locator('html').getAttribute('lang')).toBe('en');
    expect(await group.getByRole('radio', { name: 'English', exact: true }).isChecked()).toBe(true);
    // Opened again, it is still English: the setting is the background's, not the page's.
    await options.reload();
    await options.getByRole('heading', { level: 1, name: t('en', 'options.title') }).waitFor();

    const page = await ext.context.newPage();
    await page.goto(danger[0]);
    const banner = await waitForBanner(page, (text) => text.includes(t('en', 'level.danger')));
    expect(banner).not.toContain(t('vi', 'level.danger'));
    expect(banner).toContain('Lê Quang Minh');
    const { tabId, title } = await tabOf(ext, page);
    expect(title).toBe(t('en', 'toolbar.danger'));

    const popup = await openPopup(ext, tabId);
    const verdict = popup.locator('[data-level="danger"]');
    await verdict.waitFor();
    expect(await verdict.innerText()).toContain(tc('en', 'popup.level.danger'));
    expect(await popup.getByRole('link', { name: tc('en', 'popup.openOptions') }).count()).toBe(1);
    expect(await popup.locator('html').getAttribute('lang')).toBe('en');

    const check = await ext.context.newPage();
    await check.goto(`chrome-extension://${ext.extensionId}/check.html`);
    await check.getByRole('heading', { name: tc('en', 'check.heading') }).waitFor();
    expect(await check.title()).toBe(tc('en', 'check.pageTitle'));

    // The notice for a layout the extension does not recognise is in English too.
    const unknown = await ext.context.newPage();
    await unknown.goto(unknownLayout[0]);
    await waitForBanner(unknown, (text) => text.includes(t('en', 'layout.notRecognised').slice(0, 30)));
    expect((await tabOf(ext, unknown)).title).toBe(t('en', 'toolbar.layoutUnknown'));

    // Back to Vietnamese: the warning already open switches language at once, without a reload.
    await options.bringToFront();
    await options.getByRole('group', { name: 'Ngôn ngữ / Language' }).getByRole('radio', { name: 'Tiếng Việt', exact: true }).click();
    await options.getByRole('heading', { level: 1, name: t('vi', 'options.title') }).waitFor();
    await options.getByRole('status').filter({ hasText: t('vi', 'options.settings.saved') }).waitFor();
    await waitForBanner(page, (text) => text.includes(t('vi', 'level.danger')));
    expect(await bannerText(page)).not.toContain(t('en', 'level.danger'));
    await expect.poll(async () => (await tabOf(ext, page)).title, { timeout: 30_000 }).toBe(t('vi', 'toolbar.danger'));
  });
});

describe("'auto' in an English browser", () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchWithExtension({ languages: 'en-US,en' });
    await servePage(ext.context, danger[0], danger[1]);
  });
  afterAll(async () => ext?.close());

  it('speaks English with nothing chosen, and the options page can be read and set with the keyboard', async () => {
    const page = await ext.context.newPage();
    await page.goto(danger[0]);
    await waitForBanner(page, (text) => text.includes(t('en', 'level.danger')));
    const popup = await openPopup(ext, (await tabOf(ext, page)).tabId);
    await popup.locator('[data-level="danger"]').waitFor();
    expect(await popup.locator('[data-level="danger"]').innerText()).toContain(tc('en', 'popup.level.danger'));

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('heading', { level: 1, name: t('en', 'options.title') }).waitFor();
    const group = options.getByRole('group', { name: 'Ngôn ngữ / Language' });
    const auto = group.getByRole('radio', { name: t('en', 'options.settings.languageAuto', { language: 'English' }) });
    expect(await auto.isChecked()).toBe(true);
    // Keyboard: focus the checked radio, arrow down to the next language (Tiếng Việt), which is chosen and stored.
    await auto.focus();
    await options.keyboard.press('ArrowDown');
    await options.getByRole('heading', { level: 1, name: t('vi', 'options.title') }).waitFor();
    expect(await group.getByRole('radio', { name: 'Tiếng Việt', exact: true }).isChecked()).toBe(true);
    await options.getByRole('status').filter({ hasText: t('vi', 'options.settings.saved') }).waitFor();
    await page.reload();
    await waitForBanner(page, (text) => text.includes(t('vi', 'level.danger')));
  });
});
