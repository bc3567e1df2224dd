import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, servePage, type ExtensionBrowser, tabIdOf } from './harness';

/**
 * The toolbar popup of the built extension, opened as a page (popup.html?tab=<id>) about a tab showing a fixture
 * at its real address: the verdict in words, the "Kiểm tra hồ sơ này" button, and plain words for pages it
 * cannot read. Every kind of page the extension reads is covered: a Facebook profile, a Messenger thread, a Zalo
 * Web chat (one-to-one and group), a page it does not read, and a layout it does not recognise.
 */

/** A page the extension reads, and what the popup must say about it. */
interface PopupCase {
  name: string;
  url: string;
  file: string;
  /** The verdict's level ([data-level]), or 'layout-unknown' for the popup's [data-state="layout-unknown"]. */
  expected: 'danger' | 'lookalike' | 'verified' | 'layout-unknown';
  /** Words the popup must show (the level's sentence, the leader, a reason). */
  words: (string | RegExp)[];
}

const leader = 'Lãnh đạo: Lê Quang Minh';
const sentence = {
  danger: 'NGUY HIỂM: giả danh lãnh đạo để hỏi tiền.',
  lookalike: 'CẢNH BÁO: tài khoản giả danh lãnh đạo.',
  verified: 'Tài khoản đã xác minh của lãnh đạo.',
  layoutUnknown: 'Không nhận ra bố cục trang này',
};

// Zalo Web is one address (https://chat.zalo.me/) for every chat: each Zalo case serves its fixture there just
// before it opens it (the later route wins), as tests/e2e/warnings.test.ts does.
const cases: PopupCase[] = [
  {
    name: 'a Messenger thread where a look-alike asks for money: danger',
    url: 'https://www.facebook.com/messages/t/100077788899900',
    file: 'tests/fixtures/facebook/messenger-log-2026-vi-lookalike-money.html',
    expected: 'danger',
    words: [sentence.danger, leader, /15\.000\.000|15 triệu/], // the money request, among the reasons
  },
  {
    name: 'a disguised Facebook profile: look-alike, naming the leader it imitates',
    url: 'https://www.facebook.com/profile.php?id=100099988877766',
    file: 'tests/fixtures/facebook/profile-vi-lookalike.html',
    expected: 'lookalike',
    words: [sentence.lookalike, leader, 'Tên dùng chữ ï'], // the disguise, among the reasons
  },
  {
    name: 'the leader’s own Facebook profile: verified',
    url: 'https://www.facebook.com/lequangminh.qt',
    file: 'tests/fixtures/facebook/profile-en-verified-minh.html',
    expected: 'verified',
    words: [sentence.verified, leader, 'Đây là tài khoản Facebook đã xác minh trong danh bạ.'],
  },
  {
    name: 'a one-to-one Zalo Web chat where a look-alike asks for money: danger',
    url: 'https://chat.zalo.me/',
    file: 'tests/fixtures/zalo/zalo-2026-vi-lookalike-1to1.html',
    expected: 'danger',
    words: [sentence.danger, leader, '30.000.000', 'Số tài khoản 1234567890'], // the request and the reported account
  },
  {
    name: 'a Zalo Web group where a look-alike asks for money: danger',
    url: 'https://chat.zalo.me/',
    file: 'tests/fixtures/zalo/zalo-2026-vi-lookalike-group.html',
    expected: 'danger',
    // The sender calls himself "GĐ Lê Quang Mình": the matcher takes "Mình" for a typo of the demo leader Lê Quang
    // Mạnh (other marks than "Minh" make another name; `npm run cli -- check-name "GĐ Lê Quang Mình"`).
    words: [sentence.danger, 'Lãnh đạo: Lê Quang Mạnh', '10.000.000', 'Số tài khoản 0451000987654'],
  },
  {
    name: 'a Messenger layout it does not recognise: says so',
    url: 'https://www.facebook.com/messages/t/100055566677788',
    file: 'tests/fixtures/facebook/messenger-unknown-layout.html',
    expected: 'layout-unknown',
    words: [sentence.layoutUnknown],
  },
];

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => ext?.close());

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

/**
 * What the background stored for the tab (storage.session, `tab:<id>`, what the popup reads): the verdict's level
 * and the page's layout, or null when the tab has no stored verdict.
 */
async function storedVerdict(tabId: number): Promise<{ level: string; layout: string } | null> {
  const worker = await ext.worker();
  return worker.evaluate(async (id) => {
    const session = (globalThis as unknown as { chrome: { storage: { session: SessionArea } } }).chrome.storage.session;
    const state = (await session.get(`tab:${id}`))[`tab:${id}`] as { answer: { layout: string; verdict: { level: string } } } | undefined;
    return state ? { level: state.answer.verdict.level, layout: state.answer.layout } : null;
  }, tabId);
}

async function forgetVerdict(tabId: number): Promise<void> {
  const worker = await ext.worker();
  await worker.evaluate(async (id) => {
    await (globalThis as unknown as { chrome: { storage: { session: SessionArea } } }).chrome.storage.session.remove(`tab:${id}`);
  }, tabId);
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** The popup's verdict element for `expected`, once shown, and its visible words. */
async function shownVerdict(popup: Page, expected: PopupCase['expected'] | 'none'): Promise<string> {
  const verdict = expected === 'layout-unknown' ? popup.locator('[data-state="layout-unknown"]') : popup.locator(`[data-level="${expected}"]`);
  await verdict.waitFor({ timeout: 30_000 });
  // Exactly one verdict is shown, and it is the expected one.
  expect(await popup.locator('[data-level], [data-state]').count()).toBe(1);
  return verdict.innerText();
}

/** What the background stores for `expected`: the verdict's level, or an unrecognised layout with no verdict. */
const storedFor = (expected: PopupCase['expected']) => (expected === 'layout-unknown' ? { level: 'none', layout: 'unknown' } : expect.objectContaining({ level: expected }));

function expectWords(text: string, words: PopupCase['words']): void {
  for (const w of words) {
    if (typeof w === 'string') expect(text).toContain(w);
    else expect(text).toMatch(w);
  }
}

/**
 * Replaces the tab's stored verdict with a stale one that says nothing is wrong (level none, layout recognised),
 * so that a popup showing the case's verdict afterwards can only be showing a new judgement.
 */
async function storeStaleVerdict(tabId: number): Promise<void> {
  const worker = await ext.worker();
  await worker.evaluate(async (id) => {
    const session = (globalThis as unknown as { chrome: { storage: { session: SessionArea & { set(items: object): Promise<void> } } } }).chrome.storage.session;
    const state = (await session.get(`tab:${id}`))[`tab:${id}`] as { answer: { layout: string; dismissed?: boolean; verdict: { level: string } } };
    state.answer.layout = 'ok';
    state.answer.verdict.level = 'none';
    await session.set({ [`tab:${id}`]: state });
  }, tabId);
}

/**
 * Opens the case's page, waits until the background has judged it, and checks the popup three ways: as opened
 * (the stored verdict); opened on a tab whose verdict was forgotten (it asks the page to read itself); and
 * showing a stale "nothing wrong" verdict, then, with the verdict forgotten, "Kiểm tra hồ sơ này" pressed: the
 * page is read and judged afresh, the verdict stored again, and the popup changes to it. The stored verdict is
 * removed each time first, so what is then stored can only come from that new judgement.
 */
async function checkPopup(c: PopupCase): Promise<void> {
  await servePage(ext.context, c.url, c.file);
  const page = await ext.context.newPage();
  await page.goto(c.url);
  const tabId = await tabIdOf(ext, page);
  await expect.poll(() => storedVerdict(tabId), { timeout: 30_000 }).toEqual(storedFor(c.expected));

  const popup = await openPopup(tabId);
  expectWords(await shownVerdict(popup, c.expected), c.words);
  expect(await popup.getByRole('link', { name: 'Cài đặt' }).getAttribute('href')).toBe(`chrome-extension://${ext.extensionId}/options.html`);
  expect(await popup.getByRole('link', { name: /Kiểm tra số điện thoại/ }).getAttribute('href')).toBe(`chrome-extension://${ext.extensionId}/check.html`);

  // Opened on a tab never judged, the popup asks the page to read itself, and shows that verdict.
  await forgetVerdict(tabId);
  await popup.reload();
  await popup.getByRole('status').filter({ hasText: 'Đã đọc lại trang.' }).waitFor({ timeout: 30_000 });
  expectWords(await shownVerdict(popup, c.expected), c.words);
  expect(await storedVerdict(tabId)).toEqual(storedFor(c.expected));

  // The button does the same on demand. The popup first shows a stale verdict ("nothing wrong"); that verdict is
  // then forgotten, and pressing the button has the page judged and stored again, and the popup show it.
  await storeStaleVerdict(tabId);
  await popup.reload();
  expectWords(await shownVerdict(popup, 'none'), ['Không thấy dấu hiệu giả danh lãnh đạo.']);
  await forgetVerdict(tabId);
  expect(await storedVerdict(tabId)).toBeNull();
  await popup.getByRole('button', { name: 'Kiểm tra hồ sơ này' }).click();
  await expect.poll(() => storedVerdict(tabId), { timeout: 30_000 }).toEqual(storedFor(c.expected));
  expectWords(await shownVerdict(popup, c.expected), c.words);
  await popup.getByRole('status').filter({ hasText: 'Đã đọc lại trang.' }).waitFor({ timeout: 30_000 });
  await popup.close();
  await page.close();
}

describe('the popup, on each kind of page the extension reads', () => {
  it.each(cases)('$name', checkPopup);
});

describe('the popup, on other pages', () => {
  it('says plainly when the page is not one the extension reads', async () => {
    const page = await ext.context.newPage(); // about:blank
    const popup = await openPopup(await tabIdOf(ext, page));
    await popup.locator('[data-state="unsupported"]').waitFor();
    expect(await popup.locator('main').innerText()).toContain('Trang này không phải Facebook, Messenger hay Zalo Web');
    expect(await popup.getByRole('button', { name: 'Kiểm tra hồ sơ này' }).count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
