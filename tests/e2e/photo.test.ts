import { readFile } from 'node:fs/promises';
import path from 'node:path';
import jpeg from 'jpeg-js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeImageBytes } from '../../cli/image-file';
import demoJson from '../../lib/directory/demo-directory.json' with { type: 'json' };
import { hammingDistance, PDQ_MATCH_DISTANCE, pdqHash } from '../../lib/photos/pdq';
import { demoAvatarFile, demoAvatarUrls } from '../../scripts/fixtures/demo-avatar';
import { repoDir } from '../../scripts/generate/shared-path';
import { syntheticPhoto } from '../photos/synthetic-images';
import { badgeText, bannerText, judgedLevel, launchWithExtension, servePage, serveImage, waitForBanner, type ExtensionBrowser } from './harness';

/**
 * Photo matching in a real browser: the built extension fetches the avatar at its fbcdn address (served here from
 * the committed demo picture), decodes it with the browser's decoders, hashes it with PDQ and compares it with the
 * demo directory's photo of Lê Quang Minh. The name-based answer goes out first; the photo refines it.
 */
const photoLookalike = ['https://www.facebook.com/profile.php?id=100088877766655', 'tests/fixtures/photo/profile-vi-photo-lookalike.html'] as const;
const leaderProfile = ['https://www.facebook.com/lequangminh.qt', 'tests/fixtures/facebook/profile-en-verified-minh.html'] as const;
const samePhotoReason = 'Ảnh đại diện giống ảnh của lãnh đạo';

/** Other addresses on the same image host, for pictures that are not the leader's and bytes that are no picture. */
const otherPictureUrl = demoAvatarUrls.copy.replace('471902356_122104937582647013', '471900000_122100000000000001');
const brokenPictureUrl = demoAvatarUrls.copy.replace('471902356_122104937582647013', '471900000_122100000000000002');
/** The demo picture again at an address no other test asks for, so its hash is fetched while the test watches. */
const freshCopyUrl = demoAvatarUrls.copy.replace('471902356_122104937582647013', '471900000_122100000000000003');

let ext: ExtensionBrowser;
let avatarBytes: Buffer;
let otherPictureBytes: Buffer;
let lookalikeHtml: string;

beforeAll(async () => {
  ext = await launchWithExtension();
  avatarBytes = await readFile(path.join(repoDir, demoAvatarFile));
  const other = syntheticPhoto(160, 160, 7);
  otherPictureBytes = jpeg.encode({ data: other.data, width: 160, height: 160 }, 90).data;
  lookalikeHtml = await readFile(path.join(repoDir, photoLookalike[1]), 'utf8');
  for (const [url, file] of [photoLookalike, leaderProfile]) await servePage(ext.context, url, file);
  await serveImage(ext.context, demoAvatarUrls.leader, avatarBytes);
  await serveImage(ext.context, demoAvatarUrls.copy, avatarBytes);
  await serveImage(ext.context, freshCopyUrl, avatarBytes);
  await serveImage(ext.context, otherPictureUrl, otherPictureBytes);
  await serveImage(ext.context, brokenPictureUrl, Buffer.from('<html>not a picture</html>'));
});
afterAll(async () => ext?.close());

async function open(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  return page;
}

/** The photo lookalike's page at another profile address, its avatar replaced by `avatarUrl`. */
async function lookalikeWithAvatar(profileId: string, avatarUrl: string): Promise<Page> {
  const url = `https://www.facebook.com/profile.php?id=${profileId}`;
  const html = lookalikeHtml.replaceAll(demoAvatarUrls.copy.replaceAll('&', '&amp;'), avatarUrl.replaceAll('&', '&amp;'));
  expect(html).not.toBe(lookalikeHtml);
  await ext.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return open(url);
}

interface CacheEntry {
  url: string;
  hashes?: string[];
  quality?: number;
  error?: string;
}

/** The background's avatar hash cache entry for an address (IndexedDB, read inside the service worker). */
async function cacheEntry(url: string): Promise<CacheEntry | null> {
  const worker = await ext.worker();
  return worker.evaluate(
    (key) =>
      new Promise<CacheEntry | null>((resolve, reject) => {
        const request = indexedDB.open('chong-gia-danh');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('photoHashes')) {
            db.close();
            resolve(null);
            return;
          }
          const get = db.transaction('photoHashes').objectStore('photoHashes').get(key);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as CacheEntry | undefined) ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    url,
  );
}

async function settledEntry(url: string): Promise<CacheEntry> {
  await expect.poll(() => cacheEntry(url), { timeout: 30_000 }).not.toBeNull();
  return (await cacheEntry(url))!;
}

const leaderPhoto = demoJson.leaders.find((l) => l.id === 'qt-stc-gd')!.photos![0]!;

describe('photo matching', () => {
  it('warns about an account under another name that shows the leader’s photo, naming the leader and the photo', async () => {
    const page = await open(photoLookalike[0]);
    const text = await waitForBanner(page, (t) => t.includes('CẢNH BÁO GIẢ DANH') && t.includes(samePhotoReason));
    expect(text).toContain('Lê Quang Minh');
    expect(await badgeText(ext, page)).not.toBe('');
    await page.close();
  });

  it('shows only the verified mark on the leader’s own profile with the same photo', async () => {
    const page = await open(leaderProfile[0]);
    const text = await waitForBanner(page, (t) => t.length > 0);
    expect(text).toMatch(/xác minh/);
    expect(text).not.toMatch(/NGUY HIỂM|CẢNH BÁO|CẦN XÁC MINH/);
    // The photo was hashed too, and stayed a verified mark after it came in.
    const entry = await settledEntry(demoAvatarUrls.leader);
    expect(entry.hashes?.length).toBe(8);
    await page.waitForTimeout(500);
    expect(await judgedLevel(ext, page)).toBe('verified');
    expect(await bannerText(page)).not.toMatch(/CẢNH BÁO/);
    expect(await badgeText(ext, page)).toBe('✓');
    await page.close();
  });

  it('hashes the bytes it fetched: the cached hash is the picture’s, as Node decodes and hashes it', async () => {
    expect(await cacheEntry(freshCopyUrl)).toBeNull();
    const page = await lookalikeWithAvatar('100088877766603', freshCopyUrl);
    const entry = await settledEntry(freshCopyUrl);
    await page.close();
    const expected = pdqHash(decodeImageBytes(avatarBytes, demoAvatarFile));
    expect(entry.error).toBeUndefined();
    expect(entry.quality).toBeGreaterThanOrEqual(50);
    // Chromium's JPEG decoder and jpeg-js may round a few pixels differently; PDQ absorbs that.
    const fromBrowser = entry.hashes![0]!;
    expect(hammingDistance(fromBrowser, expected.hash)).toBeLessThanOrEqual(8);
    expect(hammingDistance(fromBrowser, leaderPhoto.pdq)).toBeLessThanOrEqual(PDQ_MATCH_DISTANCE);
    // The mirrored copies' hashes are there too, and differ from the picture's.
    expect(new Set(entry.hashes).size).toBeGreaterThan(1);
  });

  it('another picture at the avatar address is not the leader: no warning, and its own hash in the cache', async () => {
    const page = await lookalikeWithAvatar('100088877766601', otherPictureUrl);
    const entry = await settledEntry(otherPictureUrl);
    const expected = pdqHash(decodeImageBytes(otherPictureBytes, 'other.jpg'));
    expect(hammingDistance(entry.hashes![0]!, expected.hash)).toBeLessThanOrEqual(8);
    expect(hammingDistance(entry.hashes![0]!, leaderPhoto.pdq)).toBeGreaterThan(PDQ_MATCH_DISTANCE);
    expect(await judgedLevel(ext, page)).toBe('none');
    await page.waitForTimeout(1000); // the refined answer, had the photo changed anything
    expect(await judgedLevel(ext, page)).toBe('none');
    expect(await bannerText(page)).toBe('');
    await page.close();
  });

  it('bytes that are no picture are a cached error, not a crash, and protection goes on', async () => {
    const page = await lookalikeWithAvatar('100088877766602', brokenPictureUrl);
    const entry = await settledEntry(brokenPictureUrl);
    expect(entry.hashes).toBeUndefined();
    expect(entry.error).toMatch(/decode/);
    await page.close();
    const again = await open(photoLookalike[0]);
    await waitForBanner(again, (t) => t.includes('CẢNH BÁO GIẢ DANH') && t.includes('Lê Quang Minh'));
    await again.close();
  });

  it('hashes a Zalo blob: avatar inside the page and warns by photo', async () => {
    // Zalo's own script turns the header avatar into a blob: address, as Zalo Web does: only the page can read it.
    const html = (await readFile(path.join(repoDir, 'tests/fixtures/zalo/zalo-2026-en-ordinary.html'), 'utf8')).replace(
      '</body>',
      `<script>
        const bytes = Uint8Array.from(atob('${avatarBytes.toString('base64')}'), (c) => c.charCodeAt(0));
        const avatar = document.querySelector('#ava_chat_box_view .zavatar-container img');
        avatar.src = URL.createObjectURL(new Blob([bytes], { type: 'image/jpeg' }));
      </script></body>`,
    );
    await ext.context.route('https://chat.zalo.me/', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const page = await open('https://chat.zalo.me/');
    expect(await page.evaluate(() => document.querySelector('#ava_chat_box_view .zavatar-container img')?.getAttribute('src'))).toMatch(/^blob:https:\/\/chat\.zalo\.me\//);
    const text = await waitForBanner(page, (t) => t.includes('CẢNH BÁO GIẢ DANH') && t.includes(samePhotoReason));
    expect(text).toContain('Lê Quang Minh');
    await page.close();
  });
});
