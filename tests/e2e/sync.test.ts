import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64, base64ToBytes, type SignedFeed } from '../../lib/feed';
import { decodeUtf8, encodeUtf8 } from '../../lib/feed/bytes';
import { t } from '../../lib/i18n';
import { repoDir } from '../../scripts/generate/shared-path';
import { startFeedServer, type FeedServer } from '../../scripts/feed-server';
import { demoTestKey, payloadBytes, testPublisher } from '../feed/helpers';
import { signFeed } from '../../lib/feed';
import { bannerHtml, chromiumPath, judgedLevel, servePage, tabIdOf, waitForBanner } from './harness';

/**
 * Directory sync in Chromium with the built extension and scripts/feed-server.ts on an ephemeral 127.0.0.1 port.
 *
 * The extension is built here with `wxt build --mode test` (into .output/chrome-mv3-test): only a non-production
 * build trusts the demo publisher's TEST key and lets storage.local point that test publisher's manifest address
 * at this server (entrypoints/background/publishers.ts). The production build (`wxt build`) has neither.
 */
const testBuildDir = path.join(repoDir, '.output', 'chrome-mv3-test');
const ordinaryThread = ['https://www.facebook.com/messages/t/100011122233344', 'tests/fixtures/facebook/messenger-log-2026-en-ordinary-long.html'] as const;
const lookalikeThread = ['https://www.facebook.com/messages/t/100077788899900', 'tests/fixtures/facebook/messenger-log-2026-vi-lookalike-money.html'] as const;

let context: BrowserContext;
let extensionId: string;
let server: FeedServer;
let feedDir: string;
let userDataDir: string;
const publishToken = 'round-trip-token-7d1e';

/** The demo directory as `version`, with a leader who shares the ordinary thread's partner's name (v2 on). */
async function signed(version: number): Promise<SignedFeed> {
  const bytes = payloadBytes((d) => {
    d.version = version;
    d.issuedAt = '2026-11-20T00:00:00Z';
    d.leaders.push({ id: 'qt-stc-pgd-lan', name: 'Hoàng Thị Lan', title: 'Phó Giám đốc', organization: 'Sở Tài chính tỉnh Quảng Trị', accounts: [{ platform: 'facebook', id: '100022233344455' }], phones: ['0233 3812 346'] });
  });
  return signFeed(bytes, await demoTestKey(), 'demo-qt-test-1');
}

async function publish(feed: SignedFeed, feedText = feed.feedText): Promise<void> {
  await writeFile(path.join(feedDir, feed.feedFile), feedText);
  await writeFile(path.join(feedDir, feed.manifestFile), feed.manifestText);
}

async function worker(): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The stored directories and active versions, read straight from the extension's IndexedDB. */
async function storedDirectories(): Promise<string> {
  return (await worker()).evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('chong-gia-danh');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const text = JSON.stringify({ directories: await all('directories'), publishers: await all('publishers') });
    db.close();
    return text;
  });
}

async function optionsPage(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('heading', { name: t('vi', 'options.title') }).waitFor();
  // The publisher list has arrived: a sync started now cannot be overwritten by the page's first, older answer.
  await page.locator('[data-publisher="demo-qt"] [data-field="version"]').waitFor();
  return page;
}

async function syncNow(options: Page): Promise<string> {
  const status = options.locator('#sync-message');
  await options.getByRole('button', { name: t('vi', 'options.sync.now') }).click();
  // The sync started at install may still be waiting for a feed (up to its 30 s timeout) before this one runs.
  await expect.poll(() => status.textContent(), { timeout: 45_000 }).toMatch(/^Đã kiểm tra xong/);
  return (await status.textContent()) ?? '';
}

async function openThread([url, file]: readonly [string, string]): Promise<Page> {
  await servePage(context, url, file);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** A page the background judged, settled on no warning: its banner's markup (empty, the tests then say). */
async function settledBanner(page: Page): Promise<string> {
  expect(await judgedLevel({ worker }, page)).toBe('none');
  return bannerHtml(page);
}

beforeAll(async () => {
  await promisify(execFile)('npx', ['wxt', 'build', '--mode', 'test'], { cwd: repoDir });
  feedDir = await mkdtemp(path.join(tmpdir(), 'cgd-feeds-'));
  server = await startFeedServer({ root: feedDir, port: 0, token: publishToken });
  userDataDir = await mkdtemp(path.join(tmpdir(), 'cgd-e2e-sync-'));
  // A browser preferring Vietnamese, as the launcher's (scripts/chromium/extension-browser.ts): the language setting
  // 'auto' follows it, and these checks read the Vietnamese words.
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: ['--headless=new', `--disable-extensions-except=${testBuildDir}`, `--load-extension=${testBuildDir}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--accept-lang=vi-VN,vi'],
  });
  // As on this machine's closed network: nothing is reachable but the local feed server.
  const feedHost = new URL(server.url).host;
  await context.route((url) => (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== feedHost, (route) => route.abort('blockedbyclient'));
  extensionId = new URL((await worker()).url()).host;
  await (await worker()).evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ 'cgd-test-feed-urls': { 'demo-qt': url } });
  }, `${server.url}/demo-qt.manifest.json`);
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  await rm(feedDir, { recursive: true, force: true });
  await rm(userDataDir, { recursive: true, force: true });
});

describe('directory sync in the browser', () => {
  it('picks up a new version without reinstalling: a leader added in v2 reaches the page', async () => {
    const before = await openThread(ordinaryThread);
    expect(await settledBanner(before)).toBe(''); // v1 (bundled) knows no Hoàng Thị Lan

    await publish(await signed(2));
    const options = await optionsPage();
    expect(await syncNow(options)).toBe(t('vi', 'options.sync.done', { applied: 1, failed: 0 }));
    const row = options.locator('[data-publisher="demo-qt"]');
    await expect.poll(() => row.locator('[data-field="version"]').textContent()).toBe('2');
    expect(await row.locator('[data-field="last-error"]').textContent()).toBe(t('vi', 'options.publisher.noError'));
    // The page already open learns of the new leader without a reload.
    await waitForBanner(before, (text, html) => html.includes('data-level="namesake"') && text.includes('Hoàng Thị Lan'));
    await before.close();

    // Normal sensitivity: a namesake of the new leader gets the quiet note.
    const after = await openThread(ordinaryThread);
    await waitForBanner(after, (text, html) => html.includes('data-level="namesake"') && text.includes('Hoàng Thị Lan'));
    expect(await bannerHtml(after)).toContain('role="note"');
    await after.close();

    // Sensitivity "cao": the same namesake as an amber banner.
    await options.getByRole('radio', { name: t('vi', 'options.settings.high') }).check();
    await expect.poll(() => options.getByText(t('vi', 'options.settings.saved')).count()).toBe(1);
    const loud = await openThread(ordinaryThread);
    const text = await waitForBanner(loud, (x) => x.includes(t('vi', 'namesakeBanner.heading')));
    expect(text).toContain('0233 3812 346'); // the new leader's phone, to call
    // Its short part a polite status, nothing assertive (the banner itself is a labelled region, not live).
    expect(await bannerHtml(loud)).toMatch(/class="cgd-root cgd-banner cgd-amber"/);
    await waitForBanner(loud, (_, html) => new RegExp(`<div role="status"[^>]*>${t('vi', 'namesakeBanner.heading')}\\. `).test(html));
    expect(await bannerHtml(loud)).not.toMatch(/role="alert"/);
    await loud.close();
    await options.getByRole('radio', { name: t('vi', 'options.settings.normal') }).check();
    await options.close();
  }, 90_000);

  it('refuses a tampered feed: the error shows on the options page and the directory in use is intact', async () => {
    const before = await storedDirectories();
    expect(before).toContain('Hoàng Thị Lan');
    const v3 = await signed(3);
    const envelope = JSON.parse(v3.feedText) as { payload: string };
    const changed = (decodeUtf8(base64ToBytes(envelope.payload)!) ?? '').replace('0233 3812 346', '0999 999 999');
    await publish(v3, JSON.stringify({ ...envelope, payload: bytesToBase64(encodeUtf8(changed)) }));

    const options = await optionsPage();
    expect(await syncNow(options)).toBe(t('vi', 'options.sync.done', { applied: 0, failed: 1 }));
    const row = options.locator('[data-publisher="demo-qt"]');
    await expect.poll(() => row.locator('[data-field="last-error"]').textContent()).toContain(t('vi', 'sync.error.bad-signature'));
    expect(await row.locator('[data-field="last-error"]').textContent()).toContain(t('vi', 'options.publisher.kept'));
    expect(await row.locator('[data-field="version"]').textContent()).toBe('2');
    expect(await storedDirectories()).toBe(before);
    await options.close();
  }, 90_000);

  it('refuses a rolled-back, wrongly keyed, oversized or malformed feed the same way, leaving v2 intact', async () => {
    const before = await storedDirectories();
    const v3 = await signed(3);
    const intruder = await testPublisher(undefined, undefined, 'demo-qt-test-1'); // same key id, another key
    const stranger = await testPublisher(undefined, undefined, 'intruder-1');
    const bytes = payloadBytes((d) => {
      d.version = 3;
      d.issuedAt = '2026-11-21T00:00:00Z';
    });
    const manifest = JSON.parse(v3.manifestText) as Record<string, unknown>;
    const cases: { name: string; publish: () => Promise<void>; code?: string }[] = [
      { name: 'rolled back to v1', publish: () => publish(awaitSigned1!), code: 'rollback' },
      { name: 'signed by another key under the trusted key id', publish: async () => publish(await intruder.sign(bytes)), code: 'bad-signature' },
      { name: 'signed by an unknown key', publish: async () => publish(await stranger.sign(bytes)), code: 'unknown-key' },
      // A manifest declaring a huge payload is itself refused; a manifest that lies is caught while downloading.
      { name: 'oversized manifest', publish: () => publish({ ...v3, manifestText: JSON.stringify({ ...manifest, payloadBytes: 50_000_000 }) }), code: 'malformed-manifest' },
      { name: 'oversized feed', publish: () => publish(v3, `${v3.feedText}${' '.repeat(12_000_000)}`), code: 'oversized' },
      { name: 'malformed', publish: () => publish(v3, '{"format":"cgd-feed/1", "payload": ') },
    ];
    const awaitSigned1 = await signed(1);
    const options = await optionsPage();
    const row = options.locator('[data-publisher="demo-qt"]');
    for (const bad of cases) {
      await bad.publish();
      expect(await syncNow(options), bad.name).toBe(t('vi', 'options.sync.done', { applied: 0, failed: 1 }));
      const error = (await row.locator('[data-field="last-error"]').textContent()) ?? '';
      if (bad.code) expect(error, bad.name).toContain(t('vi', `sync.error.${bad.code}` as 'sync.error.rollback'));
      expect(error, bad.name).toContain(t('vi', 'options.publisher.kept'));
      expect(await row.locator('[data-field="version"]').textContent(), bad.name).toBe('2');
      expect(await storedDirectories(), bad.name).toBe(before);
    }
    await options.close();
  }, 90_000);

  it('a site turned off gets no warnings, and a page already open drops its warning at once; turned on again, it warns', async () => {
    const options = await optionsPage();
    const saved = () => options.getByText(t('vi', 'options.settings.saved')).count();
    const open = await openThread(lookalikeThread);
    await waitForBanner(open, (x) => x.includes('NGUY HIỂM'));
    await options.getByRole('checkbox', { name: t('vi', 'options.settings.facebook') }).uncheck();
    await expect.poll(saved).toBe(1);
    // The open page is told, asks again and shows nothing, without a reload; the popup says why.
    await waitForBanner(open, (x) => x === '');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf({ worker }, open)}`);
    await popup.locator('[data-state="site-off"]').waitFor();
    await popup.close();
    const off = await openThread(lookalikeThread);
    expect(await settledBanner(off)).toBe('');
    await off.close();

    await options.getByRole('checkbox', { name: t('vi', 'options.settings.facebook') }).check();
    await expect.poll(saved).toBe(1);
    expect(await waitForBanner(open, (x) => x.includes('NGUY HIỂM'))).toContain('Lê Quang Minh'); // the open page again
    const on = await openThread(lookalikeThread);
    expect(await waitForBanner(on, (x) => x.includes('NGUY HIỂM'))).toContain('Lê Quang Minh');
    await on.close();
    await open.close();
    await options.close();
  }, 90_000);

  it('the admin round trip: edit in the admin page, sign, publish, and the extension uses the new leader', async () => {
    // The admin opens the version in use (v2) as published, and gives the ordinary thread's partner a leader entry.
    const admin = await context.newPage();
    admin.setDefaultTimeout(10_000);
    await admin.goto(`chrome-extension://${extensionId}/admin.html`);
    await admin.getByRole('heading', { level: 1 }).waitFor();
    if ((await admin.locator('.adm').getAttribute('lang')) === 'en') await admin.getByRole('button', { name: 'Switch to Vietnamese' }).click();
    await admin.getByLabel(/Mở tệp danh bạ/).setInputFiles(path.join(feedDir, 'demo-qt-v2.feed.json'));
    await admin.getByTestId('current').waitFor();
    expect(await admin.getByTestId('current').textContent()).toContain('phiên bản 2');
    await admin.getByRole('button', { name: 'Thêm lãnh đạo' }).click();
    await admin.getByLabel(/^Mã lãnh đạo/).fill('qt-stc-tp-ns');
    await admin.getByLabel(/^Họ tên$/).fill('Hoàng Thị Lan');
    await admin.getByLabel(/^Chức vụ$/).fill('Trưởng phòng Ngân sách');
    await admin.getByLabel(/^Cơ quan$/).fill('Sở Tài chính tỉnh Quảng Trị');
    await admin.getByLabel(/^Facebook: mã số tài khoản/).fill('100011122233344');
    await admin.getByRole('button', { name: 'Lưu', exact: true }).click();
    await admin.getByRole('button', { name: 'Tăng phiên bản' }).click();
    await expect.poll(() => admin.getByTestId('version-line').textContent()).toContain('Phiên bản sẽ phát hành: 3');
    await admin.getByLabel(/Tệp khóa bí mật/).setInputFiles(path.join(repoDir, 'tests/feed/keys/demo-qt-test-1.private.jwk'));
    await admin.getByText(/Đã nạp khóa demo-qt-test-1/).waitFor(); // the key is read and imported before it can sign
    await admin.getByRole('button', { name: 'Ký danh bạ' }).click();
    await admin.getByText('Đã ký phiên bản 3 bằng khóa demo-qt-test-1.').waitFor();
    await admin.getByLabel(/Địa chỉ thư mục/).fill(`${server.url}/`);
    await admin.getByLabel('Mã truy cập').fill(publishToken);
    await admin.getByRole('button', { name: 'Đưa lên máy chủ' }).click();
    await admin.getByText(/Đã phát hành phiên bản 3|Chưa phát hành được/).waitFor();
    expect(await admin.getByTestId('publish-result').textContent()).toContain('Đã phát hành phiên bản 3');
    await admin.close();

    // The extension picks up v3 (replacing the tampered v3 the server held before) ...
    const options = await optionsPage();
    expect(await syncNow(options)).toBe(t('vi', 'options.sync.done', { applied: 1, failed: 0 }));
    await expect.poll(() => options.locator('[data-publisher="demo-qt"] [data-field="version"]').textContent()).toBe('3');
    await options.close();

    // ... and the page now shows the partner as the new leader's verified account.
    const page = await openThread(ordinaryThread);
    const text = await waitForBanner(page, (x) => x.includes('Hoàng Thị Lan') && /xác minh/.test(x));
    expect(text).toContain('Trưởng phòng Ngân sách');
    await page.close();
  }, 90_000);
});
