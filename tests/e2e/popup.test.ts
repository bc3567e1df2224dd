import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, servePage, waitForBanner, type ExtensionBrowser } from './harness';

/**
 * The toolbar popup of the built extension, opened as a page (popup.html?tab=<id>) about a tab showing a fixture
 * at its real address: the verdict in words, the "Kiểm tra hồ sơ này" button, and plain words for pages it
 * cannot read.
 */
const danger = ['https://www.facebook.com/messages/t/100077788899900', 'tests/fixtures/facebook/messenger-log-2026-vi-lookalike-money.html'] as const;
const unknownLayout = ['https://www.facebook.com/messages/t/100055566677788', 'tests/fixtures/facebook/messenger-unknown-layout.html'] as const;

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
  for (const [url, file] of [danger, unknownLayout]) await servePage(ext.context, url, file);
});
afterAll(async () => ext?.close());

/** The id of the tab showing `page` (the extension has no "tabs" permission, but the active tab's id is known). */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await ext.worker();
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

describe('the popup', () => {
  it('shows a danger Messenger tab’s verdict in words, with the leader and the reasons', async () => {
    const page = await ext.context.newPage();
    await page.goto(danger[0]);
    await waitForBanner(page, (t) => t.includes('NGUY HIỂM'));
    const tabId = await tabIdOf(page);
    const popup = await openPopup(tabId);
    const verdict = popup.locator('[data-level]');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-level')).toBe('danger');
    const text = await verdict.innerText();
    expect(text).toContain('NGUY HIỂM: giả danh lãnh đạo để hỏi tiền.');
    expect(text).toContain('Lãnh đạo: Lê Quang Minh');
    expect(text).toMatch(/15\.000\.000|15 triệu/); // the money request, among the reasons
    expect(await popup.getByRole('link', { name: 'Cài đặt' }).getAttribute('href')).toBe(`chrome-extension://${ext.extensionId}/options.html`);
    expect(await popup.getByRole('link', { name: /Kiểm tra số điện thoại/ }).getAttribute('href')).toBe(`chrome-extension://${ext.extensionId}/check.html`);

    // "Kiểm tra hồ sơ này": the content script reads the page again and is judged afresh. The stored verdict is
    // removed first, so what the popup then shows can only come from that new judgement.
    const worker = await ext.worker();
    const stored = () =>
      worker.evaluate(async (id) => {
        const session = (globalThis as unknown as { chrome: { storage: { session: SessionArea } } }).chrome.storage.session;
        return `tab:${id}` in (await session.get(`tab:${id}`));
      }, tabId);
    const forget = () =>
      worker.evaluate(async (id) => {
        await (globalThis as unknown as { chrome: { storage: { session: SessionArea } } }).chrome.storage.session.remove(`tab:${id}`);
      }, tabId);
    // Opened on a tab never judged, the popup asks the page to read itself, and shows that verdict.
    await forget();
    await popup.reload();
    await popup.getByRole('status').filter({ hasText: 'Đã đọc lại trang.' }).waitFor();
    expect(await popup.locator('[data-level]').getAttribute('data-level')).toBe('danger');
    // The button does the same on demand: the tab's verdict, forgotten, is judged and stored again.
    await forget();
    expect(await stored()).toBe(false);
    await popup.getByRole('button', { name: 'Kiểm tra hồ sơ này' }).click();
    await expect.poll(stored, { timeout: 10_000 }).toBe(true);
    expect(await popup.locator('[data-level]').getAttribute('data-level')).toBe('danger');
    await popup.close();
    await page.close();
  });

  it('says plainly when the page is not one the extension reads', async () => {
    const page = await ext.context.newPage(); // about:blank
    const popup = await openPopup(await tabIdOf(page));
    await popup.locator('[data-state="unsupported"]').waitFor();
    expect(await popup.locator('main').innerText()).toContain('Trang này không phải Facebook, Messenger hay Zalo Web');
    expect(await popup.getByRole('button', { name: 'Kiểm tra hồ sơ này' }).count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('says when the page’s layout was not recognised', async () => {
    const page = await ext.context.newPage();
    await page.goto(unknownLayout[0]);
    const tabId = await tabIdOf(page);
    const popup = await openPopup(tabId);
    await popup.locator('[data-state="layout-unknown"]').waitFor();
    expect(await popup.locator('main').innerText()).toContain('Không nhận ra bố cục trang này');
    await popup.close();
    await page.close();
  });
});
