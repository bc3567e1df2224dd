import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, bannerHtml, bannerText, launchWithExtension, servePage, waitForBanner, type ExtensionBrowser } from './harness';

/**
 * The product's main job, in a real browser: the built extension on fixture pages served at the real addresses.
 */
let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => ext?.close());

async function open(url: string, fixture: string) {
  await servePage(ext.context, url, fixture);
  const page = await ext.context.newPage();
  await page.goto(url);
  return page;
}

describe('passive warnings in Chromium', () => {
  it('danger when a lookalike asks for money in Messenger', async () => {
    const page = await open('https://www.facebook.com/messages/t/100077788899900', 'tests/fixtures/facebook/messenger-log-2026-vi-lookalike-money.html');
    const text = await waitForBanner(page, (t) => t.includes('Lê Quang Minh') && /NGUY HIỂM/.test(t));
    expect(text).toMatch(/0233 3812 345/);
    expect(await bannerHtml(page)).toMatch(/role="alert"/);
    expect(await badgeText(ext, page)).toBe('!');
    await page.close();
  });

  it('danger when a lookalike asks for money in a Zalo one-to-one chat', async () => {
    const page = await open('https://chat.zalo.me/', 'tests/fixtures/zalo/zalo-2026-vi-lookalike-1to1.html');
    const text = await waitForBanner(page, (t) => t.includes('Lê Quang Minh') && /NGUY HIỂM/.test(t));
    expect(text).toMatch(/1234567890/);
    await page.close();
  });
});
