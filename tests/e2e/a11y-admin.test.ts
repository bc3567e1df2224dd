import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AxeResults, Result } from 'axe-core';
import { repoDir } from '../../scripts/generate/shared-path';
import { launchWithExtension, type ExtensionBrowser } from './harness';

/**
 * Accessibility of the admin page, checked with axe-core in Chromium against the built extension as a11y.test.ts
 * checks the options page and the banner (its two small axe helpers are repeated here, not shared). Every violation
 * axe finds is printed; the test fails on those of impact "serious" or "critical" (missing names, contrast too low,
 * roles used wrongly), the ones that stop a screen-reader or low-vision user from reading or using the page.
 */
const axeScript = path.join(repoDir, 'node_modules', 'axe-core', 'axe.min.js');
let axeSource: string | undefined;

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => ext?.close());

/** Runs axe in `page` over the whole document, or over `selector` and everything in its (open) shadow tree. */
async function axe(page: Page, selector?: string): Promise<AxeResults> {
  // Evaluated through the DevTools protocol, not added as a <script>: the extension pages' CSP (script-src 'self')
  // refuses inline scripts, and the protocol's evaluation is not subject to it.
  axeSource ??= await readFile(axeScript, 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async (scope) => {
    const api = (globalThis as unknown as { axe: typeof import('axe-core') }).axe;
    return api.run(scope ? { include: [[scope]] } : document, { resultTypes: ['violations'] });
  }, selector ?? null);
}

/** Prints every violation and returns the serious and critical ones, as "rule-id: target" lines. */
function blocking(where: string, results: AxeResults): string[] {
  const describe = (v: Result) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`;
  for (const v of results.violations) console.log(`axe ${where}: ${describe(v)}`);
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(describe);
}

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
