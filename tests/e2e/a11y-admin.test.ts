import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, blocking } from './axe';
import { repoDir } from '../../scripts/generate/shared-path';
import { launchWithExtension, type ExtensionBrowser } from './harness';

/**
 * Accessibility of the admin page, checked with axe-core in Chromium against the built extension as a11y.test.ts
 * checks the options page and the banner (its two small axe helpers are repeated here, not shared). Every violation
 * axe finds is printed; the test fails on those of impact "serious" or "critical" (missing names, contrast too low,
 * roles used wrongly), the ones that stop a screen-reader or low-vision user from reading or using the page.
 */

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => ext?.close());

describe('accessibility (axe-core)', () => {
  it('admin page, empty and with the demo directory open and the add-leader form shown', async () => {
    const page = await ext.context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`chrome-extension://${ext.extensionId}/admin.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const empty = blocking('admin.html (empty)', await axe(page));

    if ((await page.locator('.adm').getAttribute('lang')) === 'en') await page.getByRole('button', { name: 'Switch to Vietnamese' }).click();
    await page.getByLabel(/Mở tệp danh bạ/).setInputFiles(path.join(repoDir, 'lib/directory/demo-directory.json'));
    await page.getByTestId('current').waitFor();
    await page.getByRole('button', { name: 'Thêm lãnh đạo' }).click();
    await page.getByLabel(/^Mã lãnh đạo/).waitFor();
    const editing = blocking('admin.html (editing)', await axe(page));

    expect([...empty, ...editing]).toEqual([]);
    await page.close();
  });

});
