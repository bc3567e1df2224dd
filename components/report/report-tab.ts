import { browser } from 'wxt/browser';
import { reportSchema, type Report } from '../../lib/report';

/**
 * A screenshot of a tab, taken by the popup for a report (the popup's click grants activeTab, the only moment the
 * extension may capture the tab), kept in storage.session under the tab until the report page reads it. Gone with
 * the tab (the background's clearTab) or the browser session; never written anywhere else.
 */
export const screenshotKey = (tabId: number) => `shot:${tabId}`;

export async function keepScreenshot(tabId: number, shot: NonNullable<Report['screenshot']>): Promise<void> {
  await browser.storage.session.set({ [screenshotKey(tabId)]: shot });
}

/** The tab's screenshot, if a valid one is stored: only a PNG or JPEG data URL ever becomes an <img>. */
export async function takeScreenshot(tabId: number): Promise<Report['screenshot']> {
  const stored: unknown = (await browser.storage.session.get(screenshotKey(tabId)))[screenshotKey(tabId)];
  const shot = reportSchema.shape.screenshot.safeParse(stored);
  return shot.success ? shot.data : undefined;
}
