/**
 * `npm start`: the built extension in Chromium on a local demo of what it does. Pages are served on their real
 * addresses (the content scripts only run there) from the fixtures. With a display, a browser window opens and
 * stays until Ctrl+C; without one, it runs headless, saves a screenshot of each page and prints the verdict.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { bannerText, clickBannerButton, launchWithExtension, serveImage, servePage, type ExtensionBrowser } from './chromium/extension-browser';
import { demoAvatarFile, demoAvatarUrls } from './fixtures/demo-avatar';
import { repoDir } from './generate/shared-path';

interface DemoPage {
  title: string;
  url: string;
  fixture: string;
}

const pages: DemoPage[] = [
  { title: 'Messenger: kẻ giả danh hỏi tiền', url: 'https://www.facebook.com/messages/t/100077788899900', fixture: 'tests/fixtures/facebook/messenger-log-2026-vi-lookalike-money.html' },
  { title: 'Zalo: kẻ giả danh hỏi tiền', url: 'https://chat.zalo.me/', fixture: 'tests/fixtures/zalo/zalo-2026-vi-lookalike-1to1.html' },
  { title: 'Messenger: tài khoản thật hỏi tiền', url: 'https://www.facebook.com/messages/e2ee/t/100012345678901', fixture: 'tests/fixtures/facebook/messenger-log-2026-vi-verified-hijack.html' },
  { title: 'Facebook: hồ sơ giả danh', url: 'https://www.facebook.com/profile.php?id=100099988877766', fixture: 'tests/fixtures/facebook/profile-vi-lookalike.html' },
  { title: 'Facebook: tên khác, ảnh của lãnh đạo', url: 'https://www.facebook.com/profile.php?id=100088877766655', fixture: 'tests/fixtures/photo/profile-vi-photo-lookalike.html' },
  { title: 'Facebook: hồ sơ đã xác minh', url: 'https://www.facebook.com/lequangminh.qt', fixture: 'tests/fixtures/facebook/profile-en-verified-minh.html' },
  { title: 'Messenger: trò chuyện bình thường', url: 'https://www.facebook.com/messages/t/100011122233344', fixture: 'tests/fixtures/facebook/messenger-log-2026-en-ordinary-long.html' },
];

const screenshotsDir = path.join(repoDir, 'demo-screenshots');
const headed = Boolean(process.env.DISPLAY) && process.env.CI === undefined && !process.argv.includes('--headless');

async function tabVerdict(ext: ExtensionBrowser, url: string): Promise<{ level: string; leader?: string; layout: string } | undefined> {
  const worker = await ext.worker();
  return worker.evaluate(async (pageUrl) => {
    const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    const all = await api.storage.session.get(null);
    type Stored = { url: string; answer: { verdict: { level: string; leader: { name: string } | null }; layout: string; dismissed: boolean } };
    const entry = Object.values(all as Record<string, Stored>).find((s) => s.url === pageUrl);
    if (!entry) return undefined;
    return { level: entry.answer.verdict.level, leader: entry.answer.verdict.leader?.name, layout: entry.answer.layout };
  }, url);
}

/** The tab's verdict once it has settled: a photo may refine the first, name-based answer a moment later. */
async function waitForVerdict(ext: ExtensionBrowser, page: Page, url: string) {
  let last: Awaited<ReturnType<typeof tabVerdict>>;
  let stableFor = 0;
  for (let i = 0; i < 60 && stableFor < 4; i++) {
    const verdict = await tabVerdict(ext, url);
    stableFor = verdict && last && verdict.level === last.level ? stableFor + 1 : 0;
    last = verdict;
    await page.waitForTimeout(200);
  }
  return last;
}

async function showReport(page: Page, i: number): Promise<void> {
  const [report] = await Promise.all([ext.context.waitForEvent('page'), clickBannerButton(page, 'Báo cáo')]);
  await report.locator('.cgd-report').waitFor();
  const shot = path.join(screenshotsDir, `${i + 1}b-report.png`);
  await report.screenshot({ path: shot, fullPage: true });
  const sendTo = await report.locator('.cgd-report-recipients li').allInnerTexts();
  const messages = await report.locator('[data-section="messages"] blockquote').count();
  console.log(`${i + 1}b. Báo cáo (nút trên cảnh báo)  messages=${messages}  sendTo="${sendTo.map((line) => line.split(' — ')[0]).join(' | ').slice(0, 110)}…"  -> ${path.relative(process.cwd(), shot)}`);
  await report.close();
}

const ext = await launchWithExtension({ headless: !headed });
try {
  if (!headed) await mkdir(screenshotsDir, { recursive: true });
  // The demo leader's photo, at the image-host addresses the profiles show it under.
  const avatar = await readFile(path.join(repoDir, demoAvatarFile));
  await serveImage(ext.context, demoAvatarUrls.leader, avatar);
  await serveImage(ext.context, demoAvatarUrls.copy, avatar);
  console.log(headed ? 'Chống Giả Danh: demo in a browser window (Ctrl+C to quit)' : `Chống Giả Danh: headless demo, screenshots in ${path.relative(process.cwd(), screenshotsDir)}/`);
  for (const [i, demo] of pages.entries()) {
    await servePage(ext.context, demo.url, demo.fixture);
    const page = await ext.context.newPage();
    await page.goto(demo.url);
    const verdict = await waitForVerdict(ext, page, demo.url);
    const banner = (await bannerText(page)).slice(0, 90);
    let shot = '';
    if (!headed) {
      shot = path.join(screenshotsDir, `${i + 1}-${path.basename(demo.fixture, '.html')}.png`);
      await page.screenshot({ path: shot });
    }
    const level = verdict ? verdict.level : 'no answer';
    console.log(
      [`${i + 1}. ${demo.title}`, `level=${level}`, verdict?.leader ? `leader=${verdict.leader}` : '', verdict ? `layout=${verdict.layout}` : '', banner ? `banner="${banner}…"` : '', shot ? `-> ${path.relative(process.cwd(), shot)}` : '']
        .filter(Boolean)
        .join('  '),
    );
    // The first warning's "Báo cáo": the report page it opens, what the report holds and whom it goes to.
    if (!headed && i === 0) await showReport(page, i);
    // Servicing the same address (chat.zalo.me) for another page later: keep tabs only in a window.
    if (!headed) await page.close();
  }
  if (headed) await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
} finally {
  await ext.close();
}
