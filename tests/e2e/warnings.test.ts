import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoDir } from '../../scripts/generate/shared-path';
import { badgeText, bannerHtml, bannerText, judgedLevel, launchWithExtension, servePage, waitForBanner, type ExtensionBrowser } from './harness';

/**
 * The product's main job, in a real browser: the built extension on fixture pages served at the real addresses.
 */
const fixtures = {
  messengerLookalike: ['https://www.facebook.com/messages/t/100077788899900', 'tests/fixtures/facebook/messenger-log-2026-vi-lookalike-money.html'],
  messengerHijack: ['https://www.facebook.com/messages/e2ee/t/100012345678901', 'tests/fixtures/facebook/messenger-log-2026-vi-verified-hijack.html'],
  messengerOrdinary: ['https://www.facebook.com/messages/t/100011122233344', 'tests/fixtures/facebook/messenger-log-2026-en-ordinary-long.html'],
  messengerUnknown: ['https://www.facebook.com/messages/t/100055566677788', 'tests/fixtures/facebook/messenger-unknown-layout.html'],
  profileLookalike: ['https://www.facebook.com/profile.php?id=100099988877766', 'tests/fixtures/facebook/profile-vi-lookalike.html'],
  profileVerified: ['https://www.facebook.com/lequangminh.qt', 'tests/fixtures/facebook/profile-en-verified-minh.html'],
  profileNamesake: ['https://www.facebook.com/profile.php?id=100043214321432', 'tests/fixtures/facebook/profile-vi-namesake-hung.html'],
} as const;

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
  for (const [url, file] of Object.values(fixtures)) await servePage(ext.context, url, file);
});
afterAll(async () => ext?.close());

async function open(which: keyof typeof fixtures): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(fixtures[which][0]);
  return page;
}

async function openZalo(file: string): Promise<Page> {
  await servePage(ext.context, 'https://chat.zalo.me/', file);
  const page = await ext.context.newPage();
  await page.goto('https://chat.zalo.me/');
  return page;
}

/** Messenger swaps the thread in place and changes the address with pushState, without a reload. */
async function navigateInPage(page: Page, to: keyof typeof fixtures): Promise<void> {
  const [url, file] = fixtures[to];
  const html = await readFile(path.join(repoDir, file), 'utf8');
  await page.evaluate(
    ([body, address]) => {
      document.body.innerHTML = new DOMParser().parseFromString(body, 'text/html').body.innerHTML;
      history.pushState({}, '', address);
    },
    [html, url] as const,
  );
}

/** A page the background judged, settled on no warning: what it shows (nothing, the test then says). */
async function settle(page: Page): Promise<string> {
  expect(await judgedLevel(ext, page)).toBe('none');
  return bannerText(page);
}

describe('the right warning for each level', () => {
  it('danger when a lookalike asks for money in Messenger, naming the leader and what to do', async () => {
    const page = await open('messengerLookalike');
    const text = await waitForBanner(page, (t) => t.includes('Lê Quang Minh') && t.includes('NGUY HIỂM'));
    expect(text).toContain('0233 3812 345'); // the leader's official phone, to call
    expect(text).toContain('15 triệu'); // the request, highlighted
    const html = await bannerHtml(page);
    expect(html).toMatch(/role="alert"/);
    expect(html).toMatch(/<mark[^>]*>[^<]*chuyển/);
    expect(await badgeText(ext, page)).toBe('!');
    await page.close();
  });

  it('danger when a lookalike asks for money in a Zalo chat, one-to-one and in a group', async () => {
    const single = await openZalo('tests/fixtures/zalo/zalo-2026-vi-lookalike-1to1.html');
    expect(await waitForBanner(single, (t) => t.includes('NGUY HIỂM') && t.includes('Lê Quang Minh'))).toContain('1234567890');
    await single.close();
    const group = await openZalo('tests/fixtures/zalo/zalo-2026-vi-lookalike-group.html');
    expect(await waitForBanner(group, (t) => t.includes('NGUY HIỂM'))).toContain('0451000987654');
    await group.close();
  });

  it('hijack-risk when the verified account asks for money', async () => {
    const page = await open('messengerHijack');
    const text = await waitForBanner(page, (t) => t.includes('CẦN XÁC MINH'));
    expect(text).toContain('Lê Quang Minh');
    expect(text).toContain('0233 3812 345');
    expect(await bannerHtml(page)).toMatch(/role="status"/);
    await page.close();
  });

  it('lookalike on a disguised profile, showing the disguise and the real account', async () => {
    const page = await open('profileLookalike');
    const text = await waitForBanner(page, (t) => t.includes('CẢNH BÁO GIẢ DANH'));
    expect(text).toContain('Lê Quang Minh');
    expect(text).toMatch(/ï/);
    expect(await bannerHtml(page)).toContain('facebook.com/lequangminh.qt');
    await page.close();
  });

  it('a small verified mark on the leader’s own profile, and no banner', async () => {
    const page = await open('profileVerified');
    const text = await waitForBanner(page, (t) => t.length > 0);
    expect(text).toMatch(/xác minh/);
    expect(text).not.toMatch(/NGUY HIỂM|CẢNH BÁO|CẦN XÁC MINH/);
    expect(await badgeText(ext, page)).toBe('✓');
    await page.close();
  });

  it('nothing loud on an ordinary chat, and only a quiet note for a namesake who asks for nothing', async () => {
    const ordinary = await open('messengerOrdinary');
    expect(await settle(ordinary)).toBe('');
    expect(await badgeText(ext, ordinary)).toBe('');
    await ordinary.close();
    const zalo = await openZalo('tests/fixtures/zalo/zalo-2026-en-ordinary.html');
    expect(await settle(zalo)).toBe('');
    await zalo.close();
    const namesake = await open('profileNamesake');
    const note = await waitForBanner(namesake, (text) => /Trùng tên/.test(text));
    expect(note).not.toMatch(/NGUY HIỂM|CẢNH BÁO|CẦN XÁC MINH/);
    expect(await bannerHtml(namesake)).not.toMatch(/role="alert"/);
    await namesake.close();
  });

  it('says so when the layout is not recognised instead of staying silent', async () => {
    const page = await open('messengerUnknown');
    expect(await waitForBanner(page, (t) => t.includes('chưa nhận ra bố cục'))).toBeTruthy();
    expect(await badgeText(ext, page)).toBe('?');
    await page.close();
  });
});

describe('following the user and surviving the browser', () => {
  it('updates the banner when the user moves to another thread without a reload', async () => {
    const page = await open('messengerOrdinary');
    expect(await settle(page)).toBe('');
    await navigateInPage(page, 'messengerLookalike');
    await waitForBanner(page, (t) => t.includes('NGUY HIỂM') && t.includes('Lê Quang Minh'));
    // And back to an ordinary thread: the warning goes away.
    await navigateInPage(page, 'messengerOrdinary');
    await waitForBanner(page, (t) => t === '');
    await page.close();
  });

  it('keeps protecting after the service worker is stopped', async () => {
    const page = await open('messengerOrdinary');
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.goto(fixtures.messengerLookalike[0]);
    await waitForBanner(page, (t) => t.includes('NGUY HIỂM') && t.includes('Lê Quang Minh'));
    await page.close();
  });

  it('the page’s own script cannot hide the banner for good', async () => {
    const page = await open('messengerLookalike');
    await waitForBanner(page, (t) => t.includes('NGUY HIỂM'));
    const visible = () =>
      page.evaluate(() => {
        const host = document.querySelector('chong-gia-danh-canh-bao');
        if (!host) return false;
        const r = host.getBoundingClientRect();
        return r.width > 100 && r.height > 100 && getComputedStyle(host).visibility !== 'hidden';
      });
    // Restyling from the page: inline styles, a stylesheet, the hidden attribute.
    await page.evaluate(() => {
      const host = document.querySelector('chong-gia-danh-canh-bao') as HTMLElement;
      host.style.setProperty('display', 'none', 'important');
      host.hidden = true;
      const sheet = document.createElement('style');
      sheet.textContent = 'chong-gia-danh-canh-bao { display: none !important; visibility: hidden !important; opacity: 0 !important }';
      document.head.append(sheet);
    });
    await page.waitForTimeout(300);
    expect(await visible()).toBe(true);
    // Removing it: it comes back.
    await page.evaluate(() => document.querySelector('chong-gia-danh-canh-bao')?.remove());
    await expect.poll(visible, { timeout: 15_000 }).toBe(true);
    expect(await bannerText(page)).toContain('NGUY HIỂM');
    await page.close();
  });
});
