import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, blocking } from './axe';
import { t } from '../../lib/i18n';
import { bannerHostName, findNode, launchWithExtension, type CdpNode, servePage, waitForBanner, type ExtensionBrowser, tabIdOf } from './harness';

/**
 * Accessibility of the options page, the popup and the warning banner (the admin page: a11y-admin.test.ts), checked with
 * axe-core in Chromium against the built extension. Every violation axe finds is printed; the test fails on those of
 * impact "serious" or "critical" (missing names, contrast too low for the text, roles used wrongly), the ones that
 * stop a screen-reader or low-vision user from reading the page or the warning.
 */
const messengerLookalike = ['https://www.facebook.com/messages/t/100077788899900', 'tests/fixtures/facebook/messenger-log-2026-vi-lookalike-money.html'] as const;

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
  await servePage(ext.context, ...messengerLookalike);
});
afterAll(async () => ext?.close());

describe('accessibility (axe-core)', () => {
  it('options page', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.getByRole('heading', { name: t('vi', 'options.title') }).waitFor();
    // Every section rendered (the publisher list and the settings arrive from the background), so axe sees them all.
    await page.locator('[data-publisher]').first().waitFor();
    await page.getByRole('group', { name: 'Ngôn ngữ / Language' }).waitFor();
    const results = await axe(page);
    expect(blocking('options.html', results)).toEqual([]);
    await page.close();
  });

  it('popup, about a tab with a danger warning', async () => {
    const fixture = await ext.context.newPage();
    await fixture.goto(messengerLookalike[0]);
    await waitForBanner(fixture, (text) => text.includes('NGUY HIỂM'));
    const tabId = await tabIdOf(ext, fixture);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('[data-level="danger"]').waitFor();
    expect(blocking('popup.html', await axe(popup))).toEqual([]);
    await popup.close();
    await fixture.close();
  });

  /**
   * The banner lives in a CLOSED shadow root, which axe (running as page script) cannot enter. So the check runs on
   * an exact copy: the DevTools protocol reads the shadow root's markup (a single <html> element holding the
   * <style> WXT injects and the React-rendered body, i.e. every rule the banner is drawn with), and a blank page
   * rebuilds it under a host of the same name with an OPEN shadow root, parsed with DOMParser so the <html>, <head>
   * and <body> elements the stylesheet targets survive. Rendering is the same CSS in the same engine, so contrast,
   * names and roles are judged as the user meets them; only the Messenger page behind the banner is left out.
   */
  it('danger banner on a Messenger thread', async () => {
    const fixture = await ext.context.newPage();
    await fixture.goto(messengerLookalike[0]);
    await waitForBanner(fixture, (text) => text.includes('NGUY HIỂM'));
    const markup = await shadowRootMarkup(fixture);
    await fixture.close();
    expect(markup).toMatch(/^<html[\s>]/);
    expect(markup).toContain('<style');

    const copy = await ext.context.newPage();
    await copy.setContent('<!doctype html><html lang="vi"><head><title>Banner copy for axe</title></head><body></body></html>');
    await copy.evaluate(
      ([hostName, html]) => {
        const host = document.createElement(hostName);
        document.body.append(host);
        const root = host.attachShadow({ mode: 'open' });
        root.append(document.importNode(new DOMParser().parseFromString(html, 'text/html').documentElement, true));
      },
      [bannerHostName.toLowerCase(), markup] as const,
    );
    // The copy renders: the warning's words are laid out and visible, not just present.
    expect(await copy.locator(bannerHostName.toLowerCase()).getByRole('alert').isVisible()).toBe(true);
    const results = await axe(copy, bannerHostName.toLowerCase());
    expect(blocking('banner (danger, Messenger)', results)).toEqual([]);
    await copy.close();
  });
});

/** The outer HTML of the banner's closed shadow root's children, read through the DevTools protocol. */
async function shadowRootMarkup(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadow = findNode(root, (n) => n.nodeName === bannerHostName)?.shadowRoots?.[0];
    if (!shadow) throw new Error('no banner shadow root in the page');
    const parts: string[] = [];
    for (const child of shadow.children ?? []) {
      if (child.nodeName === '#text') continue;
      const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { backendNodeId: child.backendNodeId })) as { outerHTML: string };
      parts.push(outerHTML);
    }
    return parts.join('');
  } finally {
    await cdp.detach();
  }
}

