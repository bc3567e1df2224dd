import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';

/**
 * The "Kiểm tra" page of the built extension in Chromium, against the bundled demo directory: what a user pastes,
 * checked by the background, and the result in words.
 */
let ext: ExtensionBrowser;
let page: Page;
beforeAll(async () => {
  ext = await launchWithExtension();
  page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/check.html`);
  await page.getByRole('textbox').waitFor(); // rendered once the background has said which language to speak
});
afterAll(async () => ext?.close());

/** Pastes `text`, presses the button, and returns the result's outcome and words once they arrive. */
async function check(text: string): Promise<{ outcome: string; text: string; html: string }> {
  const before = await page.locator('article[data-outcome]').count();
  const box = page.getByRole('textbox');
  await box.fill(text);
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  // A fresh result replaces the old one; wait for the one about this text (its "you pasted" line or message).
  await page.waitForFunction(
    ([expected, hadResult]) => {
      const article = document.querySelector('article[data-outcome]');
      return article !== null && (hadResult === 0 || article.getAttribute('data-for') === expected);
    },
    [text, before] as const,
  );
  const article = page.locator('article[data-outcome]');
  return { outcome: (await article.getAttribute('data-outcome')) ?? '', text: await article.innerText(), html: await article.innerHTML() };
}

describe('the check page', () => {
  it('is labelled for screen readers and announces its results', async () => {
    expect(await page.getByRole('textbox', { name: /Dán vào đây/ }).count()).toBe(1);
    expect(await page.locator('[aria-live="polite"]').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('a disguised name: imitates the leader, says how, and lists the real accounts', async () => {
    const result = await check('Lê Quang Mіnh'); // Cyrillic і
    expect(result.outcome).toBe('imitation');
    expect(result.text).toContain('GIẢ DANH');
    expect(result.text).toContain('Lê Quang Minh');
    expect(result.text).toContain('0233 3812 345');
    expect(result.html).toContain('facebook.com/lequangminh.qt');
  });

  it('a reported bank account', async () => {
    const result = await check('Vietcombank 1234 5678 90');
    expect(result.outcome).toBe('reported');
    expect(result.text).toContain('NGUY HIỂM');
    expect(result.text).toContain('1234567890');
    expect(result.text).toContain('NGUYEN VAN B');
  });

  it('a money-request message, its request marked', async () => {
    const result = await check('Em đang ở cơ quan không? Chuyển giúp anh 5tr vào tài khoản này, chiều anh gửi lại nhé.');
    expect(result.outcome).toBe('money-request');
    expect(result.text).toContain('CẢNH GIÁC');
    expect(result.html).toMatch(/<mark>[^<]*[Cc]huyển/);
  });

  it('a leader’s verified profile link', async () => {
    const result = await check('https://www.facebook.com/lequangminh.qt');
    expect(result.outcome).toBe('verified');
    expect(result.text).toContain('ĐÃ XÁC MINH');
    expect(result.text).toContain('Lê Quang Minh');
  });

  it('checks the ?q= of its address at once (the context menu opens it so)', async () => {
    const opened = await ext.context.newPage();
    await opened.goto(`chrome-extension://${ext.extensionId}/check.html?q=${encodeURIComponent('https://www.facebook.com/profile.php?id=100099999999999')}`);
    const article = opened.locator('article[data-outcome]');
    await article.waitFor();
    expect(await article.getAttribute('data-outcome')).toBe('reported');
    expect(await opened.getByRole('textbox').inputValue()).toBe('https://www.facebook.com/profile.php?id=100099999999999');
    await opened.close();
  });

  it('is offered on Facebook, Messenger and Zalo links by the context menu', async () => {
    // Headless Chromium shows no menu to click; updating the item fails unless the background created it.
    const worker = await ext.worker();
    const updated = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object): Promise<void> } } }).chrome;
      return api.contextMenus.update('check-profile', { title: 'Kiểm tra hồ sơ này' }).then(
        () => 'ok',
        (error: unknown) => String(error),
      );
    });
    expect(updated).toBe('ok');
    const missing = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object): Promise<void> } } }).chrome;
      return api.contextMenus.update('no-such-item', {}).then(
        () => 'ok',
        () => 'refused',
      );
    });
    expect(missing).toBe('refused');
  });
});
