import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';

/**
 * The context-menu item "Kiểm tra hồ sơ này" of the built extension (entrypoints/background/index.ts): created
 * at install for links to Facebook, Messenger, m.me and Zalo; clicked, it opens the check page with the link
 * (check.html?q=<link>) in a new tab next to the clicked tab, which checks it at once.
 *
 * Headless Chromium shows no context menu to click, and the DevTools protocol has no command to pick a menu item.
 * The click is driven instead through the service worker's own event object: Chromium's extension bindings give
 * every `chrome.*` event a `dispatch(...args)` that calls the listeners registered on it in that context, here
 * the background's real `contextMenus.onClicked` listener, with the `info` and `tab` the browser would pass.
 * What this does not cover: the browser showing the item (its `contexts` and `targetUrlPatterns` filter) and
 * building `info` itself; the test builds `info` as Chromium does for a link (the link's resolved href).
 */
let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => ext?.close());

interface ChromeLike {
  contextMenus: {
    update(id: string, properties: object): Promise<void>;
    onClicked: { hasListeners(): boolean; dispatch(info: object, tab?: object): void };
  };
  tabs: { query(q: object): Promise<{ id?: number; index: number; url?: string; pendingUrl?: string }[]> };
  runtime: { getURL(path: string): string };
}

/** A page showing `links` (a chat or a mail with links pasted into it), in a tab of its own, brought to front. */
async function pageWithLinks(links: readonly string[]): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setContent(`<main>${links.map((link) => `<p><a href="${link}">${link}</a></p>`).join('')}</main>`);
  await page.bringToFront();
  return page;
}

/** The href of the page's n-th link as the browser resolved it: what Chromium puts in the click's `linkUrl`. */
const linkUrlOf = (page: Page, n: number) => page.locator('a').nth(n).evaluate((a) => (a as HTMLAnchorElement).href);

/**
 * Right-click on a link in the active tab and choose `menuItemId`: the background's registered onClicked listener
 * is called with the menu's `info` and the active tab (as tabs.query gives it to the extension). Returns that
 * tab's index.
 */
async function clickMenu(worker: Worker, info: { menuItemId: string; linkUrl?: string; pageUrl: string }): Promise<number> {
  return worker.evaluate(async (menuInfo) => {
    const api = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab) throw new Error('no active tab');
    api.contextMenus.onClicked.dispatch({ editable: false, ...menuInfo }, tab);
    return tab.index;
  }, info);
}

/** The address the handler opens for a link. */
const checkUrlFor = (link: string) => `chrome-extension://${ext.extensionId}/check.html?q=${encodeURIComponent(link)}`;

/** Indexes of the open tabs showing `url` (the extension sees the addresses of its own pages). */
async function tabIndexesOf(worker: Worker, url: string): Promise<number[]> {
  return worker.evaluate(async (address) => {
    const api = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    // A tab still loading has its address in pendingUrl until the page commits.
    return (await api.tabs.query({})).filter((tab) => (tab.url || tab.pendingUrl) === address).map((tab) => tab.index);
  }, url);
}

/** The check page's result, once shown, and what its text box holds. */
async function checkResult(page: Page): Promise<{ outcome: string; for: string; text: string; box: string }> {
  const article = page.locator('article[data-outcome]');
  await article.waitFor();
  return {
    outcome: (await article.getAttribute('data-outcome')) ?? '',
    for: (await article.getAttribute('data-for')) ?? '',
    text: await article.innerText(),
    box: await page.getByRole('textbox').inputValue(),
  };
}

const cases = [
  { name: 'a listed leader’s verified Facebook profile', link: 'https://www.facebook.com/lequangminh.qt', outcome: 'verified', words: ['ĐÃ XÁC MINH', 'Lê Quang Minh'] },
  {
    name: 'the disguised look-alike profile (an account the directory does not know)',
    link: 'https://www.facebook.com/profile.php?id=100099988877766',
    outcome: 'not-found',
    words: ['KHÔNG CÓ TRONG DANH BẠ', 'chưa có nghĩa là an toàn'],
  },
  { name: 'a reported impersonator’s profile', link: 'https://www.facebook.com/profile.php?id=100099999999999', outcome: 'reported', words: ['NGUY HIỂM'] },
  { name: 'a leader’s Zalo link', link: 'https://zalo.me/0912345678', outcome: 'verified', words: ['ĐÃ XÁC MINH', 'Lê Quang Minh'] },
] as const;

describe('the context-menu item "Kiểm tra hồ sơ này"', () => {
  it('is created by the background, with a listener for its clicks', async () => {
    const worker = await ext.worker();
    const update = (id: string) =>
      worker.evaluate(async (itemId) => {
        const api = (globalThis as unknown as { chrome: ChromeLike }).chrome;
        return api.contextMenus.update(itemId, {}).then(
          () => 'ok',
          (error: unknown) => `refused: ${String(error)}`,
        );
      }, id);
    // Updating an item fails unless it exists: the background creates 'check-profile' in runtime.onInstalled,
    // which runs just after the browser starts with the extension, so the test waits for it.
    await expect.poll(() => update('check-profile'), { timeout: 30_000 }).toBe('ok');
    expect(await update('no-such-item')).toMatch(/^refused/);
    expect(await worker.evaluate(() => (globalThis as unknown as { chrome: ChromeLike }).chrome.contextMenus.onClicked.hasListeners())).toBe(true);
  });

  it.each(cases)('clicked on $name, opens the check page next to the tab, the link checked at once', async ({ link, outcome, words }) => {
    const worker = await ext.worker();
    const source = await pageWithLinks([link]);
    const other = await ext.context.newPage(); // a tab after the clicked one: the check page goes between them
    await source.bringToFront();
    const linkUrl = await linkUrlOf(source, 0);
    expect(linkUrl).toBe(link);

    const opened = ext.context.waitForEvent('page', { predicate: (page) => page.url() === checkUrlFor(link), timeout: 30_000 });
    const clickedIndex = await clickMenu(worker, { menuItemId: 'check-profile', linkUrl, pageUrl: source.url() });
    const checkPage = await opened;
    expect(await tabIndexesOf(worker, checkUrlFor(link))).toEqual([clickedIndex + 1]);

    const result = await checkResult(checkPage);
    expect(result.box).toBe(link);
    expect(result.for).toBe(link);
    expect(result.outcome).toBe(outcome);
    for (const w of words) expect(result.text).toContain(w);
    await checkPage.close();
    await other.close();
    await source.close();
  });

  it('opens nothing for another menu item or a click that is not on a link', async () => {
    const worker = await ext.worker();
    const [ignored, clicked] = ['https://www.facebook.com/profile.php?id=100099988877766', 'https://www.facebook.com/lequangminh.qt'];
    const source = await pageWithLinks([ignored, clicked]);
    const checkPrefix = `chrome-extension://${ext.extensionId}/check.html`;
    const checkTabs = () =>
      worker.evaluate(async (prefix) => {
        const api = (globalThis as unknown as { chrome: ChromeLike }).chrome;
        return (await api.tabs.query({})).map((tab) => tab.url || tab.pendingUrl || '').filter((url) => url.startsWith(prefix));
      }, checkPrefix);
    const before = await checkTabs();
    // The listener decides at once, opening a tab or returning; tabs open in the order they are asked for. So once
    // the third click's tab is open, a tab asked for by either of the first two would be open too.
    await clickMenu(worker, { menuItemId: 'another-item', linkUrl: await linkUrlOf(source, 0), pageUrl: source.url() });
    await clickMenu(worker, { menuItemId: 'check-profile', pageUrl: source.url() });
    const opened = ext.context.waitForEvent('page', { predicate: (page) => page.url() === checkUrlFor(clicked), timeout: 30_000 });
    await clickMenu(worker, { menuItemId: 'check-profile', linkUrl: await linkUrlOf(source, 1), pageUrl: source.url() });
    const checkPage = await opened;
    expect(await checkTabs()).toEqual([...before, checkUrlFor(clicked)]);
    await checkPage.close();
    await source.close();
  });
});
