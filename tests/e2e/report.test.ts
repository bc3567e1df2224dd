import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../../lib/report';
import { axe, blocking } from './axe';
import { clickBannerButton, launchWithExtension, servePage, waitForBanner, type ExtensionBrowser, tabIdOf } from './harness';

/**
 * The report flow in the built extension: the banner's "Báo cáo" opens the report page about its tab; the report
 * holds what the warning saw (suspect account, leader, the triggering messages with their times, the verdict and
 * its reasons), addressed to the publisher's contacts and the national lines; it downloads as JSON and as a
 * printable page. The popup's "Báo cáo" does the same, and the check page reports what was pasted.
 */
const danger = ['https://www.facebook.com/messages/t/100077788899900', 'tests/fixtures/facebook/messenger-log-2026-vi-lookalike-money.html'] as const;

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
  await servePage(ext.context, danger[0], danger[1]);
});
afterAll(async () => ext?.close());

async function download(page: Page, button: string): Promise<{ name: string; content: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const filePath = await file.path();
  return { name: file.suggestedFilename(), content: await readFile(filePath, 'utf8') };
}

describe('the report', () => {
  it('opens from the banner, shows the evidence, and downloads as JSON and a printable page', async () => {
    const page = await ext.context.newPage();
    await page.goto(danger[0]);
    await waitForBanner(page, (t) => t.includes('NGUY HIỂM'));
    const [report] = await Promise.all([ext.context.waitForEvent('page'), clickBannerButton(page, 'Báo cáo')]);
    await report.waitForLoadState();
    expect(report.url()).toMatch(new RegExp(`^chrome-extension://${ext.extensionId}/report\\.html\\?tab=\\d+$`));
    await report.getByRole('heading', { level: 1, name: 'Báo cáo nghi vấn giả danh lãnh đạo' }).waitFor();

    // Whom to send it to, first: the publisher's office, then 113, with phones to call.
    const phones = await report.locator('.cgd-report-recipients a[href^="tel:"]').allInnerTexts();
    expect(phones[0]).toBe('0233 3800 000');
    expect(phones).toContain('113');
    const document = await report.locator('.cgd-report-document').innerText();
    expect(document).toContain('Mức: NGUY HIỂM');
    expect(document).toContain('Lê Quang Minh');
    expect(document).toContain('Địa chỉ: https://www.facebook.com/messages/t/100077788899900');
    expect(await report.locator('[data-section="messages"] mark').count()).toBeGreaterThan(0);
    // Readable by keyboard and screen reader: axe finds nothing serious on the report page.
    expect(blocking('report.html', await axe(report))).toEqual([]);
    // No screenshot from the banner (only the popup's click may capture a tab): the page says how to get one.
    expect(await report.locator('input[type="checkbox"]').count()).toBe(0);
    expect(await report.locator('main').innerText()).toContain('bấm biểu tượng Chống Giả Danh');

    const json = await download(report, 'Tải tệp dữ liệu (JSON)');
    expect(json.name).toMatch(/^bao-cao-gia-danh-\d{8}-\d{4}\.json$/);
    const data: Report = reportSchema.parse(JSON.parse(json.content));
    expect(data.source).toBe('page');
    expect(data.finding.level).toBe('danger');
    expect(data.leader?.name).toBe('Lê Quang Minh');
    expect(data.suspect?.platform).toBe('facebook');
    expect(data.suspect?.name).toBeTruthy();
    expect(data.page?.url).toBe(danger[0]);
    expect(data.messages.length).toBeGreaterThan(0);
    expect(data.messages.every((m) => m.time !== undefined && m.marked.length > 0)).toBe(true);
    expect(data.finding.reasons.map((r) => r.code)).toContain('asks-for-money');
    expect(data.amounts).toContain(15_000_000);
    expect(data.sendTo.map((r) => r.via)).toEqual([...data.sendTo.filter((r) => r.via === 'publisher').map(() => 'publisher'), 'national', 'national']);
    expect(data.screenshot).toBeUndefined();

    // The printable page opens in the browser as a plain document with the same evidence and no script.
    const html = await download(report, 'Tải trang để in (HTML)');
    expect(html.name).toBe(json.name.replace(/\.json$/, '.html'));
    const printable = await ext.context.newPage();
    await printable.setContent(html.content);
    expect(await printable.locator('script').count()).toBe(0);
    expect(await printable.locator('h1').innerText()).toBe('Báo cáo nghi vấn giả danh lãnh đạo');
    expect(await printable.locator('#messages mark').count()).toBe(data.messages.reduce((n, m) => n + m.marked.length, 0) > 0 ? await printable.locator('#messages mark').count() : 0);
    expect(await printable.locator('#messages blockquote').count()).toBe(data.messages.length);
    expect(await printable.locator('#send-to').innerText()).toContain('113');
    await printable.close();
    await report.close();
    await page.close();
  });

  it('opens from the popup; a screenshot of the tab goes in only when the user ticks it', async () => {
    const page = await ext.context.newPage();
    await page.goto(danger[0]);
    await waitForBanner(page, (t) => t.includes('NGUY HIỂM'));
    const tabId = await tabIdOf(ext, page);
    // The popup's own capture needs the toolbar click's activeTab grant, which a test cannot give; the picture it
    // would keep is put where it keeps it, taken from the same tab by the browser.
    const png = (await page.screenshot({ type: 'png' })).toString('base64');
    const worker = await ext.worker();
    await worker.evaluate(
      async ([id, dataUrl]) => {
        const session = (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome.storage.session;
        await session.set({ 'report-shot': { tabId: id, dataUrl, takenAt: new Date().toISOString() } });
      },
      [tabId, `data:image/png;base64,${png}`] as const,
    );
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('[data-level="danger"]').waitFor();
    const [report] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Báo cáo' }).click()]);
    await report.getByRole('heading', { level: 1 }).waitFor();
    expect(report.url()).toBe(`chrome-extension://${ext.extensionId}/report.html?tab=${tabId}`);

    const box = report.getByRole('checkbox', { name: /Kèm ảnh chụp màn hình/ });
    expect(await box.isChecked()).toBe(false);
    expect((reportSchema.parse(JSON.parse((await download(report, 'Tải tệp dữ liệu (JSON)')).content)) as Report).screenshot).toBeUndefined();
    await box.check();
    await report.locator('.cgd-report-shot img').waitFor();
    const withShot = reportSchema.parse(JSON.parse((await download(report, 'Tải tệp dữ liệu (JSON)')).content));
    expect(withShot.screenshot?.dataUrl).toBe(`data:image/png;base64,${png}`);
    // Collected once: the picture is no longer kept, so no later report is offered it.
    const kept = await worker.evaluate(async () => {
      const session = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.session;
      return 'report-shot' in (await session.get('report-shot'));
    });
    expect(kept).toBe(false);
    await report.close();
    if (!popup.isClosed()) await popup.close();
    await page.close();
  });

  it('says so when the tab has nothing to report', async () => {
    const report = await ext.context.newPage();
    await report.goto(`chrome-extension://${ext.extensionId}/report.html?tab=999999`);
    await report.getByRole('alert').waitFor();
    expect(await report.getByRole('alert').innerText()).toContain('Không có gì để báo cáo');
    await report.close();
  });

  it('reports a check from the check page', async () => {
    const check = await ext.context.newPage();
    await check.goto(`chrome-extension://${ext.extensionId}/check.html?q=${encodeURIComponent('0987 654 321')}`);
    await check.locator('article[data-outcome="reported"]').waitFor();
    await check.getByRole('button', { name: 'Lập báo cáo gửi cơ quan chức năng' }).click();
    await check.getByRole('heading', { level: 2, name: 'Báo cáo nghi vấn giả danh lãnh đạo' }).waitFor();
    // The button that asked for it is gone: the focus is on the report's title, not lost to the page.
    expect(await check.evaluate(() => document.activeElement?.textContent)).toBe('Báo cáo nghi vấn giả danh lãnh đạo');
    expect(blocking('check.html with a report', await axe(check))).toEqual([]);
    const data = reportSchema.parse(JSON.parse((await download(check, 'Tải tệp dữ liệu (JSON)')).content));
    expect(data.source).toBe('check');
    expect(data.finding.level).toBe('reported');
    expect(data.suspect?.phone).toBe('0987654321');
    expect(data.finding.reasons.map((r) => r.code)).toContain('flagged-phone');
    await check.close();
  });
});
