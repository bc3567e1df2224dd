import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest, trustedPublishers, verifyFeed } from '../../lib/feed';
import { repoDir } from '../../scripts/generate/shared-path';
import { startFeedServer, type FeedServer } from '../../scripts/feed-server';
import { launchWithExtension, type ExtensionBrowser } from './harness';

/**
 * The admin page of the built extension, driven as an admin would: open the demo payload, add a leader, bump the
 * version, load the demo TEST private key, sign, and publish with PUT to the local feed server (CORS from the
 * extension origin). The published files are then read back from the server and verified with verifyFeed.
 */
let ext: ExtensionBrowser;
let server: FeedServer;
const token = 'admin-e2e-token-51c2';

beforeAll(async () => {
  server = await startFeedServer({ root: await mkdtemp(path.join(tmpdir(), 'cgd-admin-feeds-')), port: 0, token });
  ext = await launchWithExtension();
  // The harness refuses every http(s) request; let the page reach the local feed server (later routes win).
  await ext.context.route(`${server.url}/**`, (route) => route.continue());
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('admin page', () => {
  it('opens the demo payload, adds a leader, bumps, signs with the test key and publishes a feed clients accept', async () => {
    const page = await ext.context.newPage();
    page.setDefaultTimeout(10_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`chrome-extension://${ext.extensionId}/admin.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The page follows the browser's language (this Chromium's is English); the admins read Vietnamese.
    if ((await page.locator('.adm').getAttribute('lang')) === 'en') await page.getByRole('button', { name: 'Switch to Vietnamese' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Quản trị danh bạ lãnh đạo');

    await page.getByLabel(/Mở tệp danh bạ/).setInputFiles(path.join(repoDir, 'lib/directory/demo-directory.json'));
    await page.getByTestId('current').waitFor();
    expect(await page.getByTestId('current').textContent()).toContain('phiên bản 1');

    await page.getByRole('button', { name: 'Thêm lãnh đạo' }).click();
    await page.getByLabel(/^Mã lãnh đạo/).fill('qt-stc-gd');
    expect(await page.getByText('Mã này đã có trong danh bạ.').count()).toBe(1); // the demo's first leader
    await page.getByLabel(/^Mã lãnh đạo/).fill('qt-sgtvt-pgd');
    await page.getByLabel(/^Họ tên$/).fill('Trần Thị Lan');
    await page.getByLabel(/^Chức vụ$/).fill('Giám đốc');
    await page.getByLabel(/^Cơ quan$/).fill('Sở Công Thương tỉnh Quảng Trị');
    await page.getByLabel(/^Zalo: số điện thoại/).fill('09xx');
    expect(await page.getByText(/Phải là số điện thoại/).count()).toBe(1);
    await page.getByLabel(/^Zalo: số điện thoại/).fill('0912 000 111');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('row', { name: /Trần Thị Lan/ }).waitFor();
    expect(await page.getByTestId('diff').textContent()).toContain('Trần Thị Lan (qt-sgtvt-pgd)');

    await page.getByRole('button', { name: 'Tăng phiên bản' }).click();
    expect(await page.getByTestId('version-line').textContent()).toContain('Phiên bản sẽ phát hành: 2');

    await page.getByLabel(/Tệp khóa bí mật/).setInputFiles(path.join(repoDir, 'tests/feed/keys/demo-qt-test-1.private.jwk'));
    await page.getByText('Đã nạp khóa demo-qt-test-1.').waitFor();
    await page.getByRole('button', { name: 'Ký danh bạ' }).click();
    await page.getByText('Đã ký phiên bản 2 bằng khóa demo-qt-test-1.').waitFor();

    await page.getByLabel(/Địa chỉ thư mục/).fill(`${server.url}/`);
    await page.getByLabel('Mã truy cập').fill(token);
    await page.getByRole('button', { name: 'Đưa lên máy chủ' }).click();
    await page.getByText(/Đã phát hành phiên bản 2|Chưa phát hành được/).waitFor();
    const result = await page.getByTestId('publish-result').textContent();
    expect(result).toContain('Đã phát hành phiên bản 2');

    const manifest = parseManifest(await (await fetch(`${server.url}/demo-qt.manifest.json`)).text());
    expect(manifest.feed).toBe('demo-qt-v2.feed.json');
    const feedText = await (await fetch(`${server.url}/${manifest.feed}`)).text();
    const verified = await verifyFeed(feedText, { publishers: trustedPublishers({ includeTestKeys: true }), now: new Date(), manifest, storedVersion: 1 });
    expect(verified.directory.version).toBe(2);
    const added = verified.directory.leaders.find((l) => l.id === 'qt-sgtvt-pgd');
    expect(added).toMatchObject({ name: 'Trần Thị Lan', title: 'Giám đốc', accounts: [{ platform: 'zalo', phone: '0912 000 111' }] });
    const demo = JSON.parse(await readFile(path.join(repoDir, 'lib/directory/demo-directory.json'), 'utf8')) as { leaders: unknown[] };
    expect(verified.directory.leaders).toHaveLength(demo.leaders.length + 1);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 60_000);
});
